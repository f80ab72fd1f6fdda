import { registerEnumType } from 'type-graphql';

/** Stages of an enforcement case under the Law on Civil Judgment Enforcement. */
export enum CaseStatus {
  RECEIVED = 'RECEIVED',
  DECISION_ISSUED = 'DECISION_ISSUED',
  PARTIES_NOTIFIED = 'PARTIES_NOTIFIED',
  VOLUNTARY_COMPLIANCE = 'VOLUNTARY_COMPLIANCE',
  VERIFICATION = 'VERIFICATION',
  COERCIVE_MEASURES = 'COERCIVE_MEASURES',
  NO_CONDITIONS = 'NO_CONDITIONS',
  POSTPONED = 'POSTPONED',
  SUSPENDED = 'SUSPENDED',
  TERMINATED = 'TERMINATED',
  COMPLETED = 'COMPLETED',
}

registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Stage of an enforcement case.',
  valuesConfig: {
    RECEIVED: { description: 'Request or judgment received (đã nhận yêu cầu / bản án).' },
    DECISION_ISSUED: { description: 'Enforcement decision issued (quyết định thi hành án).' },
    PARTIES_NOTIFIED: { description: 'Parties notified of the decision (thông báo thi hành án).' },
    VOLUNTARY_COMPLIANCE: { description: 'Period of voluntary compliance running (thời hạn tự nguyện thi hành).' },
    VERIFICATION: { description: "Verifying the debtor's conditions to comply (xác minh điều kiện thi hành án)." },
    COERCIVE_MEASURES: { description: 'Coercive measures under way: freezing, deducting, seizing, selling (cưỡng chế thi hành án).' },
    NO_CONDITIONS: { description: 'Found to have no conditions to enforce, published (chưa có điều kiện thi hành án).' },
    POSTPONED: { description: 'Postponed (hoãn thi hành án).' },
    SUSPENDED: { description: 'Suspended (tạm đình chỉ thi hành án).' },
    TERMINATED: { description: 'Terminated (đình chỉ thi hành án).' },
    COMPLETED: { description: 'Completed: every obligation met (thi hành xong).' },
  },
});

export enum CaseType {
  CIVIL = 'CIVIL',
  FAMILY = 'FAMILY',
  BUSINESS = 'BUSINESS',
  LABOUR = 'LABOUR',
  CRIMINAL = 'CRIMINAL',
  ADMINISTRATIVE = 'ADMINISTRATIVE',
}

registerEnumType(CaseType, {
  name: 'CaseType',
  description: 'Kind of judgment enforced, from the judgment number suffix.',
  valuesConfig: {
    CIVIL: { description: 'Civil (dân sự, DS).' },
    FAMILY: { description: 'Marriage and family (hôn nhân và gia đình, HNGĐ).' },
    BUSINESS: { description: 'Business and commerce (kinh doanh thương mại, KDTM).' },
    LABOUR: { description: 'Labour (lao động, LĐ).' },
    CRIMINAL: { description: 'Civil parts of a criminal judgment: compensation, fines, court fees (hình sự, HS).' },
    ADMINISTRATIVE: { description: 'Administrative (hành chính, HC).' },
  },
});

export enum Initiation {
  ON_REQUEST = 'ON_REQUEST',
  EX_OFFICIO = 'EX_OFFICIO',
}

registerEnumType(Initiation, {
  name: 'Initiation',
  description: 'How enforcement started.',
  valuesConfig: {
    ON_REQUEST: { description: 'On the request of a party (theo yêu cầu).' },
    EX_OFFICIO: { description: "On the agency's own initiative, e.g. court fees and fines (chủ động)." },
  },
});

export enum PartyRole {
  CREDITOR = 'CREDITOR',
  DEBTOR = 'DEBTOR',
}

registerEnumType(PartyRole, {
  name: 'PartyRole',
  description: 'Role of a party in an enforcement case.',
  valuesConfig: {
    CREDITOR: { description: 'Judgment creditor (người được thi hành án).' },
    DEBTOR: { description: 'Judgment debtor (người phải thi hành án).' },
  },
});

export enum PartyType {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
}

registerEnumType(PartyType, { name: 'PartyType', description: 'Whether a party is a person or an organization.' });

export enum ObligationKind {
  PAY_MONEY = 'PAY_MONEY',
  COURT_FEE = 'COURT_FEE',
  FINE = 'FINE',
  HAND_OVER_PROPERTY = 'HAND_OVER_PROPERTY',
  PERFORM_ACT = 'PERFORM_ACT',
}

registerEnumType(ObligationKind, {
  name: 'ObligationKind',
  description: 'What the judgment obliges a debtor to do.',
  valuesConfig: {
    PAY_MONEY: { description: 'Pay a sum of money to a creditor (trả tiền).' },
    COURT_FEE: { description: 'Pay court fees to the State (án phí).' },
    FINE: { description: 'Pay a fine or confiscated sum to the State (tiền phạt, truy thu).' },
    HAND_OVER_PROPERTY: { description: 'Hand over property (trả tài sản).' },
    PERFORM_ACT: { description: 'Perform or refrain from an act (thực hiện công việc).' },
  },
});

export enum OfficerRole {
  OFFICER = 'OFFICER',
  HEAD = 'HEAD',
}

registerEnumType(OfficerRole, {
  name: 'OfficerRole',
  description: 'Role of a staff member at an enforcement agency.',
  valuesConfig: {
    OFFICER: { description: 'Enforcement officer (chấp hành viên).' },
    HEAD: { description: 'Head or deputy head of the agency (thủ trưởng, phó thủ trưởng).' },
  },
});
