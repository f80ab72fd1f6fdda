/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CaseOverview($number: String!) {\n  enforcementCaseByNumber(number: $number) {\n    id\n    number\n    status\n    caseType\n    judgmentNumber\n    courtName\n    agency {\n      name\n      provinceName\n    }\n    officer {\n      fullName\n      title\n    }\n    amountDue\n    amountCollected\n    amountOutstanding\n    debtors {\n      __typename\n      ... on Person {\n        id\n        fullName\n        nationalId\n        bankAccounts {\n          bank {\n            shortName\n          }\n          accountNumber\n          balance\n        }\n        landParcels {\n          certificateSerial\n          address\n          areaM2\n        }\n      }\n      ... on Organization {\n        id\n        name\n        taxCode\n        bankAccounts {\n          bank {\n            shortName\n          }\n          accountNumber\n          balance\n        }\n        landParcels {\n          certificateSerial\n          address\n          areaM2\n        }\n      }\n    }\n    freezeOrders {\n      status\n      amountRequested\n      amountFrozen\n      bank {\n        shortName\n      }\n    }\n    documents {\n      kind\n      number\n      title\n      issuedOn\n    }\n  }\n}": typeof types.CaseOverviewDocument,
    "query NationalStatistics($from: LocalDate!, $to: LocalDate!) {\n  enforcementStatistics(from: $from, to: $to) {\n    agency {\n      id\n      name\n    }\n    received\n    withConditions\n    withoutConditions\n    completed\n    terminated\n    completionRate\n    amountDue\n    amountWithConditions\n    amountCollected\n    collectionRate\n  }\n}": typeof types.NationalStatisticsDocument,
};
const documents: Documents = {
    "query CaseOverview($number: String!) {\n  enforcementCaseByNumber(number: $number) {\n    id\n    number\n    status\n    caseType\n    judgmentNumber\n    courtName\n    agency {\n      name\n      provinceName\n    }\n    officer {\n      fullName\n      title\n    }\n    amountDue\n    amountCollected\n    amountOutstanding\n    debtors {\n      __typename\n      ... on Person {\n        id\n        fullName\n        nationalId\n        bankAccounts {\n          bank {\n            shortName\n          }\n          accountNumber\n          balance\n        }\n        landParcels {\n          certificateSerial\n          address\n          areaM2\n        }\n      }\n      ... on Organization {\n        id\n        name\n        taxCode\n        bankAccounts {\n          bank {\n            shortName\n          }\n          accountNumber\n          balance\n        }\n        landParcels {\n          certificateSerial\n          address\n          areaM2\n        }\n      }\n    }\n    freezeOrders {\n      status\n      amountRequested\n      amountFrozen\n      bank {\n        shortName\n      }\n    }\n    documents {\n      kind\n      number\n      title\n      issuedOn\n    }\n  }\n}": types.CaseOverviewDocument,
    "query NationalStatistics($from: LocalDate!, $to: LocalDate!) {\n  enforcementStatistics(from: $from, to: $to) {\n    agency {\n      id\n      name\n    }\n    received\n    withConditions\n    withoutConditions\n    completed\n    terminated\n    completionRate\n    amountDue\n    amountWithConditions\n    amountCollected\n    collectionRate\n  }\n}": types.NationalStatisticsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseOverview($number: String!) {\n  enforcementCaseByNumber(number: $number) {\n    id\n    number\n    status\n    caseType\n    judgmentNumber\n    courtName\n    agency {\n      name\n      provinceName\n    }\n    officer {\n      fullName\n      title\n    }\n    amountDue\n    amountCollected\n    amountOutstanding\n    debtors {\n      __typename\n      ... on Person {\n        id\n        fullName\n        nationalId\n        bankAccounts {\n          bank {\n            shortName\n          }\n          accountNumber\n          balance\n        }\n        landParcels {\n          certificateSerial\n          address\n          areaM2\n        }\n      }\n      ... on Organization {\n        id\n        name\n        taxCode\n        bankAccounts {\n          bank {\n            shortName\n          }\n          accountNumber\n          balance\n        }\n        landParcels {\n          certificateSerial\n          address\n          areaM2\n        }\n      }\n    }\n    freezeOrders {\n      status\n      amountRequested\n      amountFrozen\n      bank {\n        shortName\n      }\n    }\n    documents {\n      kind\n      number\n      title\n      issuedOn\n    }\n  }\n}"): (typeof documents)["query CaseOverview($number: String!) {\n  enforcementCaseByNumber(number: $number) {\n    id\n    number\n    status\n    caseType\n    judgmentNumber\n    courtName\n    agency {\n      name\n      provinceName\n    }\n    officer {\n      fullName\n      title\n    }\n    amountDue\n    amountCollected\n    amountOutstanding\n    debtors {\n      __typename\n      ... on Person {\n        id\n        fullName\n        nationalId\n        bankAccounts {\n          bank {\n            shortName\n          }\n          accountNumber\n          balance\n        }\n        landParcels {\n          certificateSerial\n          address\n          areaM2\n        }\n      }\n      ... on Organization {\n        id\n        name\n        taxCode\n        bankAccounts {\n          bank {\n            shortName\n          }\n          accountNumber\n          balance\n        }\n        landParcels {\n          certificateSerial\n          address\n          areaM2\n        }\n      }\n    }\n    freezeOrders {\n      status\n      amountRequested\n      amountFrozen\n      bank {\n        shortName\n      }\n    }\n    documents {\n      kind\n      number\n      title\n      issuedOn\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NationalStatistics($from: LocalDate!, $to: LocalDate!) {\n  enforcementStatistics(from: $from, to: $to) {\n    agency {\n      id\n      name\n    }\n    received\n    withConditions\n    withoutConditions\n    completed\n    terminated\n    completionRate\n    amountDue\n    amountWithConditions\n    amountCollected\n    collectionRate\n  }\n}"): (typeof documents)["query NationalStatistics($from: LocalDate!, $to: LocalDate!) {\n  enforcementStatistics(from: $from, to: $to) {\n    agency {\n      id\n      name\n    }\n    received\n    withConditions\n    withoutConditions\n    completed\n    terminated\n    completionRate\n    amountDue\n    amountWithConditions\n    amountCollected\n    collectionRate\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;