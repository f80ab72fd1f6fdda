// Bank accounts and land parcels of a holder, and the freeze orders and seizures of a case, as plans derived from
// (seed, holder) and (seed, case). A case's freeze order computes the debtor's accounts from the same function the
// account table uses, so balances, banks and ids agree without either side reading the other's rows.
import 'reflect-metadata'; // land-parcel.ts declares GraphQL types, whose decorators need it
import { CaseStatus as S, PartyType } from '../../subgraphs/cases/entities/enums';
import { FreezeOrderStatus as F, SeizureStatus as Z } from '../../subgraphs/assets/entities/enums';
import { LAND_USE_TYPES } from '../../subgraphs/assets/entities/land-parcel';
import { BANKS } from '../../shared/vn/banks';
import { PROVINCES } from '../../shared/vn/provinces';
import { BANKS_BY_CUSTOMERS, accountNumberFormat } from './bank-market';
import { addWorkingDays } from './calendar';
import { LAST_EVENT_DAY, stageWindow, type CasePlan, type PartyPlan } from './case-plan';
import { BANK_ORGANIZATIONS, type BaseContext } from './context';
import { CASELOAD_WEIGHT } from './geography';
import { Weighted, type Rng } from './random';
import { entityRng } from './seed-rng';

/** Accounts per holder are numbered 0..MAX_ACCOUNTS-1 (flags about them are kept in arrays of this stride). */
export const MAX_ACCOUNTS = 3;

export interface HolderRef {
  readonly type: PartyType;
  readonly index: number;
}

export interface AccountPlan {
  readonly holder: HolderRef;
  readonly n: number;
  readonly id: string;
  readonly bankIndex: number;
  readonly number: string;
  readonly balance: bigint;
  readonly closed: boolean;
}

export interface ParcelOwnerPlan {
  readonly personIndex: number;
  readonly share: number;
}

export interface ParcelPlan {
  readonly ownerIndex: number;
  readonly n: number;
  readonly id: string;
  readonly certificateSerial: string;
  readonly parcelNumber: string;
  readonly mapSheetNumber: string;
  readonly street: string;
  readonly ward: string;
  readonly provinceCode: string;
  readonly areaM2: number;
  readonly useType: string;
  readonly owners: readonly ParcelOwnerPlan[];
}

/** A moment of a seeded history: a day and a minute of that day (Vietnam time). */
export interface Moment {
  readonly day: number;
  readonly minute: number;
}

/** One step in the history of a freeze order or a seizure (assets.freeze_order_event, assets.seizure_event). */
export interface AssetEvent<S extends string> {
  readonly from: S | null;
  readonly to: S;
  readonly at: Moment;
  readonly actor: string;
  readonly amount: bigint | null;
  readonly note: string | null;
}

export interface FreezePlan {
  readonly n: number;
  readonly id: string;
  readonly debtor: PartyPlan;
  readonly account: AccountPlan;
  readonly amountRequested: bigint;
  readonly amountFrozen: bigint | null;
  readonly amountDeducted: bigint | null;
  readonly status: F;
  readonly ordered: Moment;
  /** When the bank last answered; null while pending. */
  readonly answered: Moment | null;
  readonly rejectionReason: string | null;
  /** Every step from PENDING to `status`; its length is the order's version. */
  readonly events: readonly AssetEvent<F>[];
}

export interface SeizurePlan {
  readonly n: number;
  readonly id: string;
  readonly debtor: PartyPlan;
  readonly parcel: ParcelPlan;
  readonly status: Z;
  readonly requested: Moment;
  /** When the land registry answered; null while requested. */
  readonly answered: Moment | null;
  readonly rejectionReason: string | null;
  readonly events: readonly AssetEvent<Z>[];
}

/** Freeze orders under which money is held: the account shows as FROZEN. */
export const HOLDING_STATUSES: ReadonlySet<F> = new Set([F.EXECUTED, F.DEDUCTION_ORDERED, F.RELEASE_ORDERED]);

// ---------------------------------------------------------------------------------------------------------------
// Accounts

export function holderKey(holder: HolderRef): string {
  return `${holder.type === PartyType.PERSON ? 'P' : 'O'}${holder.index}`;
}

/** Position of a holder's account flags in per-account arrays: persons first, then organizations. */
export function accountSlot(ctx: BaseContext, holder: HolderRef, n: number): number {
  const base = holder.type === PartyType.PERSON ? holder.index : ctx.sizes.persons + holder.index;
  return base * MAX_ACCOUNTS + n;
}

// The last 8 digits of an account number are an affine permutation of a holder-wide slot, unique over every possible
// holder (1,000,000 persons + 9,999,999 organizations, 4 slots each < 10^8): numbers never collide within a bank.
// 48,271 is coprime with 10^8 (odd, not a multiple of 5).
function accountSuffix(holder: HolderRef, n: number): string {
  const base = holder.type === PartyType.PERSON ? holder.index : 1_000_000 + holder.index;
  return String((((base * 4 + n) % 100_000_000) * 48_271 + 31_415_926) % 100_000_000).padStart(8, '0');
}

function accountNumber(rng: Rng, bankIndex: number, holder: HolderRef, n: number): string {
  const [length, lead] = accountNumberFormat(BANKS[bankIndex]!);
  let branch = lead;
  while (branch.length < length - 8) branch += String(rng.int(0, 9));
  return branch + accountSuffix(holder, n);
}

const DEBTOR_ACCOUNT_COUNTS = new Weighted<number>([[1, 50], [2, 35], [3, 15]]);

/**
 * The accounts a holder has. Every debtor has 1–3; about one other person in five has one or two; firms mostly have
 * one; the banks themselves hold none here.
 */
export function accountPlans(ctx: BaseContext, holder: HolderRef, isDebtor: boolean): AccountPlan[] {
  const rng = entityRng(ctx.seed, 'accounts', holderKey(holder));
  const isPerson = holder.type === PartyType.PERSON;
  if (!isPerson && holder.index < BANK_ORGANIZATIONS) return [];
  let count: number;
  if (isDebtor) count = DEBTOR_ACCOUNT_COUNTS.sample(rng);
  else if (isPerson) count = rng.bool(0.2) ? (rng.bool(0.75) ? 1 : 2) : 0;
  else count = rng.bool(0.5) ? (rng.bool(0.7) ? 1 : 2) : 0;
  const banks: number[] = [];
  const plans: AccountPlan[] = [];
  for (let n = 0; n < count; n++) {
    let bankIndex = BANKS_BY_CUSTOMERS.sample(rng);
    for (let tries = 0; banks.includes(bankIndex) && tries < 10; tries++) bankIndex = BANKS_BY_CUSTOMERS.sample(rng);
    banks.push(bankIndex);
    const closed = rng.bool(0.06);
    // Many accounts hold little; a few hold billions. Some are simply empty.
    const balance = closed || rng.bool(0.05)
      ? 0n
      : isPerson
        ? rng.logNormalBigInt(6e6, 2.2, { min: 1000, max: 20e9 })
        : rng.logNormalBigInt(150e6, 2.0, { min: 10_000, max: 200e9 });
    plans.push({
      holder,
      n,
      id: ctx.ids.bankAccount(holderKey(holder), n),
      bankIndex,
      number: accountNumber(rng, bankIndex, holder, n),
      balance,
      closed,
    });
  }
  return plans;
}

// ---------------------------------------------------------------------------------------------------------------
// Land

const USE_TYPES = Object.keys(LAND_USE_TYPES);
const URBAN_USE = new Weighted<string>([['ODT', 70], ['TMD', 10], ['SKC', 5], ['CLN', 5], ['BHK', 10]].filter(([c]) => USE_TYPES.includes(c as string)) as [string, number][]);
const RURAL_USE = new Weighted<string>([['ONT', 40], ['LUC', 20], ['CLN', 20], ['BHK', 10], ['NTS', 7], ['SKC', 3]].filter(([c]) => USE_TYPES.includes(c as string)) as [string, number][]);
/** Median area and spread per land use, square metres. */
const AREA: Readonly<Record<string, readonly [number, number]>> = {
  ODT: [75, 0.5], ONT: [220, 0.6], LUC: [900, 0.7], CLN: [1500, 0.8], BHK: [800, 0.7], NTS: [2000, 0.7],
  TMD: [300, 0.8], SKC: [1500, 0.8],
};
const SHARES = new Weighted<number>([[50, 70], [60, 10], [70, 8], [40, 7], [30, 5]]);
const PARCEL_PROVINCES = new Weighted<number>(CASELOAD_WEIGHT.map((w, i) => [i, w] as const));
const HAMLETS = ['Thôn Đông', 'Thôn Tây', 'Xóm Bãi', 'Đồng Giữa', 'Cánh Đồng Trên', 'Ấp Bình An', 'Ấp Tân Lập', 'Khu Đồng Mới'];
const STREETS = ['Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Trãi', 'Quang Trung', 'Hùng Vương', 'Trần Phú', 'Lê Duẩn', 'Nguyễn Văn Linh'];

// Certificate serials: two letters of a printing series and six digits, from an affine permutation of the parcel slot
// (owner × 2 + n) over 40 series × 10^6: unique for every possible owner. 1,234,567 is coprime with 4 × 10^7.
const SERIES = [
  'AA', 'AB', 'AC', 'AD', 'AE', 'AG', 'AH', 'AK', 'AL', 'AM', 'AN', 'AO', 'AP', 'BA', 'BB', 'BC', 'BD', 'BE', 'BG', 'BH',
  'BK', 'BL', 'BM', 'BN', 'BO', 'BP', 'BS', 'BT', 'BV', 'BX', 'BY', 'CA', 'CB', 'CC', 'CD', 'CE', 'CH', 'CK', 'CS', 'CT',
];
function certificateSerial(ownerIndex: number, n: number): string {
  const modulus = SERIES.length * 1_000_000;
  const p = ((ownerIndex * 2 + n) * 1_234_567 + 7_654_321) % modulus;
  return `${SERIES[Math.floor(p / 1_000_000)]} ${String(p % 1_000_000).padStart(6, '0')}`;
}

/** A spouse-like co-owner: an adult of the other sex, of about the same age, living in the same province. */
function coOwner(rng: Rng, ctx: BaseContext, ownerIndex: number): number | null {
  const province = ctx.personProvince[ownerIndex]!;
  const { start, list } = ctx.adultsByProvince;
  const from = start[province]!;
  const size = start[province + 1]! - from;
  if (size < 2) return null;
  let fallback: number | null = null;
  for (let tries = 0; tries < 12; tries++) {
    const candidate = list[from + rng.int(0, size - 1)]!;
    if (candidate === ownerIndex) continue;
    fallback ??= candidate;
    if (
      ctx.personMale[candidate] !== ctx.personMale[ownerIndex] &&
      Math.abs(ctx.personBirthYear[candidate]! - ctx.personBirthYear[ownerIndex]!) <= 10
    ) return candidate;
  }
  return fallback;
}

/** Parcels a person holds the certificate of: about 40% of debtors own one or two, far fewer of everyone else. */
export function parcelPlans(ctx: BaseContext, ownerIndex: number, isDebtor: boolean): ParcelPlan[] {
  const rng = entityRng(ctx.seed, 'parcels', ownerIndex);
  if (!(rng.next() < (isDebtor ? 0.4 : 0.08))) return [];
  const count = rng.bool(0.7) ? 1 : 2;
  const plans: ParcelPlan[] = [];
  for (let n = 0; n < count; n++) {
    // Mostly where the owner lives (often the very house they live in), sometimes land elsewhere.
    const home = rng.bool(0.85);
    const provinceIndex = home ? ctx.personProvince[ownerIndex]! : PARCEL_PROVINCES.sample(rng);
    const province = PROVINCES[provinceIndex]!;
    const ward = home && rng.bool(0.7) ? province.wards[ctx.personWard[ownerIndex]!]! : rng.pick(province.wards);
    const rural = ward.startsWith('Xã ');
    const useType = (rural ? RURAL_USE : URBAN_USE).sample(rng);
    const [median, sigma] = AREA[useType] ?? [200, 0.7];
    const area = Math.round(Number(rng.logNormalBigInt(median * 10, sigma, { min: 400, max: 50_000 }))) / 10;
    const partner = rng.bool(0.3) ? coOwner(rng, ctx, ownerIndex) : null;
    const share = partner === null ? 100 : SHARES.sample(rng);
    plans.push({
      ownerIndex,
      n,
      id: ctx.ids.landParcel(ownerIndex, n),
      certificateSerial: certificateSerial(ownerIndex, n),
      parcelNumber: String(rng.int(1, 980)),
      mapSheetNumber: String(rng.int(1, 140)),
      street: rural ? rng.pick(HAMLETS) : `Đường ${rng.pick(STREETS)}`,
      ward,
      provinceCode: province.code,
      areaM2: area,
      useType,
      owners: partner === null ? [{ personIndex: ownerIndex, share: 100 }] : [
        { personIndex: ownerIndex, share },
        { personIndex: partner, share: 100 - share },
      ],
    });
  }
  return plans;
}

// ---------------------------------------------------------------------------------------------------------------
// Freeze orders and seizures of a case

const FREEZE_MIX: Readonly<Partial<Record<S, Weighted<F>>>> = {
  [S.COERCIVE_MEASURES]: new Weighted<F>([
    [F.EXECUTED, 40], [F.DEDUCTION_ORDERED, 8], [F.DEDUCTED, 18], [F.RELEASE_ORDERED, 2], [F.RELEASED, 5], [F.REJECTED, 10],
    [F.PENDING, 7],
  ]),
  [S.COMPLETED]: new Weighted<F>([[F.DEDUCTED, 60], [F.RELEASED, 30], [F.REJECTED, 10]]),
};
const FREEZE_MIX_OTHER = new Weighted<F>([[F.RELEASED, 45], [F.REJECTED, 25], [F.EXECUTED, 15], [F.DEDUCTED, 15]]);
const FREEZE_REJECTIONS = [
  'Tài khoản không có số dư',
  'Thông tin chủ tài khoản không khớp với quyết định phong tỏa',
  'Tài khoản đang bị phong tỏa theo yêu cầu của cơ quan có thẩm quyền khác',
  'Quyết định phong tỏa không ghi rõ số tài khoản',
];
const SEIZURE_MIX: Readonly<Partial<Record<S, Weighted<Z>>>> = {
  [S.COERCIVE_MEASURES]: new Weighted<Z>([[Z.REQUESTED, 12], [Z.CONFIRMED, 73], [Z.REJECTED, 10], [Z.LIFTED, 5]]),
  [S.COMPLETED]: new Weighted<Z>([[Z.LIFTED, 75], [Z.CONFIRMED, 15], [Z.REJECTED, 10]]),
};
const SEIZURE_MIX_OTHER = new Weighted<Z>([[Z.LIFTED, 50], [Z.CONFIRMED, 35], [Z.REJECTED, 15]]);
const SEIZURE_REJECTIONS = [
  'Thửa đất đã được chuyển nhượng cho người khác trước thời điểm kê biên',
  'Thông tin thửa đất không khớp với hồ sơ địa chính',
  'Thửa đất đang có tranh chấp được Tòa án thụ lý',
];
/** The statuses an order passes through to reach each final one (the partner flows allow no other path). */
const FREEZE_PATH: Readonly<Record<F, readonly F[]>> = {
  [F.PENDING]: [F.PENDING],
  [F.EXECUTED]: [F.PENDING, F.EXECUTED],
  [F.REJECTED]: [F.PENDING, F.REJECTED],
  [F.ACCOUNT_CLOSED]: [F.PENDING, F.ACCOUNT_CLOSED],
  [F.DEDUCTION_ORDERED]: [F.PENDING, F.EXECUTED, F.DEDUCTION_ORDERED],
  [F.DEDUCTED]: [F.PENDING, F.EXECUTED, F.DEDUCTION_ORDERED, F.DEDUCTED],
  [F.RELEASE_ORDERED]: [F.PENDING, F.EXECUTED, F.RELEASE_ORDERED],
  [F.RELEASED]: [F.PENDING, F.EXECUTED, F.RELEASE_ORDERED, F.RELEASED],
};
const SEIZURE_PATH: Readonly<Record<Z, readonly Z[]>> = {
  [Z.REQUESTED]: [Z.REQUESTED],
  [Z.CONFIRMED]: [Z.REQUESTED, Z.CONFIRMED],
  [Z.REJECTED]: [Z.REQUESTED, Z.REJECTED],
  [Z.LIFTED]: [Z.REQUESTED, Z.CONFIRMED, Z.LIFTED],
};
/** Steps the bank (or registry) takes; the others are the officer's. */
const BANK_STEPS: ReadonlySet<string> = new Set([F.EXECUTED, F.REJECTED, F.ACCOUNT_CLOSED, F.DEDUCTED, F.RELEASED]);
const REGISTRY_STEPS: ReadonlySet<string> = new Set([Z.CONFIRMED, Z.REJECTED]);

/** A moment `days` after `prev` (never past the last event day), later in the day when it falls on the same day. */
function after(rng: Rng, prev: Moment, days: number): Moment {
  const day = Math.max(prev.day, Math.min(prev.day + days, LAST_EVENT_DAY));
  const minute = day === prev.day ? Math.min(1439, prev.minute + rng.int(15, 180)) : rng.int(480, 1020);
  return { day, minute };
}

/** What a debtor still owed when the order went out (all of it for a case since completed), and what it has paid. */
function debtorMoney(plan: CasePlan, debtor: PartyPlan): { owed: bigint; paid: bigint } {
  let due = 0n;
  let paid = 0n;
  for (const o of plan.obligations) {
    if (o.due === null || (o.debtor !== debtor && !o.coDebtors.includes(debtor))) continue;
    due += o.due;
    paid += o.paid;
  }
  return { owed: plan.status === 'COMPLETED' ? due : due - paid, paid };
}

function minOf(...xs: bigint[]): bigint {
  return xs.reduce((a, b) => (b < a ? b : a));
}

export interface CaseAssets {
  readonly freezes: readonly FreezePlan[];
  readonly seizures: readonly SeizurePlan[];
}

/**
 * Freeze orders and seizures of a case. Accounts are frozen once coercion starts (and sometimes tried during a
 * verification that ends in "no conditions"); land is seized only under coercion.
 */
export function planCaseAssets(ctx: BaseContext, plan: CasePlan): CaseAssets {
  const rng = entityRng(ctx.seed, 'case-assets', plan.index);
  const coercion = plan.steps.find((s) => s.to === S.COERCIVE_MEASURES);
  const verification = plan.steps.find((s) => s.to === S.VERIFICATION);
  const freezes: FreezePlan[] = [];
  const seizures: SeizurePlan[] = [];
  let window: [number, number] | null = null;
  if (coercion && rng.bool(0.8)) window = stageWindow(plan, coercion);
  else if (!coercion && verification && plan.status === S.NO_CONDITIONS && rng.bool(0.2)) window = stageWindow(plan, verification);
  if (window) {
    const mix = FREEZE_MIX[plan.status] ?? FREEZE_MIX_OTHER;
    const [from, to] = window;
    for (const debtor of plan.debtors) {
      const { owed, paid } = debtorMoney(plan, debtor);
      if (owed <= 0n) continue;
      const accounts = accountPlans(ctx, debtor, true);
      if (accounts.length === 0) continue;
      // Usually the account the verification found the most money in; sometimes every account the debtor has.
      const targets = rng.bool(0.6) ? [accounts.reduce((a, b) => (b.balance > a.balance ? b : a))] : accounts;
      for (const account of targets) {
        let status = mix.sample(rng);
        if (account.closed) status = F.ACCOUNT_CLOSED;
        else if (status === F.DEDUCTED && paid === 0n) status = plan.status === S.COERCIVE_MEASURES ? F.EXECUTED : F.RELEASED;
        const holding = status !== F.PENDING && status !== F.REJECTED && status !== F.ACCOUNT_CLOSED;
        let amountFrozen: bigint | null = null;
        if (holding) {
          amountFrozen = status === F.DEDUCTED ? minOf(owed, account.balance, paid) : minOf(owed, account.balance);
          if (amountFrozen === 0n) {
            status = F.REJECTED; // nothing to hold: the bank answers that there is no balance
            amountFrozen = null;
          }
        }
        let orderedDay = Math.min(addWorkingDays(from, rng.int(0, 5)), to);
        // A pending order is one the bank has not answered yet: it went out in the last few days.
        if (status === F.PENDING) orderedDay = Math.max(from, Math.min(LAST_EVENT_DAY, addWorkingDays(LAST_EVENT_DAY - rng.int(3, 6), 0)));
        const ordered: Moment = { day: orderedDay, minute: rng.int(480, 1000) };
        const officer = `staff:${plan.officer.localPart}`;
        const bank = `partner:bank-${BANKS[account.bankIndex]!.code.toLowerCase()}`;
        const rejectionReason = status === F.REJECTED ? (account.balance === 0n ? FREEZE_REJECTIONS[0]! : rng.pick(FREEZE_REJECTIONS)) : null;
        const amountDeducted = status === F.DEDUCTED ? amountFrozen : null;
        const events: AssetEvent<F>[] = [];
        let at = ordered;
        let answered: Moment | null = null;
        let previous: F | null = null;
        for (const step of FREEZE_PATH[status]) {
          if (step !== F.PENDING) {
            // Banks answer within a day or two; officers order a deduction within weeks, a release when it is due.
            const gap = BANK_STEPS.has(step) ? rng.int(0, 2) : step === F.DEDUCTION_ORDERED ? rng.int(3, 25) : rng.int(10, 120);
            at = after(rng, at, gap);
          }
          if (BANK_STEPS.has(step)) answered = at;
          const amount = step === F.PENDING ? owed : step === F.DEDUCTED ? amountDeducted : step === F.EXECUTED || step === F.DEDUCTION_ORDERED ? amountFrozen : null;
          events.push({ from: previous, to: step, at, actor: BANK_STEPS.has(step) ? bank : officer, amount, note: step === F.REJECTED ? rejectionReason : null });
          previous = step;
        }
        freezes.push({
          n: freezes.length + 1,
          id: ctx.ids.freezeOrder(plan.index, freezes.length + 1),
          debtor,
          account,
          amountRequested: owed,
          amountFrozen,
          amountDeducted,
          status,
          ordered,
          answered,
          rejectionReason,
          events,
        });
      }
    }
  }
  if (coercion && rng.bool(0.6)) {
    const [from, to] = stageWindow(plan, coercion);
    const mix = SEIZURE_MIX[plan.status] ?? SEIZURE_MIX_OTHER;
    for (const debtor of plan.debtors) {
      if (debtor.type !== PartyType.PERSON) continue;
      const parcels = parcelPlans(ctx, debtor.index, true);
      if (parcels.length === 0 || !rng.bool(0.7)) continue;
      const parcel = parcels[0]!;
      const status = mix.sample(rng);
      const requested: Moment = { day: Math.min(addWorkingDays(from, rng.int(5, 40)), to), minute: rng.int(480, 960) };
      const officer = `staff:${plan.officer.localPart}`;
      const registry = `partner:land-${parcel.provinceCode}`;
      const rejectionReason = status === Z.REJECTED ? rng.pick(SEIZURE_REJECTIONS) : null;
      const events: AssetEvent<Z>[] = [];
      let at = requested;
      let answered: Moment | null = null;
      let previous: Z | null = null;
      for (const step of SEIZURE_PATH[status]) {
        // The registry records a suspension within days; the officer lifts it once the debt is paid or the case ends.
        if (step !== Z.REQUESTED) at = after(rng, at, REGISTRY_STEPS.has(step) ? rng.int(1, 10) : rng.int(30, 300));
        if (REGISTRY_STEPS.has(step)) answered = at;
        events.push({ from: previous, to: step, at, actor: REGISTRY_STEPS.has(step) ? registry : officer, amount: null, note: step === Z.REJECTED ? rejectionReason : null });
        previous = step;
      }
      seizures.push({
        n: seizures.length + 1,
        id: ctx.ids.seizure(plan.index, seizures.length + 1),
        debtor,
        parcel,
        status,
        requested,
        answered,
        rejectionReason,
        events,
      });
    }
  }
  return { freezes, seizures };
}
