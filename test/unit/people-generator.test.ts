import {
  MAX_PERSONS,
  makeOrganization,
  makePerson,
  type Address,
  type GeneratedPerson,
} from '../../scripts/seed/people';
import { Weighted, createRng } from '../../scripts/seed/random';
import { validateNationalId, validateOldIdCard } from '../../shared/vn/national-id';
import { normalizeForSearch } from '../../shared/vn/normalize-name';
import { findProvince } from '../../shared/vn/provinces';
import { validateTaxCode } from '../../shared/vn/tax-code';

function people(seed: string, count: number, from = 0): GeneratedPerson[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, i) => makePerson(rng, from + i));
}

// Loops check with plain conditions and assert once at the end: a jest expect() per item would dominate the run time.
function addressProblem(a: Address): string | null {
  const province = findProvince(a.provinceCode);
  if (!province) return `unknown province ${a.provinceCode}`;
  if (!province.wards.includes(a.ward)) return `${a.ward} is not in ${province.name}`;
  if (a.street.length < 3 || a.street !== a.street.normalize('NFC')) return `bad street ${JSON.stringify(a.street)}`;
  return null;
}

describe('random', () => {
  it('repeats exactly for the same seed and differs for another', () => {
    const a = createRng('seed');
    const b = createRng('seed');
    const c = createRng('other seed');
    const xs = Array.from({ length: 100 }, () => a.uint32());
    expect(Array.from({ length: 100 }, () => b.uint32())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c.uint32())).not.toEqual(xs);
  });

  it('keeps int() within bounds and reaches both ends', () => {
    const rng = createRng('int');
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) seen.add(rng.int(-2, 2));
    expect([...seen].sort((x, y) => x - y)).toEqual([-2, -1, 0, 1, 2]);
  });

  it('samples weights in proportion', () => {
    const rng = createRng('weights');
    const table = new Weighted<string>([['a', 1], ['b', 3], ['never', 0]]);
    const counts: Record<string, number> = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 40_000; i++) counts[rng.weighted(table)]!++;
    expect(counts['never']).toBe(0);
    const b = counts['b']!;
    expect(b / 40_000).toBeGreaterThan(0.73);
    expect(b / 40_000).toBeLessThan(0.77);
  });

  it('draws bounded log-normal money as exact bigint multiples of the step', () => {
    const rng = createRng('money');
    const bad: bigint[] = [];
    let above = 0;
    for (let i = 0; i < 5_000; i++) {
      const v = rng.logNormalBigInt(50_000_000, 1.5, { min: 1_000_000, max: 500_000_000_000, step: 1_000 });
      if (typeof v !== 'bigint' || v % 1_000n !== 0n || v < 1_000_000n || v > 500_000_000_000n) bad.push(v);
      if (v > 50_000_000n) above++;
    }
    expect(bad).toEqual([]);
    // The median is the median.
    expect(above / 5_000).toBeGreaterThan(0.45);
    expect(above / 5_000).toBeLessThan(0.55);
  });
});

describe('makePerson', () => {
  it('is deterministic: same seed, same people', () => {
    expect(people('determinism', 500)).toEqual(people('determinism', 500));
    expect(people('determinism', 50)).not.toEqual(people('another seed', 50));
  });

  it('produces IDs that validate and agree with date of birth, gender and birth province', () => {
    const bad: GeneratedPerson[] = [];
    for (const p of people('consistency', 20_000)) {
      const r = validateNationalId(p.nationalId, { dateOfBirth: p.dateOfBirth, gender: p.gender });
      const idOk = r.ok && r.provinceCode === p.birthProvinceCode && r.gender === p.gender;
      const cmndOk =
        p.oldIdNumber === null || (validateOldIdCard(p.oldIdNumber).ok && Number(p.dateOfBirth.slice(0, 4)) < 1995);
      if (!idOk || !cmndOk) bad.push(p);
    }
    expect(bad).toEqual([]);
  });

  it('never repeats a national ID or CMND number over 200,000 people', () => {
    const rng = createRng('uniqueness');
    const ids = new Set<string>();
    const cmnds = new Set<string>();
    let withCmnd = 0;
    for (let i = 0; i < 200_000; i++) {
      const p = makePerson(rng, i);
      ids.add(p.nationalId);
      if (p.oldIdNumber !== null) {
        withCmnd++;
        cmnds.add(p.oldIdNumber);
      }
    }
    expect(ids.size).toBe(200_000);
    expect(cmnds.size).toBe(withCmnd);
    expect(withCmnd).toBeGreaterThan(50_000);
  });

  it('writes names in NFC with a family name, middle name(s) and a given name', () => {
    const bad = people('names', 5_000)
      .map((p) => p.fullName)
      .filter(
        (name) =>
          name !== name.normalize('NFC') ||
          !/^\S+( \S+){2,3}$/.test(name) ||
          !/^[a-z]+( [a-z]+){2,3}$/.test(normalizeForSearch(name)),
      );
    expect(bad).toEqual([]);
  });

  it('draws family names at realistic frequencies', () => {
    const sample = people('family names', 20_000);
    const share = (name: string) => sample.filter((p) => p.fullName.startsWith(`${name} `)).length / sample.length;
    expect(share('Nguyễn')).toBeGreaterThan(0.35);
    expect(share('Nguyễn')).toBeLessThan(0.42);
    expect(share('Trần')).toBeGreaterThan(0.1);
    expect(share('Lê')).toBeGreaterThan(0.08);
    expect(share('Trần')).toBeLessThan(share('Nguyễn'));
  });

  it('uses Văn for men and Thị for women, never the other way round', () => {
    const bad = people('middle names', 5_000).filter((p) => {
      const middle = p.fullName.split(' ').slice(1, -1);
      return middle.includes(p.gender === 'MALE' ? 'Thị' : 'Văn');
    });
    expect(bad).toEqual([]);
  });

  it('makes mostly adults 18–85 with real calendar dates', () => {
    const sample = people('ages', 10_000);
    let adults = 0;
    const bad: string[] = [];
    for (const p of sample) {
      // validateNationalId rejects impossible dates such as 1987-02-29.
      if (!validateNationalId(p.nationalId, { dateOfBirth: p.dateOfBirth }).ok) bad.push(p.dateOfBirth);
      // Ages are counted on 1 January 2026.
      const age = 2025 - Number(p.dateOfBirth.slice(0, 4));
      if (age >= 18 && age <= 85) adults++;
    }
    expect(bad).toEqual([]);
    expect(adults / sample.length).toBeGreaterThan(0.95);
  });

  it('gives addresses in the 34 provinces with real wards, and Vietnamese mobile numbers', () => {
    let moved = 0;
    const bad: string[] = [];
    for (const p of people('addresses', 5_000)) {
      const problem = addressProblem(p.permanentAddress) ?? addressProblem(p.currentAddress);
      if (problem) bad.push(problem);
      if (!/^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\d{7}$/.test(p.phone)) bad.push(`bad phone ${p.phone}`);
      if (p.currentAddress.provinceCode !== p.permanentAddress.provinceCode) moved++;
    }
    expect(bad).toEqual([]);
    // Usually the same province, sometimes not.
    expect(moved).toBeGreaterThan(250);
    expect(moved).toBeLessThan(1_500);
  });

  it('refuses an index it cannot keep unique', () => {
    const rng = createRng('bounds');
    expect(() => makePerson(rng, MAX_PERSONS)).toThrow(RangeError);
    expect(() => makePerson(rng, -1)).toThrow(RangeError);
    expect(() => makePerson(rng, 1.5)).toThrow(RangeError);
    expect(makePerson(rng, MAX_PERSONS - 1).nationalId).toMatch(/^\d{12}$/);
  });

  it('is fast enough to seed a large register', () => {
    const rng = createRng('speed');
    const start = process.hrtime.bigint();
    for (let i = 0; i < 50_000; i++) makePerson(rng, i);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    // A guard against accidental quadratic work, not a benchmark: plain Node does 1,000,000 in about 2.5 s, but jest's
    // sandbox makes every global lookup slower (~0.9 s for these 50,000), so the bound is loose to avoid flaking.
    expect(ms).toBeLessThan(5_000);
  });
});

describe('makeOrganization', () => {
  it('is deterministic', () => {
    const a = createRng('orgs');
    const b = createRng('orgs');
    for (let i = 0; i < 200; i++) expect(makeOrganization(a, i)).toEqual(makeOrganization(b, i));
  });

  it('gives valid, unique tax codes, realistic names and addresses', () => {
    const rng = createRng('orgs');
    const codes = new Set<string>();
    const bases = new Set<string>();
    let branches = 0;
    const bad: string[] = [];
    const form = /^(Công ty TNHH|Công ty Cổ phần|Công ty TNHH Một thành viên|Doanh nghiệp tư nhân|Hợp tác xã) \S/;
    for (let i = 0; i < 50_000; i++) {
      const org = makeOrganization(rng, i);
      const r = validateTaxCode(org.taxCode);
      if (!r.ok || r.value !== org.taxCode) bad.push(`tax code ${org.taxCode}`);
      else {
        bases.add(r.base);
        if (r.branch !== null) branches++;
      }
      codes.add(org.taxCode);
      if (!form.test(org.name) || org.name !== org.name.normalize('NFC')) bad.push(`name ${org.name}`);
      const problem = addressProblem(org.address);
      if (problem) bad.push(problem);
    }
    expect(bad).toEqual([]);
    expect(codes.size).toBe(50_000);
    expect(bases.size).toBe(50_000);
    expect(branches).toBeGreaterThan(0);
  });
});
