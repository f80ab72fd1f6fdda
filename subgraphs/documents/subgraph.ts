// The documents subgraph: judgments, decisions and notices, their content and hashes, extraction, postal delivery.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphModule } from '../../shared/server/subgraph';
import { CASE_SCOPE_TOPIC, applyCaseScope, type CaseScopeFact } from '../../shared/scope/case-scope';
import { Document, DocumentContent } from './entities/document';
import { DocumentExtraction, DocumentFile } from './entities/submission';
import { PostalDelivery, PostalDeliveryEvent } from './entities/postal-delivery';
import { EnforcementCaseRef, OrganizationByTaxCode, PersonByNationalId } from './entities/refs';
import { CaseDocumentsResolver, DocumentResolver } from './resolvers/document-resolver';
import { JudgmentFlowResolver, PostalDeliveryResolver } from './resolvers/partner-flow-resolver';
import { documentById } from './loaders';
import { permissions } from './rules';
import { Migration20261203000000_init } from './migrations/Migration20261203000000_init';
import { Migration20261204000000_published } from './migrations/Migration20261204000000_published';
import { Migration20261206000000_case_state } from './migrations/Migration20261206000000_case_state';
import { Migration20261205000000_partner_flows } from './migrations/Migration20261205000000_partner_flows';

/** Scope facts, and the link from a submitted judgment to the case opened from it. */
async function applyScopeAndLinkJudgment(em: EntityManager, fact: CaseScopeFact): Promise<void> {
  await applyCaseScope(em, fact);
  if (fact.judgmentDocumentId) {
    await em.execute('update documents.document set case_id = ? where id = ? and case_id is null', [fact.caseId, fact.judgmentDocumentId]);
  }
}

export const documentsSubgraph: SubgraphModule = {
  name: 'documents',
  entities: [Document, DocumentContent, DocumentFile, DocumentExtraction, PostalDelivery, PostalDeliveryEvent],
  migrations: [Migration20261203000000_init, Migration20261204000000_published, Migration20261205000000_partner_flows, Migration20261206000000_case_state],
  resolvers: [DocumentResolver, CaseDocumentsResolver, JudgmentFlowResolver, PostalDeliveryResolver],
  orphanedTypes: [EnforcementCaseRef, PersonByNationalId, OrganizationByTaxCode],
  referenceResolvers: {
    Document: (ref, ctx) => documentById(ctx).load(String(ref.id)),
    EnforcementCase: (ref) => ({ id: String(ref.id) }),
  },
  permissions,
  inboxHandlers: { [CASE_SCOPE_TOPIC]: applyScopeAndLinkJudgment },
  // Judgment texts (2 MiB) and PDFs (8 MiB, as base64) come in GraphQL requests.
  bodyLimit: '12mb',
};
