// The cases subgraph: enforcement cases, agencies, officers, workflow, deadlines, notifications.
import type { SubgraphModule } from '../../shared/server/subgraph';
import { EnforcementCase } from './entities/enforcement-case';
import { Agency } from './entities/agency';
import { Officer } from './entities/officer';
import { CaseParty } from './entities/case-party';
import { Obligation } from './entities/obligation';
import { StatusChange } from './entities/status-change';
import { OrganizationRef, PersonRef } from './entities/party-refs';
import { EnforcementCaseResolver } from './resolvers/enforcement-case-resolver';
import { ObligationResolver } from './resolvers/obligation-resolver';
import { OrganizationCasesResolver, PersonCasesResolver } from './resolvers/party-resolver';
import { AgencyResolver, OfficerResolver } from './resolvers/agency-resolver';
import { agencyById, caseById, officerById } from './loaders';
import { permissions } from './rules';
import { Migration20261203000000_init } from './migrations/Migration20261203000000_init';

export const casesSubgraph: SubgraphModule = {
  name: 'cases',
  entities: [EnforcementCase, Agency, Officer, CaseParty, Obligation, StatusChange],
  migrations: [Migration20261203000000_init],
  resolvers: [EnforcementCaseResolver, ObligationResolver, PersonCasesResolver, OrganizationCasesResolver, AgencyResolver, OfficerResolver],
  orphanedTypes: [PersonRef, OrganizationRef],
  referenceResolvers: {
    EnforcementCase: (ref, ctx) => caseById(ctx).load(String(ref.id)),
    Agency: (ref, ctx) => agencyById(ctx).load(String(ref.id)),
    Officer: (ref, ctx) => officerById(ctx).load(String(ref.id)),
    Person: (ref) => ({ id: String(ref.id) }),
    Organization: (ref) => ({ id: String(ref.id) }),
  },
  permissions,
};
