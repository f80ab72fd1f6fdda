// Who may read which field of the documents subgraph, and who may call its mutations. Row scope is in scope.ts.
import { access, anyOf, audited, citizen, partnerScope, signedIn, staff, type Permissions } from '../../shared/auth/rules';
import { federationQueryRules, federationRules } from '../../shared/auth/federation-rules';

const officers = staff('OFFICER', 'HEAD');
const court = partnerScope('judgments:submit', 'COURT');
const post = partnerScope('deliveries:update', 'POST');
const docReader = access('anyone who sees the document (row scope decides)', (_p, _a, ctx) => ctx.principal.kind !== 'ANONYMOUS');
/**
 * A court granted `documents:content` reads the text of the documents it issued itself (its judgments), not what the
 * agency wrote later: freeze decisions and verification reports carry account numbers and addresses.
 */
const courtOwnDocuments = access('courts with scope `documents:content`, for the documents they issued', (doc, _a, ctx) => {
  const p = ctx.principal;
  return p.kind === 'PARTNER' && p.partnerType === 'COURT' && p.scopes.includes('documents:content') && doc.issuerCode === p.courtCode;
});
/** Full text: officers of the case, the issuing court, and the parties. */
const content = audited('Document', anyOf(officers, courtOwnDocuments, citizen));
/** What extraction read from a judgment (names, IDs, addresses): officers and the submitting court. Audited. */
const extracted = audited('Document', anyOf(officers, court));
/** Who a document is delivered to: the post, and the case's staff. */
const recipient = anyOf(officers, post);

const fields = (names: string[], rule: typeof signedIn) => Object.fromEntries(names.map((n) => [n, rule]));

const EXTRACTED_VALUE = ['value', 'confidence', 'span'];

export const permissions: Permissions = {
  ...federationRules,
  Query: { ...federationQueryRules, document: docReader, judgmentsAwaitingCase: officers, postalDeliveries: anyOf(officers, post) },
  Mutation: { submitJudgment: court, storeCaseDocument: officers, confirmJudgmentExtraction: officers, handOverToPost: officers, updateDeliveryStatus: post },
  Document: {
    ...fields(['id', 'kind', 'number', 'title', 'issuerCode', 'issuerName', 'issuedOn', 'sha256', 'sizeBytes', 'mediaType', 'createdAt', 'enforcementCase', 'deliveries'], docReader),
    content,
    extraction: extracted,
    confirmedExtraction: extracted,
  },
  EnforcementCase: { id: signedIn, documents: signedIn },
  JudgmentExtraction: fields(['judgmentNumber', 'caseType', 'level', 'court', 'issuedOn', 'parties', 'obligations'], extracted),
  ExtractedParty: fields(['key', 'kind', 'role', 'name', 'nationalId', 'taxCode', 'birthYear', 'address', 'representative', 'person', 'organization'], extracted),
  ExtractedObligation: fields(['kind', 'debtorKeys', 'creditorKeys', 'amount', 'jointLiability', 'description'], extracted),
  ExtractedValue: fields(EXTRACTED_VALUE, extracted),
  TextSpan: fields(['start', 'end', 'text'], extracted),
  ConfirmedJudgment: fields(['judgmentNumber', 'caseType', 'court', 'issuedOn', 'parties', 'obligations', 'confirmedBy', 'confirmedAt'], extracted),
  ConfirmedParty: fields(['key', 'role', 'kind', 'name', 'nationalId', 'taxCode', 'address'], extracted),
  ConfirmedObligation: fields(['kind', 'debtorKeys', 'creditorKeys', 'amount', 'jointLiability', 'description'], extracted),
  Person: { nationalId: extracted },
  Organization: { taxCode: extracted },
  PostalDelivery: {
    ...fields(['id', 'trackingNumber', 'status', 'handedOverAt', 'statusOn', 'note', 'version', 'document', 'history'], anyOf(officers, post, staff('AUDITOR'))),
    recipientName: recipient,
    recipientAddress: recipient,
  },
  PostalDeliveryEvent: fields(['id', 'fromStatus', 'toStatus', 'occurredOn', 'at', 'actor', 'note'], anyOf(officers, post, staff('AUDITOR'))),
  PostalDeliveryConnection: fields(['nodes', 'pageInfo'], anyOf(officers, post)),
  DocumentConnection: fields(['nodes', 'pageInfo'], officers),
  PageInfo: fields(['hasNextPage', 'endCursor'], signedIn),
};
