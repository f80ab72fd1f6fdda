/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Stage of an enforcement case. */
export type CaseStatus =
  /** Coercive measures under way: freezing, deducting, seizing, selling (cưỡng chế thi hành án). */
  | 'COERCIVE_MEASURES'
  /** Completed: every obligation met (thi hành xong). */
  | 'COMPLETED'
  /** Enforcement decision issued (quyết định thi hành án). */
  | 'DECISION_ISSUED'
  /** Found to have no conditions to enforce, published (chưa có điều kiện thi hành án). */
  | 'NO_CONDITIONS'
  /** Parties notified of the decision (thông báo thi hành án). */
  | 'PARTIES_NOTIFIED'
  /** Postponed (hoãn thi hành án). */
  | 'POSTPONED'
  /** Request or judgment received (đã nhận yêu cầu / bản án). */
  | 'RECEIVED'
  /** Suspended (tạm đình chỉ thi hành án). */
  | 'SUSPENDED'
  /** Terminated (đình chỉ thi hành án). */
  | 'TERMINATED'
  /** Verifying the debtor's conditions to comply (xác minh điều kiện thi hành án). */
  | 'VERIFICATION'
  /** Period of voluntary compliance running (thời hạn tự nguyện thi hành). */
  | 'VOLUNTARY_COMPLIANCE';

/** Kind of judgment enforced, from the judgment number suffix. */
export type CaseType =
  /** Administrative (hành chính, HC). */
  | 'ADMINISTRATIVE'
  /** Business and commerce (kinh doanh thương mại, KDTM). */
  | 'BUSINESS'
  /** Civil (dân sự, DS). */
  | 'CIVIL'
  /** Civil parts of a criminal judgment: compensation, fines, court fees (hình sự, HS). */
  | 'CRIMINAL'
  /** Marriage and family (hôn nhân và gia đình, HNGĐ). */
  | 'FAMILY'
  /** Labour (lao động, LĐ). */
  | 'LABOUR';

/** Kind of document. */
export type DocumentKind =
  /** Court decision, e.g. recognising a settlement (quyết định của Tòa án). */
  | 'COURT_DECISION'
  /** Enforcement decision (quyết định thi hành án). */
  | 'ENFORCEMENT_DECISION'
  /** Request for enforcement by a party (đơn yêu cầu thi hành án). */
  | 'ENFORCEMENT_REQUEST'
  /** Decision to freeze an account (quyết định phong tỏa tài khoản). */
  | 'FREEZE_DECISION'
  /** Court judgment (bản án). */
  | 'JUDGMENT'
  /** Notice to a party (thông báo). */
  | 'NOTICE'
  /** Decision on no conditions to enforce (quyết định về việc chưa có điều kiện thi hành án). */
  | 'NO_CONDITIONS_DECISION'
  /** Any other document. */
  | 'OTHER'
  /** Decision to seize property (quyết định kê biên tài sản). */
  | 'SEIZURE_DECISION'
  /** Report on the verification of the debtor's conditions (biên bản xác minh). */
  | 'VERIFICATION_REPORT';

/** Stage of an order to freeze a bank account (phong tỏa tài khoản). */
export type FreezeOrderStatus =
  /** The bank reported the account closed. */
  | 'ACCOUNT_CLOSED'
  /** The bank transferred the amount to the agency. */
  | 'DEDUCTED'
  /** The officer ordered the frozen amount transferred to the agency (khấu trừ). */
  | 'DEDUCTION_ORDERED'
  /** The bank froze the amount it reported (possibly less than asked). */
  | 'EXECUTED'
  /** Ordered by the officer, waiting for the bank. */
  | 'PENDING'
  /** The bank refused, with a reason. */
  | 'REJECTED'
  /** The bank lifted the freeze. */
  | 'RELEASED'
  /** The officer ordered the freeze lifted (giải tỏa). */
  | 'RELEASE_ORDERED';

export type CaseOverviewQueryVariables = Exact<{
  number: string;
}>;


export type CaseOverviewQuery = { enforcementCaseByNumber: { id: string, number: string, status: CaseStatus, caseType: CaseType, judgmentNumber: string, courtName: string, amountDue: string, amountCollected: string, amountOutstanding: string, agency: { name: string, provinceName: string }, officer: { fullName: string, title: string } | null, debtors: Array<
      | { __typename: 'Organization', id: string, name: string | null, taxCode: string | null, bankAccounts: Array<{ accountNumber: string | null, balance: string | null, bank: { shortName: string } }>, landParcels: Array<{ certificateSerial: string, address: string, areaM2: number | null }> }
      | { __typename: 'Person', id: string, fullName: string | null, nationalId: string | null, bankAccounts: Array<{ accountNumber: string | null, balance: string | null, bank: { shortName: string } }>, landParcels: Array<{ certificateSerial: string, address: string, areaM2: number | null }> }
    >, freezeOrders: Array<{ status: FreezeOrderStatus, amountRequested: string, amountFrozen: string | null, bank: { shortName: string } }>, documents: Array<{ kind: DocumentKind, number: string, title: string, issuedOn: string }> } | null };

export type NationalStatisticsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type NationalStatisticsQuery = { enforcementStatistics: Array<{ received: number, withConditions: number, withoutConditions: number, completed: number, terminated: number, completionRate: number | null, amountDue: string, amountWithConditions: string, amountCollected: string, collectionRate: number | null, agency: { id: string, name: string } | null }> };


export const CaseOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcementCaseByNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"judgmentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"courtName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}},{"kind":"Field","name":{"kind":"Name","value":"amountCollected"}},{"kind":"Field","name":{"kind":"Name","value":"amountOutstanding"}},{"kind":"Field","name":{"kind":"Name","value":"debtors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"nationalId"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"landParcels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateSerial"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"landParcels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateSerial"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"areaM2"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"freezeOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountRequested"}},{"kind":"Field","name":{"kind":"Name","value":"amountFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"bank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}}]}}]}}]} as unknown as DocumentNode<CaseOverviewQuery, CaseOverviewQueryVariables>;
export const NationalStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcementStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"withConditions"}},{"kind":"Field","name":{"kind":"Name","value":"withoutConditions"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"terminated"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}},{"kind":"Field","name":{"kind":"Name","value":"amountWithConditions"}},{"kind":"Field","name":{"kind":"Name","value":"amountCollected"}},{"kind":"Field","name":{"kind":"Name","value":"collectionRate"}}]}}]}}]} as unknown as DocumentNode<NationalStatisticsQuery, NationalStatisticsQueryVariables>;