// The 34 provincial enforcement agencies and their staff. Staff numbers follow caseload (about one officer per 120
// cases), with at least a head and two officers everywhere, and every case type covered by someone in each agency.
import { CaseType, OfficerRole } from '../../subgraphs/cases/entities/enums';
import { agencyIdForProvince, agencyName } from '../../subgraphs/cases/agencies';
import { normalizeForSearch } from '../../shared/vn/normalize-name';
import { PROVINCES, type Province } from '../../shared/vn/provinces';
import { CASELOAD_WEIGHT, landline } from './geography';
import type { SeedIds } from './ids';
import { MAX_PERSONS, makePerson } from './people';
import { Weighted, type Rng } from './random';
import { entityRng } from './seed-rng';

export interface AgencyPlan {
  /** Same as the province's index in PROVINCES. */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly province: Province;
  readonly address: string;
  readonly phone: string;
}

export interface OfficerPlan {
  readonly index: number;
  readonly id: string;
  readonly agencyIndex: number;
  readonly fullName: string;
  readonly title: string;
  readonly role: OfficerRole;
  /** Local part of the e-mail address, also the staff subject in history entries ("staff:<localPart>"). */
  readonly localPart: string;
  readonly email: string;
  readonly active: boolean;
  readonly caseTypes: readonly CaseType[];
}

export interface Staff {
  readonly agencies: readonly AgencyPlan[];
  readonly officers: readonly OfficerPlan[];
  /** Heads and deputy heads of each agency (who sign enforcement decisions). */
  readonly heads: readonly (readonly OfficerPlan[])[];
  /** Active officers of each agency who take cases of each type: [agency][case type index]. */
  readonly assignable: readonly (readonly (readonly OfficerPlan[])[])[];
}

export const CASE_TYPES: readonly CaseType[] = [
  CaseType.CIVIL, CaseType.FAMILY, CaseType.BUSINESS, CaseType.LABOUR, CaseType.CRIMINAL, CaseType.ADMINISTRATIVE,
];
export const CASE_TYPE_INDEX: ReadonlyMap<CaseType, number> = new Map(CASE_TYPES.map((t, i) => [t, i]));

export const EMAIL_DOMAIN = 'thads.moj.gov.vn';
const CASES_PER_OFFICER = 120;
const OFFICER_TITLES = new Weighted<string>([
  ['Chấp hành viên sơ cấp', 40], ['Chấp hành viên trung cấp', 45], ['Chấp hành viên cao cấp', 15],
]);
const OFFICE_STREETS = [
  'Trần Phú', 'Lê Lợi', 'Hùng Vương', 'Nguyễn Trãi', 'Lê Duẩn', 'Quang Trung', 'Trần Hưng Đạo', 'Hai Bà Trưng',
  'Nguyễn Huệ', 'Lý Thường Kiệt', 'Phan Đình Phùng', 'Nguyễn Văn Cừ',
];

function staffCount(cases: number): number[] {
  const total = Math.max(1, Math.round(cases / CASES_PER_OFFICER));
  const weightSum = CASELOAD_WEIGHT.reduce((a, b) => a + b, 0);
  return CASELOAD_WEIGHT.map((w) => Math.max(3, Math.round((total * w) / weightSum)));
}

function headCount(staff: number): number {
  return staff < 6 ? 1 : 2 + Math.min(2, Math.floor(staff / 40));
}

/** An adult of working age (28–60 in the reference year): staff are civil servants. */
function staffName(rng: Rng, index: number): string {
  for (;;) {
    const person = makePerson(rng, index % MAX_PERSONS);
    const born = Number(person.dateOfBirth.slice(0, 4));
    if (born >= 1966 && born <= 1998) return person.fullName;
  }
}

/** "Nguyễn Văn An" → "an.nguyen": given name, then family name, in ASCII. */
function emailLocalPart(fullName: string): string {
  const words = normalizeForSearch(fullName).split(' ');
  return `${words[words.length - 1]}.${words[0]}`;
}

export function buildStaff(seed: string, ids: SeedIds, cases: number): Staff {
  const agencies: AgencyPlan[] = PROVINCES.map((province, index) => {
    const rng = entityRng(seed, 'agency', index);
    const urbanWards = province.wards.filter((w) => w.startsWith('Phường '));
    const ward = rng.pick(urbanWards.length ? urbanWards : province.wards);
    return {
      index,
      id: agencyIdForProvince(province.code),
      name: agencyName(province),
      province,
      address: `Số ${rng.int(1, 250)} đường ${rng.pick(OFFICE_STREETS)}, ${ward}, ${province.officialName}`,
      phone: landline(province.code, rng.int(0, 9_999_999)),
    };
  });

  const officers: OfficerPlan[] = [];
  const heads: OfficerPlan[][] = [];
  const assignable: OfficerPlan[][][] = [];
  const usedLocalParts = new Map<string, number>();
  staffCount(cases).forEach((count, agencyIndex) => {
    const headsHere = headCount(count);
    const mine: { plan: Omit<OfficerPlan, 'caseTypes'>; caseTypes: Set<CaseType> }[] = [];
    for (let k = 0; k < count; k++) {
      const index = officers.length + k;
      const rng = entityRng(seed, 'officer', index);
      const fullName = staffName(rng, index);
      const base = emailLocalPart(fullName);
      const seen = (usedLocalParts.get(base) ?? 0) + 1;
      usedLocalParts.set(base, seen);
      const localPart = seen === 1 ? base : `${base}${seen}`;
      const role = k < headsHere ? OfficerRole.HEAD : OfficerRole.OFFICER;
      const title = role === OfficerRole.HEAD ? (k === 0 ? 'Thủ trưởng' : 'Phó Thủ trưởng') : OFFICER_TITLES.sample(rng);
      // The first two officers always work, so every agency can take cases; a few others have left or retired.
      const active = role === OfficerRole.HEAD || k < headsHere + 2 || rng.bool(0.94);
      const caseTypes = new Set<CaseType>(
        rng.bool(0.55) ? CASE_TYPES : CASE_TYPES.filter((t) => t === CaseType.CIVIL || rng.bool(0.5)),
      );
      mine.push({
        plan: { index, id: ids.officer(index), agencyIndex, fullName, title, role, localPart, email: `${localPart}@${EMAIL_DOMAIN}`, active },
        caseTypes,
      });
    }
    // Every case type needs an active officer in every agency: hand missing types to the working officers in turn.
    const working = mine.filter((o) => o.plan.active && o.plan.role === OfficerRole.OFFICER);
    CASE_TYPES.forEach((type, t) => {
      if (!working.some((o) => o.caseTypes.has(type))) working[t % working.length]!.caseTypes.add(type);
    });
    const plans = mine.map((o) => ({ ...o.plan, caseTypes: CASE_TYPES.filter((t) => o.caseTypes.has(t)) }));
    officers.push(...plans);
    heads.push(plans.filter((o) => o.role === OfficerRole.HEAD));
    assignable.push(CASE_TYPES.map((type) => plans.filter((o) => o.active && o.role === OfficerRole.OFFICER && o.caseTypes.includes(type))));
  });
  return { agencies, officers, heads, assignable };
}
