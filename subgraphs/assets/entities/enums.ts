import { registerEnumType } from 'type-graphql';

export enum HolderType {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
}
registerEnumType(HolderType, { name: 'HolderType', description: 'Whether an account holder or land owner is a person or an organization.' });

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  FROZEN = 'FROZEN',
  CLOSED = 'CLOSED',
}
registerEnumType(AccountStatus, {
  name: 'AccountStatus',
  description: 'State of a bank account as the bank reports it.',
  valuesConfig: {
    ACTIVE: { description: 'Open and usable.' },
    FROZEN: { description: 'Wholly or partly frozen by an enforcement order (phong tỏa).' },
    CLOSED: { description: 'Closed.' },
  },
});

export enum FreezeOrderStatus {
  PENDING = 'PENDING',
  EXECUTED = 'EXECUTED',
  REJECTED = 'REJECTED',
  ACCOUNT_CLOSED = 'ACCOUNT_CLOSED',
  DEDUCTION_ORDERED = 'DEDUCTION_ORDERED',
  DEDUCTED = 'DEDUCTED',
  RELEASE_ORDERED = 'RELEASE_ORDERED',
  RELEASED = 'RELEASED',
}
registerEnumType(FreezeOrderStatus, {
  name: 'FreezeOrderStatus',
  description: 'Stage of an order to freeze a bank account (phong tỏa tài khoản).',
  valuesConfig: {
    PENDING: { description: 'Ordered by the officer, waiting for the bank.' },
    EXECUTED: { description: 'The bank froze the amount it reported (possibly less than asked).' },
    REJECTED: { description: 'The bank refused, with a reason.' },
    ACCOUNT_CLOSED: { description: 'The bank reported the account closed.' },
    DEDUCTION_ORDERED: { description: 'The officer ordered the frozen amount transferred to the agency (khấu trừ).' },
    DEDUCTED: { description: 'The bank transferred the amount to the agency.' },
    RELEASE_ORDERED: { description: 'The officer ordered the freeze lifted (giải tỏa).' },
    RELEASED: { description: 'The bank lifted the freeze.' },
  },
});

export enum SeizureStatus {
  REQUESTED = 'REQUESTED',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
  LIFTED = 'LIFTED',
}
registerEnumType(SeizureStatus, {
  name: 'SeizureStatus',
  description: 'Stage of a seizure of land: suspension of transfer registration (tạm dừng đăng ký chuyển quyền).',
  valuesConfig: {
    REQUESTED: { description: 'Registered by the officer, waiting for the land registry.' },
    CONFIRMED: { description: 'The land registry recorded the suspension.' },
    REJECTED: { description: 'The land registry refused, with a reason.' },
    LIFTED: { description: 'The officer lifted the seizure.' },
  },
});
