// One enforcement case as numbers and choices: its agency, officer, court, parties, obligations with amounts, and the
// path it took through the stages up to the reference date. Everything derives from (seed, case index), so each
// table regenerates the cases it needs; numbering that depends on other cases (case and judgment sequences, decision
// registers) is looked up in the context, never computed here.
import { CaseStatus as S, CaseType as T, Initiation, ObligationKind as K, PartyRole, PartyType } from '../../subgraphs/cases/entities/enums';
import { BANKS } from '../../shared/vn/banks';
import { BANKS_BY_LENDING } from './bank-market';
import { REFERENCE_DAY, addWorkingDays, dayOf, workingDayOnOrBefore, workingDaysBetween } from './calendar';
import type { BaseContext, ProvinceIndex } from './context';
import type { SeedIds } from './ids';
import { CASELOAD_WEIGHT, COURTS_BY_PROVINCE, type Court } from './geography';
import { Weighted, type Rng } from './random';
import { entityRng } from './seed-rng';
import { CASE_TYPE_INDEX, type AgencyPlan, type OfficerPlan } from './staff';

/** Nothing in the dataset happens on or after the reference date. */
export const LAST_EVENT_DAY = REFERENCE_DAY - 1;
const FIRST_RECEIVED = '2023-01-01';
const LAST_RECEIVED = '2026-11-30';

export type CourtLevelSuffix = 'ST' | 'PT';

export interface PartyPlan {
  /** 1-based, creditors first. */
  readonly position: number;
  readonly role: PartyRole;
  readonly type: PartyType;
  /** Index of the person or organization. */
  readonly index: number;
  /** Id of the person or organization. */
  readonly partyId: string;
  /** Id of the cases.case_party row. */
  readonly casePartyId: string;
}

export interface ObligationPlan {
  readonly position: number;
  readonly kind: K;
  readonly debtor: PartyPlan;
  /** The other debtors bound with `debtor` when the obligation is joint. */
  readonly coDebtors: readonly PartyPlan[];
  readonly creditor: PartyPlan | null;
  readonly joint: boolean;
  readonly due: bigint | null;
  readonly paid: bigint;
  /** Index into the subject phrases of the case type (what the money is for). */
  readonly subject: number;
}

export interface StepPlan {
  readonly sequence: number;
  readonly from: S | null;
  readonly to: S;
  readonly day: number;
  readonly minute: number;
  readonly actor: string;
  /** Reason text; "{judgment}" and "{decision}" are filled in with the numbers when written. */
  readonly reason: string | null;
  /** Which occurrence of `to` in the history this is (1 for the first VERIFICATION, 2 for a re-verification, …). */
  readonly occurrence: number;
}

export interface CasePlan {
  readonly index: number;
  readonly id: string;
  readonly agency: AgencyPlan;
  readonly officer: OfficerPlan;
  /** Head or deputy head who signs the enforcement decision. */
  readonly head: OfficerPlan;
  readonly caseType: T;
  readonly initiation: Initiation;
  readonly court: Court;
  readonly level: CourtLevelSuffix;
  readonly judgmentDay: number;
  readonly receivedDay: number;
  /** Day of the enforcement decision, when one was issued. */
  readonly decisionDay: number | null;
  readonly parties: readonly PartyPlan[];
  readonly creditors: readonly PartyPlan[];
  readonly debtors: readonly PartyPlan[];
  readonly obligations: readonly ObligationPlan[];
  readonly steps: readonly StepPlan[];
  readonly status: S;
  readonly amountDue: bigint;
  readonly amountCollected: bigint;
  /** Index into the dispute subjects of the case type. */
  readonly subject: number;
  /** For a postponed or suspended case, the stage it was paused in (where it resumes). */
  readonly statusBeforePause: S | null;
  /** Day the parties received the notice by post: the voluntary period runs from it. */
  readonly noticeDeliveredDay: number | null;
  /** Day the finding of no conditions to enforce was published, for a case that stands at that finding. */
  readonly publishedDay: number | null;
  /** Money received, each payment against one obligation; per obligation they sum to its amount paid. */
  readonly payments: readonly PaymentPlan[];
}

export type PaymentMethod = 'VOLUNTARY' | 'DEDUCTION' | 'SALE_PROCEEDS' | 'OTHER';

export interface PaymentPlan {
  /** 1-based within the case. */
  readonly n: number;
  readonly obligation: ObligationPlan;
  readonly amount: bigint;
  readonly day: number;
  readonly minute: number;
  readonly method: PaymentMethod;
  readonly reference: string | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Distributions

export const JUDGMENT_SUFFIX: Readonly<Record<T, string>> = {
  [T.CIVIL]: 'DS', [T.FAMILY]: 'HNGĐ', [T.BUSINESS]: 'KDTM', [T.LABOUR]: 'LĐ', [T.CRIMINAL]: 'HS', [T.ADMINISTRATIVE]: 'HC',
};

// Civil cases dominate; the civil parts of criminal judgments (compensation, court fees, fines) come next.
const CASE_TYPE_MIX = new Weighted<T>([
  [T.CIVIL, 44], [T.CRIMINAL, 27], [T.BUSINESS, 11], [T.FAMILY, 11], [T.LABOUR, 3.5], [T.ADMINISTRATIVE, 3.5],
]);
/** How often enforcement starts without a request: court fees, fines and confiscations are enforced ex officio. */
const EX_OFFICIO_SHARE: Readonly<Record<T, number>> = {
  [T.CIVIL]: 0.08, [T.FAMILY]: 0.08, [T.BUSINESS]: 0.05, [T.LABOUR]: 0.08, [T.CRIMINAL]: 0.75, [T.ADMINISTRATIVE]: 0.25,
};
/** Dispute subjects per type: the index is stored in the plan, the words live with the documents. */
export const SUBJECT_COUNT: Readonly<Record<T, number>> = {
  [T.CIVIL]: 6, [T.FAMILY]: 3, [T.BUSINESS]: 4, [T.LABOUR]: 2, [T.CRIMINAL]: 5, [T.ADMINISTRATIVE]: 2,
};
/** Median and spread of the main money obligation per case type, in đồng (log-normal). */
const PAY_MONEY_AMOUNT: Readonly<Record<T, readonly [median: number, sigma: number]>> = {
  [T.CIVIL]: [250e6, 1.3], [T.FAMILY]: [150e6, 1.0], [T.BUSINESS]: [1.2e9, 1.4], [T.LABOUR]: [90e6, 0.8],
  [T.CRIMINAL]: [60e6, 1.3], [T.ADMINISTRATIVE]: [80e6, 1.0],
};
const MIN_AMOUNT = 5_000_000;
const MAX_AMOUNT = 50_000_000_000;

const CASE_PROVINCES = new Weighted<number>(CASELOAD_WEIGHT.map((w, i) => [i, w] as const));

// Receipts grow about 8% a year; each working day of the period is a possible receipt day.
const RECEIPT_DAYS = (() => {
  const first = dayOf(FIRST_RECEIVED);
  return new Weighted<number>(
    workingDaysBetween(first, dayOf(LAST_RECEIVED)).map((d) => [d, 1 + (0.08 * (d - first)) / 365] as const),
  );
})();

// ---------------------------------------------------------------------------------------------------------------
// Parties

function pickFrom(rng: Rng, group: ProvinceIndex, province: number): number | null {
  const from = group.start[province]!;
  const to = group.start[province + 1]!;
  return to > from ? group.list[from + rng.int(0, to - from - 1)]! : null;
}

function pickAnyAdult(rng: Rng, ctx: BaseContext): number {
  const all = ctx.adultsByProvince.list;
  return all.length ? all[rng.int(0, all.length - 1)]! : rng.int(0, ctx.sizes.persons - 1);
}

/** Ids are hashes, and most tables need few of them: they are computed when first read. */
class Party implements PartyPlan {
  private partyIdMemo: string | undefined;
  private casePartyIdMemo: string | undefined;
  constructor(
    private readonly ids: SeedIds,
    private readonly caseIndex: number,
    readonly position: number,
    readonly role: PartyRole,
    readonly type: PartyType,
    readonly index: number,
  ) {}
  get partyId(): string {
    return (this.partyIdMemo ??= this.type === PartyType.PERSON ? this.ids.person(this.index) : this.ids.organization(this.index));
  }
  get casePartyId(): string {
    return (this.casePartyIdMemo ??= this.ids.caseParty(this.caseIndex, this.position));
  }
}

interface PartyDraft {
  type: PartyType;
  index: number;
}

type PartyKind = 'person' | 'company' | 'bank';

function creditorKind(rng: Rng, type: T): PartyKind {
  const r = rng.next();
  switch (type) {
    case T.CIVIL:
      return r < 0.8 ? 'person' : r < 0.92 ? 'bank' : 'company';
    case T.BUSINESS:
      return r < 0.5 ? 'bank' : r < 0.9 ? 'company' : 'person';
    case T.CRIMINAL:
      return r < 0.85 ? 'person' : 'company';
    case T.ADMINISTRATIVE:
      return r < 0.7 ? 'person' : 'company';
    default:
      return 'person';
  }
}

function debtorKind(rng: Rng, type: T): PartyKind {
  const r = rng.next();
  switch (type) {
    case T.CIVIL:
      return r < 0.92 ? 'person' : 'company';
    case T.BUSINESS:
      return r < 0.65 ? 'company' : 'person';
    case T.LABOUR:
      return r < 0.85 ? 'company' : 'person';
    case T.ADMINISTRATIVE:
      return r < 0.4 ? 'company' : 'person';
    default:
      return 'person';
  }
}

function drawParty(rng: Rng, ctx: BaseContext, kind: PartyKind, province: number, localShare: number): PartyDraft {
  if (kind === 'bank') return { type: PartyType.ORGANIZATION, index: BANKS_BY_LENDING.sample(rng) };
  const local = rng.bool(localShare);
  if (kind === 'company') {
    const group = ctx.companiesByProvince;
    const index = (local ? pickFrom(rng, group, province) : null) ?? group.list[rng.int(0, group.list.length - 1)]!;
    return { type: PartyType.ORGANIZATION, index };
  }
  const index = (local ? pickFrom(rng, ctx.adultsByProvince, province) : null) ?? pickAnyAdult(rng, ctx);
  return { type: PartyType.PERSON, index };
}

const DEBTOR_COUNTS = new Weighted<number>([[1, 70], [2, 22], [3, 8]]);

/** Parties of one case, all distinct: nobody is both creditor and debtor, or named twice. */
function drawParties(rng: Rng, ctx: BaseContext, caseIndex: number, type: T, province: number): PartyPlan[] {
  const creditorCount = type === T.FAMILY ? 1 : rng.bool(0.15) ? 2 : 1;
  const debtorCount = type === T.FAMILY || type === T.LABOUR ? 1 : DEBTOR_COUNTS.sample(rng);
  const taken = new Set<string>();
  const parties: PartyPlan[] = [];
  const add = (role: PartyRole, kind: PartyKind, localShare: number) => {
    let draft = drawParty(rng, ctx, kind, province, localShare);
    for (let tries = 0; taken.has(`${draft.type}${draft.index}`); tries++) {
      // A bank already named (or a tiny register) cannot supply another distinct party of that kind: fall back to a
      // person, then walk the register until someone new turns up.
      if (tries > 20) draft = { type: PartyType.PERSON, index: (draft.index + 1) % ctx.sizes.persons };
      else draft = drawParty(rng, ctx, tries > 10 ? 'person' : kind, province, localShare);
    }
    taken.add(`${draft.type}${draft.index}`);
    parties.push(new Party(ctx.ids, caseIndex, parties.length + 1, role, draft.type, draft.index));
  };
  for (let k = 0; k < creditorCount; k++) add(PartyRole.CREDITOR, creditorKind(rng, type), 0.7);
  for (let k = 0; k < debtorCount; k++) add(PartyRole.DEBTOR, debtorKind(rng, type), 0.88);
  return parties;
}

// ---------------------------------------------------------------------------------------------------------------
// Money

const THOUSAND = 1000n;
function roundThousand(x: bigint): bigint {
  return ((x + 500n) / THOUSAND) * THOUSAND;
}

/** Court fee on a money claim, by the scale of Resolution 326/2016/UBTVQH14 (civil, business; labour has its own). */
export function courtFee(amount: bigint, type: T): bigint {
  if (type === T.ADMINISTRATIVE) return 300_000n;
  const m = 1_000_000n;
  let fee: bigint;
  if (type === T.LABOUR) {
    if (amount <= 6n * m) fee = 300_000n;
    else if (amount <= 400n * m) fee = (amount * 3n) / 100n;
    else if (amount <= 2000n * m) fee = 12n * m + ((amount - 400n * m) * 2n) / 100n;
    else if (amount <= 4000n * m) fee = 44n * m + (amount - 2000n * m) / 100n;
    else fee = 64n * m + (amount - 4000n * m) / 1000n;
  } else if (amount <= 6n * m) fee = 300_000n;
  else if (amount <= 400n * m) fee = (amount * 5n) / 100n;
  else if (amount <= 800n * m) fee = 20n * m + ((amount - 400n * m) * 4n) / 100n;
  else if (amount <= 2000n * m) fee = 36n * m + ((amount - 800n * m) * 3n) / 100n;
  else if (amount <= 4000n * m) fee = 72n * m + ((amount - 2000n * m) * 2n) / 100n;
  else fee = 112n * m + (amount - 4000n * m) / 1000n;
  // A criminal judgment adds the criminal first-instance fee to the civil fee on the compensation.
  if (type === T.CRIMINAL) fee += 200_000n;
  return roundThousand(fee);
}

function payMoneyAmount(rng: Rng, type: T, bankCreditor: boolean): bigint {
  const [median, sigma] = PAY_MONEY_AMOUNT[type];
  return rng.logNormalBigInt(bankCreditor ? median * 2 : median, sigma, { min: MIN_AMOUNT, max: MAX_AMOUNT, step: 1000 });
}

/** How much of an obligation has been paid, given where the case stands. */
function paidAmount(rng: Rng, due: bigint, kind: K, status: S): bigint {
  if (status === S.COMPLETED) return due;
  const fee = kind === K.COURT_FEE;
  let partial: number; // chance of a partial payment
  let full: number; // chance of full payment (court fees are small and often paid early)
  switch (status) {
    case S.VOLUNTARY_COMPLIANCE: partial = 0.12; full = fee ? 0.1 : 0.02; break;
    case S.VERIFICATION: partial = 0.15; full = fee ? 0.2 : 0.03; break;
    case S.COERCIVE_MEASURES: partial = 0.45; full = fee ? 0.4 : 0.05; break;
    case S.NO_CONDITIONS: partial = 0.12; full = fee ? 0.15 : 0; break;
    case S.POSTPONED: case S.SUSPENDED: partial = 0.25; full = fee ? 0.25 : 0.02; break;
    case S.TERMINATED: partial = 0.3; full = fee ? 0.4 : 0.05; break;
    case S.RECEIVED: return 0n; // no payment is taken before the enforcement decision
    default: partial = 0; full = fee ? 0.03 : 0;
  }
  const r = rng.next();
  if (r < full) return due;
  if (r < full + partial && due >= 2000n) {
    const share = BigInt(Math.round((0.05 + 0.8 * rng.next()) * 1000));
    const amount = roundThousand((due * share) / 1000n);
    return amount <= 0n ? THOUSAND : amount >= due ? due - THOUSAND : amount;
  }
  return 0n;
}

function drawObligations(rng: Rng, type: T, parties: readonly PartyPlan[], status: S): ObligationPlan[] {
  const creditors = parties.filter((p) => p.role === PartyRole.CREDITOR);
  const debtors = parties.filter((p) => p.role === PartyRole.DEBTOR);
  const drafts: Omit<ObligationPlan, 'position' | 'paid'>[] = [];
  const owedBy = new Map<PartyPlan, bigint>(); // money each debtor owes creditors, for the court fee
  const subject = rng.int(0, SUBJECT_COUNT[type] - 1);
  const joint = debtors.length > 1 && rng.bool(0.55);
  const isBank = (p: PartyPlan) => p.type === PartyType.ORGANIZATION && p.index < BANKS.length;
  if (joint) {
    // Jointly liable debtors (liên đới) share one obligation per creditor; it is recorded on the first debtor.
    for (const creditor of creditors) {
      const due = payMoneyAmount(rng, type, isBank(creditor));
      drafts.push({ kind: K.PAY_MONEY, debtor: debtors[0]!, coDebtors: debtors.slice(1), creditor, joint: true, due, subject });
      for (const d of debtors) owedBy.set(d, (owedBy.get(d) ?? 0n) + due / BigInt(debtors.length));
    }
  } else {
    debtors.forEach((debtor, k) => {
      const creditor = creditors[k % creditors.length]!;
      const due = payMoneyAmount(rng, type, isBank(creditor));
      drafts.push({ kind: K.PAY_MONEY, debtor, coDebtors: [], creditor, joint: false, due, subject });
      owedBy.set(debtor, (owedBy.get(debtor) ?? 0n) + due);
    });
  }
  if ((type === T.CIVIL || type === T.FAMILY) && rng.bool(0.06)) {
    drafts.push({ kind: K.HAND_OVER_PROPERTY, debtor: debtors[0]!, coDebtors: [], creditor: creditors[0]!, joint: false, due: null, subject: rng.int(0, 1) });
  }
  if (rng.bool(0.85)) {
    for (const debtor of debtors) {
      drafts.push({ kind: K.COURT_FEE, debtor, coDebtors: [], creditor: null, joint: false, due: courtFee(owedBy.get(debtor) ?? 0n, type), subject: 0 });
    }
  }
  if (type === T.CRIMINAL && rng.bool(0.55)) {
    const confiscation = rng.bool(0.3);
    for (const debtor of debtors) {
      const due = confiscation
        ? rng.logNormalBigInt(60e6, 1.2, { min: 5e6, max: 20e9, step: 1000 })
        : rng.logNormalBigInt(20e6, 0.9, { min: 5e6, max: 2e9, step: 1_000_000 });
      drafts.push({ kind: K.FINE, debtor, coDebtors: [], creditor: null, joint: false, due, subject: confiscation ? 1 : 0 });
    }
  }
  const obligations: { -readonly [K in keyof ObligationPlan]: ObligationPlan[K] }[] = drafts.map((d, i) => ({
    ...d,
    position: i + 1,
    paid: d.due === null ? 0n : paidAmount(rng, d.due, d.kind, status),
  }));
  // The payment that meets the last money obligation completes a case: an open case always owes something.
  const money = obligations.filter((o) => o.due !== null);
  if (status !== S.COMPLETED && money.every((o) => o.paid === o.due)) {
    const main = money[0]!;
    const half = roundThousand(main.due! / 2n);
    main.paid = status === S.RECEIVED || half >= main.due! ? 0n : half;
  }
  return obligations;
}

const PAYMENT_SPLITS = new Weighted<number>([[1, 70], [2, 20], [3, 10]]);
/** Under coercion money mostly comes from deducted accounts and sold property. */
const COERCED_PAYMENT_METHODS = new Weighted<PaymentMethod>([['DEDUCTION', 50], ['SALE_PROCEEDS', 25], ['VOLUNTARY', 20], ['OTHER', 5]]);

/**
 * Payments behind the amounts paid: one to three instalments per obligation, received between the enforcement
 * decision and the end of the case (the last one on the day of completion), by the means the stage allows.
 */
function drawPayments(rng: Rng, obligations: readonly ObligationPlan[], steps: readonly StepPlan[], status: S): PaymentPlan[] {
  const decision = steps.find((s) => s.to === S.DECISION_ISSUED);
  if (!decision) return [];
  const last = steps[steps.length - 1]!;
  const closed = status === S.COMPLETED || status === S.TERMINATED;
  const end = closed ? last.day : LAST_EVENT_DAY;
  const coercion = steps.find((s) => s.to === S.COERCIVE_MEASURES);
  const payments: { -readonly [K in keyof PaymentPlan]: PaymentPlan[K] }[] = [];
  for (const o of obligations) {
    if (o.paid <= 0n) continue;
    const parts = o.paid < 2_000_000n ? 1 : PAYMENT_SPLITS.sample(rng);
    let left = o.paid;
    // Receipts and bank transfers are booked on working days.
    const days = Array.from({ length: parts }, () => workingDayOnOrBefore(rng.int(decision.day, end))).sort((a, b) => a - b);
    for (let k = 0; k < parts; k++) {
      // Amounts stay far below 2^53, so this share is exact in floating point before it becomes a bigint again.
      const amount = k === parts - 1 ? left : BigInt(Math.round((Number(o.paid) * rng.int(20, 60)) / 100 / (parts - k) / 1000) * 1000);
      if (amount <= 0n || amount > left) continue;
      left -= amount;
      const day = days[k]!;
      const coerced = coercion !== undefined && day >= coercion.day;
      const method: PaymentMethod = coerced ? COERCED_PAYMENT_METHODS.sample(rng) : 'VOLUNTARY';
      payments.push({
        n: 0, // numbered once sorted by time
        obligation: o,
        amount,
        day,
        minute: rng.int(480, 1020),
        method,
        reference: method === 'DEDUCTION' ? `UNC ${rng.int(100000, 999999)}` : method === 'OTHER' ? null : `BL ${String(rng.int(1, 9_999_999)).padStart(7, '0')}`,
      });
    }
  }
  payments.sort((a, b) => a.day - b.day || a.minute - b.minute || a.obligation.position - b.obligation.position);
  if (status === S.COMPLETED && payments.length) {
    // The last payment met the last obligation, and completed the case that day.
    const final = payments[payments.length - 1]!;
    final.day = last.day;
    final.minute = Math.max(480, last.minute - rng.int(5, 60));
  }
  payments.forEach((p, i) => (p.n = i + 1));
  return payments;
}

// ---------------------------------------------------------------------------------------------------------------
// The path through the stages

interface Move {
  readonly to: S | 'RESUME';
  /** Day of the step, from the day of the previous one. */
  readonly after: (rng: Rng, day: number) => number;
}

const wd = (min: number, max: number) => (rng: Rng, day: number) => addWorkingDays(day, rng.int(min, max));
const days = (min: number, max: number) => (rng: Rng, day: number) => addWorkingDays(day + rng.int(min, max), 0);
const logDays = (median: number, sigma: number, min: number, max: number) => (rng: Rng, day: number) =>
  addWorkingDays(day + Number(rng.logNormalBigInt(median, sigma, { min, max })), 0);

/** What may follow each stage, with weights; a null move means the case stays where it is. */
const MOVES: Readonly<Partial<Record<S, Weighted<Move | null>>>> = {
  [S.RECEIVED]: new Weighted<Move | null>([
    [{ to: S.DECISION_ISSUED, after: wd(1, 5) }, 93],
    [{ to: S.DECISION_ISSUED, after: wd(6, 15) }, 7], // late: the statutory 5 working days are missed
  ]),
  [S.DECISION_ISSUED]: new Weighted<Move | null>([
    [{ to: S.PARTIES_NOTIFIED, after: wd(1, 3) }, 97],
    [{ to: S.POSTPONED, after: wd(2, 20) }, 3],
  ]),
  [S.PARTIES_NOTIFIED]: new Weighted<Move | null>([[{ to: S.VOLUNTARY_COMPLIANCE, after: wd(0, 4) }, 1]]),
  [S.VOLUNTARY_COMPLIANCE]: new Weighted<Move | null>([
    [{ to: S.VERIFICATION, after: (rng, day) => addWorkingDays(day + 10, rng.int(1, 5)) }, 71],
    [{ to: S.COMPLETED, after: days(1, 10) }, 24],
    [{ to: S.POSTPONED, after: days(2, 10) }, 3],
    [{ to: S.TERMINATED, after: days(2, 10) }, 2],
  ]),
  [S.VERIFICATION]: new Weighted<Move | null>([
    [{ to: S.COERCIVE_MEASURES, after: wd(5, 30) }, 40],
    [{ to: S.NO_CONDITIONS, after: wd(10, 45) }, 30],
    [{ to: S.COMPLETED, after: wd(5, 60) }, 14],
    [{ to: S.POSTPONED, after: wd(5, 40) }, 5],
    [{ to: S.SUSPENDED, after: wd(5, 40) }, 4],
    [{ to: S.TERMINATED, after: wd(10, 90) }, 5],
  ]),
  [S.COERCIVE_MEASURES]: new Weighted<Move | null>([
    [{ to: S.COMPLETED, after: logDays(120, 0.8, 15, 1200) }, 55],
    [{ to: S.NO_CONDITIONS, after: logDays(200, 0.7, 30, 1200) }, 14],
    [{ to: S.SUSPENDED, after: logDays(150, 0.8, 20, 900) }, 5],
    [{ to: S.TERMINATED, after: logDays(200, 0.8, 20, 1200) }, 4],
    [{ to: S.POSTPONED, after: logDays(90, 0.8, 10, 600) }, 5],
    [null, 17], // drawn-out coercion: sales that do not find a buyer, debtors who keep out of reach
  ]),
  [S.NO_CONDITIONS]: new Weighted<Move | null>([
    [{ to: S.VERIFICATION, after: days(180, 400) }, 18], // periodic re-verification
    [{ to: S.TERMINATED, after: days(365, 1000) }, 3],
    [null, 79],
  ]),
  [S.POSTPONED]: new Weighted<Move | null>([
    [{ to: 'RESUME', after: days(20, 180) }, 55],
    [{ to: S.TERMINATED, after: days(30, 365) }, 10],
    [null, 35],
  ]),
  [S.SUSPENDED]: new Weighted<Move | null>([
    [{ to: 'RESUME', after: days(60, 360) }, 40],
    [{ to: S.TERMINATED, after: days(90, 500) }, 20],
    [null, 40],
  ]),
};

const MAX_STEPS = 16;

const REASONS: Readonly<Partial<Record<S, readonly string[]>>> = {
  [S.NO_CONDITIONS]: [
    'Người phải thi hành án không có thu nhập, tài sản để thi hành án',
    'Không xác định được nơi cư trú và tài sản của người phải thi hành án',
    'Tài sản của người phải thi hành án không đủ để thanh toán chi phí cưỡng chế',
  ],
  [S.POSTPONED]: [
    'Người phải thi hành án ốm nặng, có xác nhận của cơ sở y tế',
    'Có văn bản yêu cầu hoãn thi hành án của người có thẩm quyền kháng nghị',
    'Người được thi hành án đồng ý cho người phải thi hành án hoãn thi hành án',
  ],
  [S.SUSPENDED]: [
    'Tòa án thụ lý đơn yêu cầu mở thủ tục phá sản đối với người phải thi hành án',
    'Có quyết định tạm đình chỉ thi hành bản án để xem xét theo thủ tục giám đốc thẩm',
  ],
  [S.TERMINATED]: [
    'Người được thi hành án có văn bản từ bỏ quyền thi hành án',
    'Người phải thi hành án chết không để lại di sản',
    'Bản án bị hủy theo quyết định giám đốc thẩm',
    'Các đương sự thỏa thuận được với nhau về việc thi hành án',
  ],
};

function reasonFor(rng: Rng, from: S | null, to: S, occurrence: number, initiation: Initiation): string | null {
  switch (to) {
    case S.RECEIVED:
      return initiation === Initiation.EX_OFFICIO
        ? 'Tòa án chuyển giao Bản án số {judgment} để chủ động thi hành án'
        : 'Nhận đơn yêu cầu thi hành án kèm Bản án số {judgment}';
    case S.DECISION_ISSUED:
      return from === S.RECEIVED ? 'Ra Quyết định thi hành án số {decision}' : 'Căn cứ hoãn không còn; tiếp tục thi hành án';
    case S.PARTIES_NOTIFIED:
      return 'Đã gửi thông báo thi hành án cho các đương sự';
    case S.VOLUNTARY_COMPLIANCE:
      return 'Đương sự đã nhận thông báo; bắt đầu thời hạn 10 ngày tự nguyện thi hành án';
    case S.VERIFICATION:
      if (from === S.POSTPONED || from === S.SUSPENDED) return 'Căn cứ hoãn, tạm đình chỉ không còn; tiếp tục thi hành án';
      return occurrence > 1 || from === S.NO_CONDITIONS
        ? 'Xác minh lại điều kiện thi hành án theo định kỳ'
        : 'Hết thời hạn tự nguyện, người phải thi hành án chưa thi hành; xác minh điều kiện thi hành án';
    case S.COERCIVE_MEASURES:
      if (from === S.POSTPONED || from === S.SUSPENDED) return 'Căn cứ hoãn, tạm đình chỉ không còn; tiếp tục cưỡng chế thi hành án';
      return 'Người phải thi hành án có điều kiện nhưng không tự nguyện thi hành; áp dụng biện pháp cưỡng chế';
    case S.COMPLETED:
      if (from === S.VOLUNTARY_COMPLIANCE) return 'Người phải thi hành án đã tự nguyện thi hành xong';
      if (from === S.COERCIVE_MEASURES) return 'Đã thu đủ tiền qua khấu trừ tài khoản và xử lý tài sản; thi hành xong';
      return 'Người phải thi hành án đã nộp đủ tiền thi hành án';
    default: {
      const options = REASONS[to];
      return options ? rng.pick(options) : null;
    }
  }
}

function drawSteps(rng: Rng, receivedDay: number, initiation: Initiation, officer: OfficerPlan, head: OfficerPlan): StepPlan[] {
  const steps: StepPlan[] = [];
  const seen = new Map<S, number>();
  const push = (to: S, day: number) => {
    const prev = steps[steps.length - 1];
    let minute = to === S.RECEIVED ? rng.int(450, 690) : rng.int(480, 1020);
    if (prev && prev.day === day && minute <= prev.minute) minute = prev.minute + rng.int(5, 30);
    const occurrence = (seen.get(to) ?? 0) + 1;
    seen.set(to, occurrence);
    const actor =
      to === S.RECEIVED
        ? initiation === Initiation.EX_OFFICIO ? 'system' : `staff:${officer.localPart}`
        : to === S.DECISION_ISSUED && prev?.to !== S.POSTPONED && prev?.to !== S.SUSPENDED
          ? `staff:${head.localPart}`
          : to === S.VOLUNTARY_COMPLIANCE
            ? 'system'
            : `staff:${officer.localPart}`;
    steps.push({
      sequence: steps.length + 1,
      from: prev?.to ?? null,
      to,
      day,
      minute,
      actor,
      reason: reasonFor(rng, prev?.to ?? null, to, occurrence, initiation),
      occurrence,
    });
  };
  push(S.RECEIVED, receivedDay);
  let resumeTo: S = S.RECEIVED;
  while (steps.length < MAX_STEPS) {
    const current = steps[steps.length - 1]!;
    const move = MOVES[current.to]?.sample(rng);
    if (!move) break;
    const day = move.after(rng, current.day);
    if (day > LAST_EVENT_DAY) break; // not yet: the reference date comes first
    if (move.to === S.POSTPONED || move.to === S.SUSPENDED) resumeTo = current.to;
    push(move.to === 'RESUME' ? resumeTo : move.to, day);
  }
  return steps;
}

// ---------------------------------------------------------------------------------------------------------------

export function planCase(ctx: BaseContext, index: number): CasePlan {
  const rng = entityRng(ctx.seed, 'case', index);
  const provinceIndex = CASE_PROVINCES.sample(rng);
  const agency = ctx.staff.agencies[provinceIndex]!;
  const caseType = CASE_TYPE_MIX.sample(rng);
  const initiation = rng.bool(EX_OFFICIO_SHARE[caseType]) ? Initiation.EX_OFFICIO : Initiation.ON_REQUEST;
  const officer = rng.pick(ctx.staff.assignable[provinceIndex]![CASE_TYPE_INDEX.get(caseType)!]!);
  const head = rng.pick(ctx.staff.heads[provinceIndex]!);

  // The judgment: mostly from a court of the agency's province; sometimes another agency delegated it (ủy thác).
  const level: CourtLevelSuffix = rng.bool(0.22) ? 'PT' : 'ST';
  const courtProvince = rng.bool(0.9) ? provinceIndex : CASE_PROVINCES.sample(rng);
  const courts = COURTS_BY_PROVINCE[courtProvince]!;
  const court = level === 'PT' ? courts[0]! : courts[rng.int(1, courts.length - 1)]!;
  const receivedDay = RECEIPT_DAYS.sample(rng);
  // Courts hand over ex officio judgments within weeks; creditors file requests after the appeal period, often later.
  const lag = initiation === Initiation.EX_OFFICIO ? rng.int(15, 60) : 15 + Number(rng.logNormalBigInt(70, 0.9, { max: 1200 }));
  const judgmentDay = workingDayOnOrBefore(receivedDay - lag);

  const parties = drawParties(entityRng(ctx.seed, 'case-parties', index), ctx, index, caseType, provinceIndex);
  const steps = drawSteps(entityRng(ctx.seed, 'case-steps', index), receivedDay, initiation, officer, head);
  const status = steps[steps.length - 1]!.to;
  const obligations = drawObligations(entityRng(ctx.seed, 'case-obligations', index), caseType, parties, status);
  let amountDue = 0n;
  let amountCollected = 0n;
  for (const o of obligations) {
    if (o.due !== null) amountDue += o.due;
    amountCollected += o.paid;
  }
  const decision = steps.find((s) => s.to === S.DECISION_ISSUED);
  const last = steps[steps.length - 1]!;
  const paused = status === S.POSTPONED || status === S.SUSPENDED;
  const delivered = steps.find((s) => s.to === S.VOLUNTARY_COMPLIANCE);
  // A finding of no conditions is published on the national enforcement website within days of the decision.
  const publishedDay = status === S.NO_CONDITIONS ? addWorkingDays(last.day, entityRng(ctx.seed, 'case-published', index).int(1, 5)) : null;
  const payments = drawPayments(entityRng(ctx.seed, 'case-payments', index), obligations, steps, status);
  return {
    index,
    id: ctx.ids.enforcementCase(index),
    agency,
    officer,
    head,
    caseType,
    initiation,
    court,
    level,
    judgmentDay,
    receivedDay,
    decisionDay: decision ? decision.day : null,
    parties,
    creditors: parties.filter((p) => p.role === PartyRole.CREDITOR),
    debtors: parties.filter((p) => p.role === PartyRole.DEBTOR),
    obligations,
    steps,
    status,
    amountDue,
    amountCollected,
    subject: obligations[0]!.subject,
    statusBeforePause: paused ? last.from : null,
    noticeDeliveredDay: delivered ? delivered.day : null,
    publishedDay: publishedDay !== null && publishedDay <= LAST_EVENT_DAY ? publishedDay : null,
    payments,
  };
}


/** Days on which the case had the status `status`: from its step to the next step (or the reference date). */
export function stageWindow(plan: CasePlan, step: StepPlan): [number, number] {
  const next = plan.steps[step.sequence];
  return [step.day, next ? next.day : LAST_EVENT_DAY];
}
