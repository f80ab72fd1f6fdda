// The case scope read model that `persons`, `assets` and `documents` each keep (shared/scope/case-scope.ts): what
// the outbox would have delivered for every seeded case, written directly. One scope row per case and one party row
// per party, taken from the same plans as the cases schema, so the copies agree with the source.
import { CaseStatus, PartyType } from '../../subgraphs/cases/entities/enums';
import type { SeedContext } from './case-index';
import { planCase } from './case-plan';
import { SEEDED_CASE_VERSION } from './cases';
import type { Row } from './copy-text';
import { generatePerson } from './context';

export const CASE_SCOPE_COLUMNS = ['case_id', 'agency_id', 'officer_id', 'court_code', 'version', 'published', 'status', 'amount_outstanding'] as const;
export const SCOPE_PARTY_COLUMNS = ['case_id', 'party_type', 'party_id', 'role', 'national_id'] as const;

export function* caseScopeRows(ctx: SeedContext): Generator<Row> {
  for (let i = 0; i < ctx.sizes.cases; i++) {
    const plan = planCase(ctx, i);
    // Published findings of no conditions make their debtors public (see scope-facts.ts in the cases subgraph).
    const published = plan.status === CaseStatus.NO_CONDITIONS && plan.publishedDay !== null;
    yield [plan.id, plan.agency.id, plan.officer.id, plan.court.code, SEEDED_CASE_VERSION, published, plan.status, BigInt(plan.amountDue) - BigInt(plan.amountCollected)];
  }
}

export function* scopePartyRows(ctx: SeedContext): Generator<Row> {
  for (let i = 0; i < ctx.sizes.cases; i++) {
    const plan = planCase(ctx, i);
    for (const p of plan.parties) {
      const nationalId = p.type === PartyType.PERSON ? generatePerson(ctx.seed, p.index).nationalId : null;
      yield [plan.id, p.type, p.partyId, p.role, nationalId];
    }
  }
}
