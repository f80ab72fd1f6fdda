// The assets subgraph: banks and bank accounts, land parcels, freeze orders and seizures.
import type { SubgraphModule } from '../../shared/server/subgraph';
import { CASE_SCOPE_TOPIC, applyCaseScope } from '../../shared/scope/case-scope';
import { Bank } from './entities/bank';
import { BankAccount } from './entities/bank-account';
import { LandParcel, ParcelOwner } from './entities/land-parcel';
import { FreezeOrder } from './entities/freeze-order';
import { Seizure } from './entities/seizure';
import { EnforcementCaseRef, OrganizationRef, PersonRef } from './entities/refs';
import { BankAccountResolver, BankResolver } from './resolvers/bank-account-resolver';
import { LandParcelResolver } from './resolvers/land-parcel-resolver';
import { FreezeOrderResolver, SeizureResolver } from './resolvers/freeze-order-resolver';
import { CaseAssetsResolver, OrganizationAssetsResolver, PersonAssetsResolver } from './resolvers/extension-resolvers';
import { accountById, bankByCode, freezeOrderById, parcelById, seizureById } from './loaders';
import { permissions } from './rules';
import { Migration20261203000000_init } from './migrations/Migration20261203000000_init';
import { Migration20261204000000_published } from './migrations/Migration20261204000000_published';
import { Migration20261206000000_case_state } from './migrations/Migration20261206000000_case_state';
import { Migration20261205000000_partner_flows } from './migrations/Migration20261205000000_partner_flows';
import { FreezeOrderEvent, SeizureEvent } from './entities/order-events';
import { FreezeOrderFlowResolver, SeizureFlowResolver } from './resolvers/partner-flow-resolver';

export const assetsSubgraph: SubgraphModule = {
  name: 'assets',
  entities: [Bank, BankAccount, LandParcel, ParcelOwner, FreezeOrder, Seizure, FreezeOrderEvent, SeizureEvent],
  migrations: [Migration20261203000000_init, Migration20261204000000_published, Migration20261205000000_partner_flows, Migration20261206000000_case_state],
  resolvers: [
    BankResolver,
    BankAccountResolver,
    LandParcelResolver,
    FreezeOrderResolver,
    SeizureResolver,
    PersonAssetsResolver,
    OrganizationAssetsResolver,
    CaseAssetsResolver,
    FreezeOrderFlowResolver,
    SeizureFlowResolver,
  ],
  orphanedTypes: [PersonRef, OrganizationRef, EnforcementCaseRef],
  referenceResolvers: {
    Bank: (ref, ctx) => bankByCode(ctx).load(String(ref.code)),
    BankAccount: (ref, ctx) => accountById(ctx).load(String(ref.id)),
    LandParcel: (ref, ctx) => parcelById(ctx).load(String(ref.id)),
    FreezeOrder: (ref, ctx) => freezeOrderById(ctx).load(String(ref.id)),
    Seizure: (ref, ctx) => seizureById(ctx).load(String(ref.id)),
    Person: (ref) => ({ id: String(ref.id) }),
    Organization: (ref) => ({ id: String(ref.id) }),
    EnforcementCase: (ref) => ({ id: String(ref.id) }),
  },
  permissions,
  inboxHandlers: { [CASE_SCOPE_TOPIC]: applyCaseScope },
};
