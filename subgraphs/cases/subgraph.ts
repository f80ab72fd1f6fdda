// The cases subgraph: enforcement cases, agencies, officers, workflow, deadlines, notifications.
import type { SubgraphModule } from '../../shared/server/subgraph';
import { intEnv } from '../../shared/config';
import { EnforcementCase } from './entities/enforcement-case';
import { Agency } from './entities/agency';
import { Officer } from './entities/officer';
import { CaseParty } from './entities/case-party';
import { Obligation } from './entities/obligation';
import { StatusChange } from './entities/status-change';
import { Payment } from './entities/payment';
import { Assignment, OfficerConflict } from './entities/assignment';
import { Notification, PartyContact } from './entities/notification';
import { OrganizationRef, PersonRef } from './entities/party-refs';
import { EnforcementCaseResolver } from './resolvers/enforcement-case-resolver';
import { ObligationResolver } from './resolvers/obligation-resolver';
import { OrganizationCasesResolver, PersonCasesResolver } from './resolvers/party-resolver';
import { AgencyResolver, OfficerResolver } from './resolvers/agency-resolver';
import { WorkflowResolver } from './resolvers/workflow-resolver';
import { AssignmentResolver, CaseWorkflowFieldsResolver } from './resolvers/case-workflow-fields';
import { NotificationResolver } from './notifications/notification-resolver';
import { LookupResolver } from './lookup/lookup-resolver';
import { MonitoringResolver } from './monitoring/monitoring-resolver';
import { PublishedCaseResolver } from './publication/published-resolver';
import { LookupRateLimiter } from './lookup/rate-limit';
import { LogAdapter, NotificationWorker } from './notifications/worker';
import { NOTIFICATIONS_DESTINATION } from './notifications/notify';
import { agencyById, caseById, officerById } from './loaders';
import { NOTICE_DELIVERED_TOPIC, applyNoticeDelivered } from './workflow/notice-delivered';
import { permissions } from './rules';
import { Migration20261203000000_init } from './migrations/Migration20261203000000_init';
import { Migration20261204000000_workflow } from './migrations/Migration20261204000000_workflow';
import { Migration20261206000000_statistics_index } from './migrations/Migration20261206000000_statistics_index';

export const casesSubgraph: SubgraphModule = {
  name: 'cases',
  entities: [EnforcementCase, Agency, Officer, CaseParty, Obligation, StatusChange, Payment, Assignment, OfficerConflict, Notification, PartyContact],
  migrations: [Migration20261203000000_init, Migration20261204000000_workflow, Migration20261206000000_statistics_index],
  resolvers: [
    EnforcementCaseResolver,
    ObligationResolver,
    PersonCasesResolver,
    OrganizationCasesResolver,
    AgencyResolver,
    OfficerResolver,
    WorkflowResolver,
    CaseWorkflowFieldsResolver,
    AssignmentResolver,
    NotificationResolver,
    LookupResolver,
    MonitoringResolver,
    PublishedCaseResolver,
  ],
  orphanedTypes: [PersonRef, OrganizationRef],
  referenceResolvers: {
    EnforcementCase: (ref, ctx) => caseById(ctx).load(String(ref.id)),
    Agency: (ref, ctx) => agencyById(ctx).load(String(ref.id)),
    Officer: (ref, ctx) => officerById(ctx).load(String(ref.id)),
    Person: (ref) => ({ id: String(ref.id) }),
    Organization: (ref) => ({ id: String(ref.id) }),
  },
  permissions,
  inboxHandlers: { [NOTICE_DELIVERED_TOPIC]: applyNoticeDelivered },
  services: ({ orm, env }) => ({
    lookupRateLimiter: new LookupRateLimiter(orm, intEnv('LOOKUP_RATE_PER_MINUTE', 30, env)),
    publicBaseUrl: env.PUBLIC_BASE_URL || 'http://localhost:4000',
  }),
  workers: ({ orm, logger }) => [new NotificationWorker(orm, new LogAdapter(logger))],
  localTransports: (_deps, workers) => ({
    [NOTIFICATIONS_DESTINATION]: (workers.find((w) => w.name === 'notifications') as NotificationWorker).transport,
  }),
};
