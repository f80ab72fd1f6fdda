// The documents subgraph: judgments, decisions and notices, their content and hashes, extraction, postal delivery.
import type { SubgraphModule } from '../../shared/server/subgraph';
import { CASE_SCOPE_TOPIC, applyCaseScope } from '../../shared/scope/case-scope';
import { Document, DocumentContent } from './entities/document';
import { EnforcementCaseRef } from './entities/refs';
import { CaseDocumentsResolver, DocumentResolver } from './resolvers/document-resolver';
import { documentById } from './loaders';
import { permissions } from './rules';
import { Migration20261203000000_init } from './migrations/Migration20261203000000_init';
import { Migration20261204000000_published } from './migrations/Migration20261204000000_published';

export const documentsSubgraph: SubgraphModule = {
  name: 'documents',
  entities: [Document, DocumentContent],
  migrations: [Migration20261203000000_init, Migration20261204000000_published],
  resolvers: [DocumentResolver, CaseDocumentsResolver],
  orphanedTypes: [EnforcementCaseRef],
  referenceResolvers: {
    Document: (ref, ctx) => documentById(ctx).load(String(ref.id)),
    EnforcementCase: (ref) => ({ id: String(ref.id) }),
  },
  permissions,
  inboxHandlers: { [CASE_SCOPE_TOPIC]: applyCaseScope },
  bodyLimit: '12mb',
};
