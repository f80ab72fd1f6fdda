// What every generator shares: the options, the ids, the agencies and their staff, and small per-index facts about
// the population (where each person lives, age and gender) that let cases pick realistic parties. These are typed
// arrays of a few bytes per person, never rows.
import { BANKS } from '../../shared/vn/banks';
import { PROVINCES } from '../../shared/vn/provinces';
import { headOfficeProvince } from './bank-market';
import { PROVINCE_INDEX } from './geography';
import { SeedIds } from './ids';
import { MAX_ORGANIZATIONS, MAX_PERSONS, makeOrganization, makePerson } from './people';
import { entityRng } from './seed-rng';
import { buildStaff, type Staff } from './staff';

export interface SeedOptions {
  seed: string;
  persons: number;
  cases: number;
}

export interface Sizes {
  readonly persons: number;
  readonly organizations: number;
  readonly cases: number;
}

/** Reference year of the population register: ages are counted at its start. */
export const PERSON_REFERENCE_YEAR = 2026;
/** Largest number of cases: keeps a province's 6-digit yearly case sequence far from overflowing. */
export const MAX_CASES = 2_000_000;
/** A case names up to five parties; ask for at least two persons per case so parties are not all repeat litigants. */
export const PERSONS_PER_CASE = 2;
/** The first organizations are the banks themselves, creditors in credit disputes. */
export const BANK_ORGANIZATIONS = BANKS.length;

export function organizationCount(persons: number): number {
  return Math.max(50, Math.floor(persons / 20));
}

/** Problems with the options, in words for a command line; empty when they are usable. */
export function validateSeedOptions(options: SeedOptions): string[] {
  const problems: string[] = [];
  if (typeof options.seed !== 'string' || options.seed.length === 0) problems.push('--seed must be a non-empty string');
  for (const key of ['persons', 'cases'] as const) {
    const v = options[key];
    if (!Number.isSafeInteger(v) || v <= 0) problems.push(`--${key} must be a positive integer (got ${v})`);
  }
  if (problems.length) return problems;
  if (options.persons > MAX_PERSONS) problems.push(`--persons can be at most ${MAX_PERSONS} (national IDs are unique by index up to there)`);
  if (options.cases > MAX_CASES) problems.push(`--cases can be at most ${MAX_CASES}`);
  if (options.persons < PERSONS_PER_CASE * options.cases) {
    problems.push(
      `--cases ${options.cases} needs at least ${PERSONS_PER_CASE * options.cases} persons (${PERSONS_PER_CASE} per case); ` +
        `got --persons ${options.persons}`,
    );
  }
  if (organizationCount(options.persons) > MAX_ORGANIZATIONS) problems.push('too many organizations');
  return problems;
}

/** Index lists grouped by province, in compressed form: members of province p are list[start[p]..start[p+1]). */
export interface ProvinceIndex {
  readonly start: Int32Array;
  readonly list: Int32Array;
}

function groupByProvince(count: number, provinceOf: Uint8Array, include: (i: number) => boolean): ProvinceIndex {
  const start = new Int32Array(PROVINCES.length + 1);
  for (let i = 0; i < count; i++) if (include(i)) start[provinceOf[i]! + 1]!++;
  for (let p = 0; p < PROVINCES.length; p++) start[p + 1]! += start[p]!;
  const fill = start.slice(0, PROVINCES.length);
  const list = new Int32Array(start[PROVINCES.length]!);
  for (let i = 0; i < count; i++) if (include(i)) list[fill[provinceOf[i]!]!++] = i;
  return { start, list };
}

export interface BaseContext {
  readonly seed: string;
  readonly sizes: Sizes;
  readonly ids: SeedIds;
  readonly staff: Staff;
  /** Province index (in PROVINCES) of each person's current address. */
  readonly personProvince: Uint8Array;
  /** Birth year of each person. */
  readonly personBirthYear: Uint16Array;
  /** 1 for men, 0 for women. */
  readonly personMale: Uint8Array;
  /** Index of each person's current ward in its province's ward list. */
  readonly personWard: Uint8Array;
  /** Adults (18+) by province of residence: the people who can be parties to a civil judgment. */
  readonly adultsByProvince: ProvinceIndex;
  /** Province index of each organization's address. */
  readonly organizationProvince: Uint8Array;
  /** Organizations other than the banks, by province. */
  readonly companiesByProvince: ProvinceIndex;
}

export function personRng(seed: string, index: number) {
  return entityRng(seed, 'person', index);
}
export function organizationRng(seed: string, index: number) {
  return entityRng(seed, 'organization', index);
}

export function generatePerson(seed: string, index: number) {
  return makePerson(personRng(seed, index), index, { referenceYear: PERSON_REFERENCE_YEAR });
}
export function generateOrganization(seed: string, index: number) {
  return makeOrganization(organizationRng(seed, index), index);
}

export function buildBaseContext(options: SeedOptions): BaseContext {
  const problems = validateSeedOptions(options);
  if (problems.length) throw new RangeError(problems.join('; '));
  const sizes: Sizes = { persons: options.persons, organizations: organizationCount(options.persons), cases: options.cases };
  const ids = new SeedIds(options.seed);

  const personProvince = new Uint8Array(sizes.persons);
  const personBirthYear = new Uint16Array(sizes.persons);
  const personMale = new Uint8Array(sizes.persons);
  const personWard = new Uint8Array(sizes.persons);
  for (let i = 0; i < sizes.persons; i++) {
    const p = generatePerson(options.seed, i);
    const province = PROVINCE_INDEX.get(p.currentAddress.provinceCode)!;
    personProvince[i] = province;
    personWard[i] = Math.max(0, PROVINCES[province]!.wards.indexOf(p.currentAddress.ward));
    personBirthYear[i] = Number(p.dateOfBirth.slice(0, 4));
    personMale[i] = p.gender === 'MALE' ? 1 : 0;
  }
  const adultBorn = PERSON_REFERENCE_YEAR - 18;
  const adultsByProvince = groupByProvince(sizes.persons, personProvince, (i) => personBirthYear[i]! < adultBorn);

  const organizationProvince = new Uint8Array(sizes.organizations);
  for (let i = 0; i < sizes.organizations; i++) {
    const code = i < BANK_ORGANIZATIONS ? headOfficeProvince(BANKS[i]!) : generateOrganization(options.seed, i).address.provinceCode;
    organizationProvince[i] = PROVINCE_INDEX.get(code)!;
  }
  const companiesByProvince = groupByProvince(sizes.organizations, organizationProvince, (i) => i >= BANK_ORGANIZATIONS);

  return {
    seed: options.seed,
    sizes,
    ids,
    staff: buildStaff(options.seed, ids, sizes.cases),
    personProvince,
    personBirthYear,
    personMale,
    personWard,
    adultsByProvince,
    organizationProvince,
    companiesByProvince,
  };
}
