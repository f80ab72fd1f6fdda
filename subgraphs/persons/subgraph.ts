// The persons subgraph: the population register mirror (persons) and the business register (organizations).
import type { SubgraphModule } from '../../shared/server/subgraph';
import type { RequestContext } from '../../shared/server/context';
import { CASE_SCOPE_TOPIC, applyCaseScope } from '../../shared/scope/case-scope';
import { Person } from './entities/person';
import { Organization } from './entities/organization';
import { Address } from './entities/address';
import { PersonResolver } from './resolvers/person-resolver';
import { OrganizationResolver } from './resolvers/organization-resolver';
import { personById, personByNationalId, organizationById, organizationByTaxCode } from './loaders';
import { permissions } from './rules';
import { Migration20261203000000_init } from './migrations/Migration20261203000000_init';
import { Migration20261204000000_published } from './migrations/Migration20261204000000_published';
import { Migration20261206000000_case_state } from './migrations/Migration20261206000000_case_state';

export const personsSubgraph: SubgraphModule = {
  name: 'persons',
  entities: [Person, Organization, Address],
  migrations: [Migration20261203000000_init, Migration20261204000000_published, Migration20261206000000_case_state],
  resolvers: [PersonResolver, OrganizationResolver],
  referenceResolvers: {
    // By id from most subgraphs; by national ID or tax code from extracted judgments (documents).
    Person: (ref, ctx: RequestContext) => (ref.id != null ? personById(ctx).load(String(ref.id)) : personByNationalId(ctx).load(String(ref.nationalId))),
    Organization: (ref, ctx: RequestContext) => (ref.id != null ? organizationById(ctx).load(String(ref.id)) : organizationByTaxCode(ctx).load(String(ref.taxCode))),
  },
  permissions,
  inboxHandlers: { [CASE_SCOPE_TOPIC]: applyCaseScope },
};
