// Rows of the assets schema: banks, accounts, land parcels and their owners, freeze orders and seizures.
import { CaseStatus, PartyType } from '../../subgraphs/cases/entities/enums';
import { AccountStatus } from '../../subgraphs/assets/entities/enums';
import { BANKS } from '../../shared/vn/banks';
import { normalizeForSearch } from '../../shared/vn/normalize-name';
import {
  accountPlans, accountSlot, parcelPlans, planCaseAssets, type AccountPlan, type FreezePlan, type HolderRef, type Moment, type SeizurePlan,
} from './asset-plan';
import { vnTimestamp } from './calendar';
import type { SeedContext } from './case-index';
import { LAST_EVENT_DAY, planCase, type CasePlan } from './case-plan';
import type { Row } from './copy-text';
import { generatePerson } from './context';
import { organizationRecord } from './registers';
import { entityRng } from './seed-rng';

export const BANK_COLUMNS = ['code', 'bin', 'short_name', 'name'] as const;
export const BANK_ACCOUNT_COLUMNS = [
  'id', 'bank_code', 'account_number', 'holder_type', 'holder_id', 'holder_name', 'balance', 'balance_as_of', 'status', 'opened_on',
] as const;
export const LAND_PARCEL_COLUMNS = [
  'id', 'certificate_serial', 'parcel_number', 'map_sheet_number', 'street', 'ward', 'province_code', 'area_m2', 'use_type',
] as const;
export const PARCEL_OWNER_COLUMNS = ['parcel_id', 'owner_id', 'owner_type', 'share_percent'] as const;
export const FREEZE_ORDER_COLUMNS = [
  'id', 'case_id', 'account_id', 'bank_code', 'amount_requested', 'amount_frozen', 'status', 'ordered_at', 'answered_at',
  'rejection_reason', 'version', 'amount_deducted',
] as const;
export const FREEZE_ORDER_EVENT_COLUMNS = ['id', 'order_id', 'from_status', 'to_status', 'at', 'actor', 'amount', 'note'] as const;
export const SEIZURE_COLUMNS = [
  'id', 'case_id', 'parcel_id', 'province_code', 'status', 'requested_at', 'answered_at', 'rejection_reason', 'version',
] as const;
export const SEIZURE_EVENT_COLUMNS = ['id', 'seizure_id', 'from_status', 'to_status', 'at', 'actor', 'note'] as const;

const MS_PER_DAY = 86_400_000;
const LAST_OPENED = Date.UTC(2026, 9, 31) / MS_PER_DAY;

/** Any date since 1970 (accounts can be older than the seed calendar). */
function plainDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function* bankRows(): Generator<Row> {
  for (const b of BANKS) yield [b.code, b.bin, b.shortName, b.name];
}

/** Banks print holder names in capitals without diacritics: "NGUYEN VAN AN". */
export function bankHolderName(name: string): string {
  return normalizeForSearch(name).toUpperCase();
}

function accountRow(ctx: SeedContext, a: AccountPlan, holderId: string, holderName: string, earliestOpen: number): Row {
  const rng = entityRng(ctx.seed, 'account-dates', `${a.holder.type}${a.holder.index}.${a.n}`);
  const status = a.closed ? AccountStatus.CLOSED : ctx.accountHeld[accountSlot(ctx, a.holder, a.n)] ? AccountStatus.FROZEN : AccountStatus.ACTIVE;
  const opened = rng.int(Math.min(earliestOpen, LAST_OPENED), LAST_OPENED);
  return [
    a.id, BANKS[a.bankIndex]!.code, a.number, a.holder.type, holderId, bankHolderName(holderName), a.balance,
    vnTimestamp(LAST_EVENT_DAY - rng.int(0, 20), rng.int(0, 1439)), status, plainDate(opened),
  ];
}

export function* bankAccountRows(ctx: SeedContext): Generator<Row> {
  for (let i = 0; i < ctx.sizes.persons; i++) {
    const holder: HolderRef = { type: PartyType.PERSON, index: i };
    const plans = accountPlans(ctx, holder, ctx.personDebtor[i] === 1);
    if (plans.length === 0) continue;
    const person = generatePerson(ctx.seed, i);
    const [y, m, d] = person.dateOfBirth.split('-').map(Number) as [number, number, number];
    // Opened once the holder came of age, and not before banks opened accounts to everyone (about 2000).
    const earliest = Math.max(Date.UTC(y + 18, m - 1, Math.min(d, 28)), Date.UTC(2000, 0, 1)) / MS_PER_DAY;
    for (const a of plans) yield accountRow(ctx, a, ctx.ids.person(i), person.fullName, earliest);
  }
  for (let i = 0; i < ctx.sizes.organizations; i++) {
    const holder: HolderRef = { type: PartyType.ORGANIZATION, index: i };
    const plans = accountPlans(ctx, holder, ctx.organizationDebtor[i] === 1);
    if (plans.length === 0) continue;
    const org = organizationRecord(ctx.seed, i);
    for (const a of plans) yield accountRow(ctx, a, ctx.ids.organization(i), org.name, Date.UTC(2005, 0, 1) / MS_PER_DAY);
  }
}

export function* landParcelRows(ctx: SeedContext): Generator<Row> {
  for (let i = 0; i < ctx.sizes.persons; i++) {
    for (const p of parcelPlans(ctx, i, ctx.personDebtor[i] === 1)) {
      yield [p.id, p.certificateSerial, p.parcelNumber, p.mapSheetNumber, p.street, p.ward, p.provinceCode, p.areaM2, p.useType];
    }
  }
}

export function* parcelOwnerRows(ctx: SeedContext): Generator<Row> {
  for (let i = 0; i < ctx.sizes.persons; i++) {
    for (const p of parcelPlans(ctx, i, ctx.personDebtor[i] === 1)) {
      for (const o of p.owners) yield [p.id, ctx.ids.person(o.personIndex), PartyType.PERSON, o.share];
    }
  }
}

function at(m: Moment | null): string | null {
  return m === null ? null : vnTimestamp(m.day, m.minute);
}

/** Freeze orders of the cases that may have them (coercion, or a verification that found nothing). */
function* caseFreezes(ctx: SeedContext): Generator<{ plan: CasePlan; freezes: readonly FreezePlan[] }> {
  for (let i = 0; i < ctx.sizes.cases; i++) {
    const plan = planCase(ctx, i);
    if (!plan.steps.some((s) => s.to === CaseStatus.COERCIVE_MEASURES || s.to === CaseStatus.VERIFICATION)) continue;
    yield { plan, freezes: planCaseAssets(ctx, plan).freezes };
  }
}

function* caseSeizures(ctx: SeedContext): Generator<{ plan: CasePlan; seizures: readonly SeizurePlan[] }> {
  for (let i = 0; i < ctx.sizes.cases; i++) {
    const plan = planCase(ctx, i);
    if (!plan.steps.some((s) => s.to === CaseStatus.COERCIVE_MEASURES)) continue;
    yield { plan, seizures: planCaseAssets(ctx, plan).seizures };
  }
}

export function* freezeOrderRows(ctx: SeedContext): Generator<Row> {
  for (const { plan, freezes } of caseFreezes(ctx)) {
    for (const f of freezes) {
      yield [
        f.id, plan.id, f.account.id, BANKS[f.account.bankIndex]!.code, f.amountRequested, f.amountFrozen, f.status,
        at(f.ordered), at(f.answered), f.rejectionReason, f.events.length, f.amountDeducted,
      ];
    }
  }
}

export function* freezeOrderEventRows(ctx: SeedContext): Generator<Row> {
  for (const { plan, freezes } of caseFreezes(ctx)) {
    for (const f of freezes) {
      for (const [k, e] of f.events.entries()) {
        yield [ctx.ids.freezeOrderEvent(plan.index, `${f.n}.${k + 1}`), f.id, e.from, e.to, at(e.at), e.actor, e.amount, e.note];
      }
    }
  }
}

export function* seizureRows(ctx: SeedContext): Generator<Row> {
  for (const { plan, seizures } of caseSeizures(ctx)) {
    for (const z of seizures) {
      yield [
        z.id, plan.id, z.parcel.id, z.parcel.provinceCode, z.status, at(z.requested), at(z.answered), z.rejectionReason,
        z.events.length,
      ];
    }
  }
}

export function* seizureEventRows(ctx: SeedContext): Generator<Row> {
  for (const { plan, seizures } of caseSeizures(ctx)) {
    for (const z of seizures) {
      for (const [k, e] of z.events.entries()) {
        yield [ctx.ids.seizureEvent(plan.index, `${z.n}.${k + 1}`), z.id, e.from, e.to, at(e.at), e.actor, e.note];
      }
    }
  }
}
