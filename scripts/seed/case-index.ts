// One pass over every case, before any row is written, to learn what other tables need from the cases as a whole:
// who is a debtor (they get accounts and land), which accounts a freeze order holds (they show as FROZEN), which
// courts appear (they become partners), and the numbering that depends on the order of many cases: case numbers per
// province and year, judgment numbers per court, year and type, and decision numbers in each agency's yearly
// register. All of it is kept in typed arrays of a few bytes per entity.
import { PartyType } from '../../subgraphs/cases/entities/enums';
import { HOLDING_STATUSES, MAX_ACCOUNTS, accountSlot, planCaseAssets } from './asset-plan';
import { dayOf, yearOf } from './calendar';
import { planCase } from './case-plan';
import type { BaseContext } from './context';
import { planDocuments } from './document-plan';
import { COURTS } from './geography';
import { CASE_TYPE_INDEX } from './staff';

export interface SeedContext extends BaseContext {
  /** 1 when the person is a debtor in some case. */
  readonly personDebtor: Uint8Array;
  readonly organizationDebtor: Uint8Array;
  /** 1 when a freeze order holds money on the account (see accountSlot). */
  readonly accountHeld: Uint8Array;
  /** 1 for courts whose judgments some case enforces. */
  readonly courtUsed: Uint8Array;
  /** Sequence of each case among its province's cases of the year it was received. */
  readonly caseSequence: Int32Array;
  /** Number of each case's judgment in its court's register for the year and judgment type. */
  readonly judgmentSequence: Int32Array;
  /** Numbers of a case's registered decisions are registerNumber[registerStart[case] + k], in document-plan order. */
  readonly registerStart: Int32Array;
  readonly registerNumber: Int32Array;
}

const YEAR_BASE = 2018;
const DAY_BASE = dayOf(`${YEAR_BASE}-01-01`);
const DAY_SPAN = 4096; // days from DAY_BASE representable in a sort key (to 2029)

class GrowableInt32 {
  private data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** A small deterministic hash of an integer (murmur3's finalizer), for gaps in register numbers. */
function mix(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function seedHash(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Numbers items in order of (group, day, item) within each group, starting at 1 and growing by 1..maxGap: registers
 * count more entries than the dataset holds (other courts' judgments, other decisions), so numbers are not dense.
 */
function numberWithinGroups(groups: Int32Array, days: Int32Array, maxGap: number, salt: number): Int32Array {
  const n = groups.length;
  const itemBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const itemScale = 2 ** itemBits;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // The key must stay an exact integer in a double: (group, day, item) packed in under 53 bits.
    if ((groups[i]! + 1) * DAY_SPAN * itemScale > 2 ** 53) throw new RangeError('register key out of range');
    const dayOffset = days[i]! - DAY_BASE;
    if (dayOffset < 0 || dayOffset >= DAY_SPAN) throw new RangeError(`day ${days[i]} outside the register span`);
    keys[i] = (groups[i]! * DAY_SPAN + dayOffset) * itemScale + i;
  }
  keys.sort();
  const numbers = new Int32Array(n);
  let currentGroup = -1;
  let counter = 0;
  for (let k = 0; k < n; k++) {
    const key = keys[k]!;
    const item = key % itemScale;
    const group = Math.floor(Math.floor(key / itemScale) / DAY_SPAN);
    if (group !== currentGroup) {
      currentGroup = group;
      counter = 0;
    }
    counter += maxGap === 1 ? 1 : 1 + (mix(item ^ salt) % maxGap);
    numbers[item] = counter;
  }
  return numbers;
}

export function buildSeedContext(base: BaseContext): SeedContext {
  const { persons, organizations, cases } = base.sizes;
  const personDebtor = new Uint8Array(persons);
  const organizationDebtor = new Uint8Array(organizations);
  const accountHeld = new Uint8Array((persons + organizations) * MAX_ACCOUNTS);
  const courtUsed = new Uint8Array(COURTS.length);
  const caseGroup = new Int32Array(cases);
  const caseDay = new Int32Array(cases);
  const judgmentGroup = new Int32Array(cases);
  const judgmentDay = new Int32Array(cases);
  const registerStart = new Int32Array(cases + 1);
  const eventGroup = new GrowableInt32();
  const eventDay = new GrowableInt32();

  for (let i = 0; i < cases; i++) {
    const plan = planCase(base, i);
    for (const d of plan.debtors) (d.type === PartyType.PERSON ? personDebtor : organizationDebtor)[d.index] = 1;
    const assets = planCaseAssets(base, plan);
    for (const f of assets.freezes) if (HOLDING_STATUSES.has(f.status)) accountHeld[accountSlot(base, f.account.holder, f.account.n)] = 1;
    courtUsed[plan.court.index] = 1;
    caseGroup[i] = plan.agency.index * 16 + (yearOf(plan.receivedDay) - YEAR_BASE);
    caseDay[i] = plan.receivedDay;
    judgmentGroup[i] = (plan.court.index * 16 + (yearOf(plan.judgmentDay) - YEAR_BASE)) * 8 + CASE_TYPE_INDEX.get(plan.caseType)!;
    judgmentDay[i] = plan.judgmentDay;
    registerStart[i] = eventGroup.length;
    for (const doc of planDocuments(base, plan, assets)) {
      if (!doc.inRegister) continue;
      eventGroup.push(plan.agency.index * 16 + (yearOf(doc.day) - YEAR_BASE));
      eventDay.push(doc.day);
    }
  }
  registerStart[cases] = eventGroup.length;
  const salt = seedHash(base.seed);
  return {
    ...base,
    personDebtor,
    organizationDebtor,
    accountHeld,
    courtUsed,
    caseSequence: numberWithinGroups(caseGroup, caseDay, 1, salt),
    judgmentSequence: numberWithinGroups(judgmentGroup, judgmentDay, 6, salt),
    registerStart,
    registerNumber: numberWithinGroups(eventGroup.toArray(), eventDay.toArray(), 3, salt ^ 0x5bd1e995),
  };
}
