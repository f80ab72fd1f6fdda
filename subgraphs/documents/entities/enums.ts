import { registerEnumType } from 'type-graphql';

export enum DocumentKind {
  JUDGMENT = 'JUDGMENT',
  COURT_DECISION = 'COURT_DECISION',
  ENFORCEMENT_REQUEST = 'ENFORCEMENT_REQUEST',
  ENFORCEMENT_DECISION = 'ENFORCEMENT_DECISION',
  NOTICE = 'NOTICE',
  VERIFICATION_REPORT = 'VERIFICATION_REPORT',
  FREEZE_DECISION = 'FREEZE_DECISION',
  SEIZURE_DECISION = 'SEIZURE_DECISION',
  NO_CONDITIONS_DECISION = 'NO_CONDITIONS_DECISION',
  OTHER = 'OTHER',
}

registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'Kind of document.',
  valuesConfig: {
    JUDGMENT: { description: 'Court judgment (bản án).' },
    COURT_DECISION: { description: 'Court decision, e.g. recognising a settlement (quyết định của Tòa án).' },
    ENFORCEMENT_REQUEST: { description: 'Request for enforcement by a party (đơn yêu cầu thi hành án).' },
    ENFORCEMENT_DECISION: { description: 'Enforcement decision (quyết định thi hành án).' },
    NOTICE: { description: 'Notice to a party (thông báo).' },
    VERIFICATION_REPORT: { description: "Report on the verification of the debtor's conditions (biên bản xác minh)." },
    FREEZE_DECISION: { description: 'Decision to freeze an account (quyết định phong tỏa tài khoản).' },
    SEIZURE_DECISION: { description: 'Decision to seize property (quyết định kê biên tài sản).' },
    NO_CONDITIONS_DECISION: { description: 'Decision on no conditions to enforce (quyết định về việc chưa có điều kiện thi hành án).' },
    OTHER: { description: 'Any other document.' },
  },
});
