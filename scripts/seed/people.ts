// Deterministic generators of realistic Vietnamese people (population register) and organizations (business
// register) as plain objects, for seeding. Realistic means: family names at their real frequencies, middle names by
// gender and generation, national IDs that agree with date of birth, gender and birth province, addresses in the 34
// post-2025 provinces with real ward names, mobile numbers on real network prefixes. Identifiers are unique by
// `index` (not by chance), so a million generated people never collide.
//
// Speed matters (the register seed is large): every distribution is a Weighted table built once at module load.

import { makeNationalId, type Gender } from '../../shared/vn/national-id';
import { OLD_PROVINCES } from '../../shared/vn/old-provinces';
import { PROVINCES, provinceForOldCode, type Province } from '../../shared/vn/provinces';
import { makeTaxCode, taxCheckDigit } from '../../shared/vn/tax-code';
import { Weighted, type Rng } from './random';

export interface Address {
  /** 2-digit code of one of the 34 provinces in force since 1 July 2025. */
  readonly provinceCode: string;
  /** Ward/commune with its unit type, e.g. "Phường Bến Thành", "Xã Củ Chi". */
  readonly ward: string;
  /** House number and street, or hamlet for rural communes, e.g. "Số 12 ngõ 34 phố Huế", "Ấp 3". */
  readonly street: string;
}

export interface GeneratedPerson {
  /** Full name in NFC, family name first. */
  readonly fullName: string;
  readonly gender: Gender;
  /** YYYY-MM-DD. */
  readonly dateOfBirth: string;
  /** 3-digit code of the pre-2025 province where the birth was registered (first 3 digits of nationalId). */
  readonly birthProvinceCode: string;
  /** 12-digit national ID agreeing with dateOfBirth, gender and birthProvinceCode; unique by index. */
  readonly nationalId: string;
  /** 9-digit identity card (CMND) for some people born before 1995, else null; unique by index. */
  readonly oldIdNumber: string | null;
  readonly permanentAddress: Address;
  readonly currentAddress: Address;
  /** 10-digit mobile number, e.g. "0912345678". */
  readonly phone: string;
}

export interface GeneratedOrganization {
  /** 10 digits, or 13 for a dependent unit (branch); digits only, valid check digit; unique by index. */
  readonly taxCode: string;
  readonly name: string;
  readonly address: Address;
}

export interface PersonOptions {
  /** Ages are counted at the start of this year. Fixed by default so output never depends on the clock. */
  readonly referenceYear?: number;
}

/** Persons are unique by index for 0 ≤ index < MAX_PERSONS (the 6-digit ID sequence is a permutation of it). */
export const MAX_PERSONS = 1_000_000;
/** Organizations are unique by index for 0 ≤ index < MAX_ORGANIZATIONS (7-digit tax sequence 1–9,999,999). */
export const MAX_ORGANIZATIONS = 9_999_999;
const DEFAULT_REFERENCE_YEAR = 2026;

// ---------------------------------------------------------------------------------------------------------------
// Geography

// Approximate population in millions (2024 figures summed over the merged provinces); only relative sizes matter.
const POPULATION: Readonly<Record<string, number>> = {
  '01': 8.7, '04': 0.55, '08': 1.87, '11': 0.65, '12': 0.49, '14': 1.3, '15': 1.78, '19': 1.8, '20': 0.8,
  '22': 1.4, '24': 3.6, '25': 4.0, '31': 4.7, '33': 3.6, '37': 4.4, '38': 4.3, '40': 3.8, '42': 1.6, '44': 1.9,
  '46': 1.4, '48': 3.1, '51': 2.2, '52': 3.6, '56': 2.2, '66': 3.3, '68': 3.9, '75': 4.5, '79': 14.0, '80': 3.3,
  '82': 4.4, '86': 4.3, '91': 4.95, '92': 4.2, '96': 2.6,
};
// Where people who live away from their registered home tend to be: the big cities and industrial provinces.
const MIGRATION: Readonly<Record<string, number>> = {
  '79': 35, '01': 25, '75': 8, '24': 8, '31': 5, '48': 5, '22': 3, '33': 3, '80': 3, '92': 3, '56': 2,
};

const PROVINCE_BY_CODE = new Map(PROVINCES.map((p) => [p.code, p]));
const byPopulation = new Weighted(PROVINCES.map((p) => [p, POPULATION[p.code] ?? 1] as const));
const byMigration = new Weighted(
  Object.entries(MIGRATION).map(([code, w]) => [PROVINCE_BY_CODE.get(code)!, w] as const),
);
// Births registered anywhere: each old province weighted by its share of its new province's population.
const anyOldProvince = new Weighted(
  PROVINCES.flatMap((p) => p.mergedFrom.map((old) => [old, (POPULATION[p.code] ?? 1) / p.mergedFrom.length] as const)),
);
// Business registrations concentrate in the two big cities far more than population does.
const byBusiness = new Weighted(
  PROVINCES.map((p) => [p, (POPULATION[p.code] ?? 1) * (p.code === '79' ? 3 : p.code === '01' ? 2.5 : 1)] as const),
);

type Region = 'north' | 'central' | 'south';
function regionOf(provinceCode: string): Region {
  const n = Number(provinceCode);
  return n <= 38 ? 'north' : n <= 68 ? 'central' : 'south';
}

interface WardPool {
  readonly urban: readonly string[];
  readonly rural: readonly string[];
}
const WARD_POOLS = new Map<string, WardPool>(
  PROVINCES.map((p) => [
    p.code,
    {
      urban: p.wards.filter((w) => !w.startsWith('Xã ')),
      rural: p.wards.filter((w) => w.startsWith('Xã ')),
    },
  ]),
);

const STREETS = [
  'Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Trãi', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Quang Trung', 'Nguyễn Huệ', 'Lê Duẩn',
  'Hùng Vương', 'Trần Phú', 'Phan Đình Phùng', 'Nguyễn Văn Cừ', 'Điện Biên Phủ', 'Võ Thị Sáu', 'Nguyễn Thị Minh Khai',
  'Lạc Long Quân', 'Ngô Quyền', 'Bà Triệu', 'Nguyễn Du', 'Phạm Văn Đồng', 'Lê Hồng Phong', 'Cách Mạng Tháng Tám',
  'Nguyễn Chí Thanh', 'Tôn Đức Thắng', 'Trường Chinh', 'Lê Thánh Tông', 'Nguyễn Văn Linh', 'Võ Văn Kiệt',
  'Phan Chu Trinh', 'Hoàng Diệu', 'Lý Tự Trọng', 'Nguyễn Khuyến', 'Chu Văn An', 'Lê Văn Sỹ', 'Nguyễn Đình Chiểu',
  'Huỳnh Thúc Kháng', 'Phan Bội Châu', 'Trần Quang Khải', 'Yết Kiêu', 'Mạc Đĩnh Chi',
];
const HAMLET_NAMES = [
  'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Thượng', 'Hạ', 'Tân Lập', 'Tân Thành', 'Phú Lợi', 'An Hòa', 'Bình An',
  'Hòa Bình', 'Đoàn Kết', 'Thống Nhất', 'Quyết Tiến', 'Mỹ Lộc', 'Phước Hòa', 'Tân Hiệp', 'Đồng Tâm', 'Phú Thọ',
];

function urbanStreet(rng: Rng, region: Region): string {
  const street = rng.pick(STREETS);
  const house = rng.int(1, 350);
  const r = rng.next();
  if (region === 'north') {
    if (r < 0.35) return `Số ${house} ngõ ${rng.int(1, 400)} phố ${street}`;
    if (r < 0.5) return `Số ${rng.int(1, 60)} ngách ${rng.int(1, 80)} ngõ ${rng.int(1, 400)} đường ${street}`;
    if (r < 0.75) return `Số ${house} phố ${street}`;
    return `Số ${house} đường ${street}`;
  }
  if (r < 0.4) return `${house}/${rng.int(1, 120)} đường ${street}`;
  if (r < 0.55) return `Số ${house} hẻm ${rng.int(1, 300)} đường ${street}`;
  return `${house} đường ${street}`;
}

function ruralStreet(rng: Rng, region: Region): string {
  const named = rng.bool(0.5);
  if (region === 'south') return named ? `Ấp ${rng.pick(HAMLET_NAMES)}` : `Ấp ${rng.int(1, 12)}`;
  if (region === 'north') return named ? `Thôn ${rng.pick(HAMLET_NAMES)}` : `Xóm ${rng.int(1, 15)}`;
  return named ? `Thôn ${rng.pick(HAMLET_NAMES)}` : `Thôn ${rng.int(1, 12)}`;
}

function makeAddress(rng: Rng, province: Province, urbanShare: number): Address {
  const pool = WARD_POOLS.get(province.code)!;
  const region = regionOf(province.code);
  const urban = pool.rural.length === 0 || (pool.urban.length > 0 && rng.bool(urbanShare));
  const ward = rng.pick(urban ? pool.urban : pool.rural);
  return { provinceCode: province.code, ward, street: urban ? urbanStreet(rng, region) : ruralStreet(rng, region) };
}

// ---------------------------------------------------------------------------------------------------------------
// Names

// Shares of the population (%), as commonly cited for Vietnamese family names. Hoàng/Huỳnh and Vũ/Võ are one name
// each, pronounced and written differently north and south, so their share is split by the region of birth.
const FAMILY_COMMON: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38.4], ['Trần', 12.1], ['Lê', 9.5], ['Phạm', 7.0], ['Phan', 4.5], ['Đặng', 2.1], ['Bùi', 2.0],
  ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1.0], ['Lý', 0.5],
];
const FAMILY_RARE = [
  'Đinh', 'Trịnh', 'Đoàn', 'Lâm', 'Mai', 'Trương', 'Lưu', 'Tô', 'Cao', 'Hà', 'Tạ', 'Châu', 'Quách', 'Lương', 'Kiều',
  'Vương', 'Thái', 'Chu', 'Lại', 'Phùng', 'Hứa', 'La', 'Triệu', 'Khúc', 'Tăng', 'Thân', 'Tôn', 'Khổng', 'Mạc', 'Văn',
];
const RARE_SHARE = 9.9 / FAMILY_RARE.length;

function familyTable(hoang: number, huynh: number, vu: number, vo: number): Weighted<string> {
  return new Weighted<string>([
    ...FAMILY_COMMON,
    ['Hoàng', hoang], ['Huỳnh', huynh], ['Vũ', vu], ['Võ', vo],
    ...FAMILY_RARE.map((n) => [n, RARE_SHARE] as const),
  ]);
}
const FAMILY_NORTH = familyTable(4.6, 0.5, 3.3, 0.6);
const FAMILY_SOUTH = familyTable(1.3, 3.8, 0.8, 3.1);

const MIDDLE_MALE = [
  'Hữu', 'Đức', 'Minh', 'Quang', 'Thành', 'Công', 'Xuân', 'Ngọc', 'Anh', 'Hoàng', 'Gia', 'Thanh', 'Trọng', 'Duy',
  'Quốc', 'Tiến', 'Mạnh', 'Bá', 'Đình', 'Tuấn', 'Hải', 'Trung', 'Đăng', 'Nhật',
];
const MIDDLE_FEMALE = [
  'Ngọc', 'Thu', 'Thanh', 'Thùy', 'Phương', 'Hồng', 'Kim', 'Bích', 'Mai', 'Khánh', 'Minh', 'Bảo', 'Diệu', 'Hải',
  'Lan', 'Mỹ', 'Quỳnh', 'Hoài', 'Thảo', 'Tuyết', 'Hà', 'Như', 'Cẩm',
];
const GIVEN_MALE = [
  'Anh', 'Bảo', 'Bình', 'Cường', 'Dũng', 'Duy', 'Đạt', 'Đức', 'Dương', 'Hải', 'Hiếu', 'Hòa', 'Hoàng', 'Hùng', 'Huy',
  'Hưng', 'Khang', 'Khánh', 'Khoa', 'Kiên', 'Lâm', 'Long', 'Lộc', 'Luân', 'Mạnh', 'Minh', 'Nam', 'Nghĩa', 'Nhân',
  'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài', 'Tâm', 'Thắng', 'Thành', 'Thiện', 'Thịnh', 'Toàn', 'Trung', 'Tú',
  'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Vũ', 'Hậu', 'Tín', 'Trí', 'Hiển',
];
const GIVEN_FEMALE = [
  'An', 'Anh', 'Ánh', 'Bích', 'Châu', 'Chi', 'Diệp', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa',
  'Hồng', 'Huệ', 'Hương', 'Huyền', 'Lan', 'Liên', 'Linh', 'Loan', 'Ly', 'Mai', 'My', 'Nga', 'Ngân', 'Ngọc', 'Nhung',
  'Oanh', 'Phương', 'Quyên', 'Quỳnh', 'Tâm', 'Thảo', 'Thu', 'Thủy', 'Trang', 'Trinh', 'Tuyết', 'Uyên', 'Vân', 'Vy',
  'Xuân', 'Yến', 'Nhi', 'Hân',
];

/** Văn/Thị were the default middle names for generations and are fading: their share falls with birth year. */
function traditionalMiddleShare(birthYear: number): number {
  if (birthYear < 1960) return 0.75;
  if (birthYear < 1980) return 0.6;
  if (birthYear < 1995) return 0.45;
  return 0.25;
}

function makeFullName(rng: Rng, gender: Gender, birthYear: number, birthRegion: Region): string {
  const family = (birthRegion === 'north' ? FAMILY_NORTH : FAMILY_SOUTH).sample(rng);
  const male = gender === 'MALE';
  const middles = male ? MIDDLE_MALE : MIDDLE_FEMALE;
  const given = rng.pick(male ? GIVEN_MALE : GIVEN_FEMALE);
  let middle = rng.bool(traditionalMiddleShare(birthYear)) ? (male ? 'Văn' : 'Thị') : rng.pick(middles);
  if (middle === given) middle = male ? 'Văn' : 'Thị';
  // About one name in ten has two middle names ("Nguyễn Thị Ngọc Ánh").
  if (rng.bool(0.1)) {
    const second = rng.pick(middles);
    if (second !== middle && second !== given) middle = `${middle} ${second}`;
  }
  // All list entries are written precomposed, so the result is already NFC.
  return `${family} ${middle} ${given}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates, identifiers, phones

// Adults 18–85 mostly, shaped like Vietnam's adult population; a few teenagers and very old people for edge cases.
const AGE_BANDS = new Weighted<readonly [number, number]>([
  [[14, 17], 2], [[18, 29], 23], [[30, 39], 22], [[40, 49], 19], [[50, 59], 15], [[60, 69], 11], [[70, 85], 7],
  [[86, 95], 1],
]);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const PAD2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

function randomDateOfBirth(rng: Rng, referenceYear: number): { date: string; year: number } {
  const [minAge, maxAge] = AGE_BANDS.sample(rng);
  const year = referenceYear - 1 - rng.int(minAge, maxAge);
  const month = rng.int(1, 12);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = rng.int(1, month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
  return { date: `${year}-${PAD2[month]}-${PAD2[day]}`, year };
}

// Affine permutations index → sequence (multiplier coprime with the modulus): unique per index, but not visibly
// sequential, the way real sequence numbers look.
function permute(index: number, multiplier: number, offset: number, modulus: number): number {
  return (index * multiplier + offset) % modulus;
}

// Mobile prefixes by network, weighted roughly by subscriber share (Viettel, VinaPhone, MobiFone, then the small ones).
const MOBILE_PREFIXES = new Weighted<string>([
  ...['032', '033', '034', '035', '036', '037', '038', '039', '086', '096', '097', '098'].map((p) => [p, 5] as const),
  ...['081', '082', '083', '084', '085', '088', '091', '094'].map((p) => [p, 3] as const),
  ...['070', '076', '077', '078', '079', '089', '090', '093'].map((p) => [p, 2] as const),
  ...['052', '056', '058', '092', '087'].map((p) => [p, 0.5] as const),
  ...['059', '099', '055'].map((p) => [p, 0.2] as const),
]);

function makePhone(rng: Rng): string {
  return MOBILE_PREFIXES.sample(rng) + String(rng.int(0, 9_999_999)).padStart(7, '0');
}

const OLD_PROVINCE_BY_CODE = new Map(OLD_PROVINCES.map((p) => [p.code, p]));

// ---------------------------------------------------------------------------------------------------------------
// Persons

/**
 * A realistic person; identifiers are unique by `index` (0 ≤ index < MAX_PERSONS). Deterministic: the same rng state
 * and index give the same person.
 */
export function makePerson(rng: Rng, index: number, opts: PersonOptions = {}): GeneratedPerson {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_PERSONS) {
    throw new RangeError(`Person index must be an integer in [0, ${MAX_PERSONS}); got ${index}.`);
  }
  const referenceYear = opts.referenceYear ?? DEFAULT_REFERENCE_YEAR;
  const gender: Gender = rng.bool(0.497) ? 'MALE' : 'FEMALE';
  const { date: dateOfBirth, year: birthYear } = randomDateOfBirth(rng, referenceYear);

  // Most people are registered where they were born; the rest moved at some point.
  const home = byPopulation.sample(rng);
  const birthProvinceCode = rng.bool(0.8) ? rng.pick(home.mergedFrom) : anyOldProvince.sample(rng);
  const birthRegion = regionOf(provinceForOldCode(birthProvinceCode)!.code);

  const fullName = makeFullName(rng, gender, birthYear, birthRegion);
  const sequence = permute(index, 618_033, 271_828, 1_000_000);
  const nationalId = makeNationalId(birthProvinceCode, dateOfBirth, gender, sequence);

  // CMND numbers were issued until 2016–2021; many people born before 1995 still have one on file.
  let oldIdNumber: string | null = null;
  if (birthYear < 1995 && rng.bool(0.65)) {
    const prefix = OLD_PROVINCE_BY_CODE.get(birthProvinceCode)!.cmndPrefix.slice(0, 2);
    oldIdNumber = prefix + String(permute(index, 3_917_473, 5_550_123, 10_000_000)).padStart(7, '0');
  }

  const urbanShare = 0.6;
  const permanentAddress = makeAddress(rng, home, urbanShare);
  let currentAddress: Address;
  const r = rng.next();
  if (r < 0.7) currentAddress = permanentAddress;
  else if (r < 0.82) currentAddress = makeAddress(rng, home, urbanShare);
  else currentAddress = makeAddress(rng, byMigration.sample(rng), 0.85);

  return {
    fullName,
    gender,
    dateOfBirth,
    birthProvinceCode,
    nationalId,
    oldIdNumber,
    permanentAddress,
    currentAddress,
    phone: makePhone(rng),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Organizations

const ORG_FORMS = new Weighted<string>([
  ['Công ty TNHH', 45], ['Công ty Cổ phần', 30], ['Công ty TNHH Một thành viên', 12], ['Doanh nghiệp tư nhân', 8],
  ['Hợp tác xã', 5],
]);
const BUSINESS_LINES = [
  'Thương mại', 'Thương mại Dịch vụ', 'Xây dựng', 'Đầu tư Xây dựng', 'Xuất nhập khẩu', 'Vận tải', 'Bất động sản',
  'Công nghệ', 'Thực phẩm', 'Dược phẩm', 'May mặc', 'Nội thất', 'Cơ khí', 'Du lịch', 'Giao nhận Vận tải',
  'Vật liệu Xây dựng', 'Nông sản', 'Thủy sản', 'Điện máy', 'Tư vấn Thiết kế', 'Đầu tư Phát triển',
];
const COOPERATIVE_LINES = ['Nông nghiệp', 'Dịch vụ Nông nghiệp', 'Thủy sản', 'Vận tải'];
const BRAND_FIRST = [
  'Hoàng', 'Minh', 'Thành', 'An', 'Phú', 'Hưng', 'Tân', 'Việt', 'Đại', 'Kim', 'Hải', 'Thái', 'Trường', 'Nam', 'Bảo',
  'Quang', 'Thiên', 'Long', 'Hồng', 'Đông',
];
const BRAND_SECOND = [
  'Phát', 'Long', 'Đạt', 'Thịnh', 'Phú', 'Hưng', 'Khang', 'Lộc', 'Tín', 'Thành', 'Tiến', 'Việt', 'Anh', 'Gia',
  'Nguyên', 'Hà', 'Sơn', 'Minh', 'Quang', 'Phong', 'Á',
];

// First two tax-code digits are the registering province's tax-office code. Only the big four are mapped here (01
// Hà Nội, 02 Hải Phòng, 03 Hồ Chí Minh, 04 Đà Nẵng); elsewhere a plausible prefix is drawn, not a mapped one.
const TAX_PREFIX: Readonly<Record<string, string>> = { '01': '01', '31': '02', '79': '03', '48': '04' };
const OTHER_TAX_PREFIXES = [
  '07', '09', '12', '13', '16', '18', '20', '21', '23', '25', '28', '29', '32', '33', '34', '35', '36', '37', '39',
  '40', '42', '44', '49', '52', '54', '55', '57', '58', '59',
];

function organizationName(rng: Rng): string {
  const form = ORG_FORMS.sample(rng);
  const first = rng.pick(BRAND_FIRST);
  let second = rng.pick(BRAND_SECOND);
  if (second === first) second = 'Phát';
  const line = rng.pick(form === 'Hợp tác xã' ? COOPERATIVE_LINES : BUSINESS_LINES);
  return `${form} ${line} ${first} ${second}`;
}

/** A realistic organization; its tax code is valid and unique by `index` (0 ≤ index < MAX_ORGANIZATIONS). */
export function makeOrganization(rng: Rng, index: number): GeneratedOrganization {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_ORGANIZATIONS) {
    throw new RangeError(`Organization index must be an integer in [0, ${MAX_ORGANIZATIONS}); got ${index}.`);
  }
  const province = byBusiness.sample(rng);
  const address = makeAddress(rng, province, 0.9);
  // 6,180,341 is coprime with 9,999,999 (= 3² × 239 × 4649), so the sequence 1–9,999,999 is a permutation of the
  // index: the digits after the prefix alone make the code unique, whatever prefix is chosen below.
  const sequence = String(permute(index, 6_180_341, 2_718_281, MAX_ORGANIZATIONS) + 1).padStart(7, '0');
  let prefix = TAX_PREFIX[province.code] ?? rng.pick(OTHER_TAX_PREFIXES);
  // About 1 prefix in 11 admits no check digit; move to the next prefix until one does (the sequence stays).
  for (let i = 0; taxCheckDigit(prefix + sequence) === null; i++) {
    prefix = OTHER_TAX_PREFIXES[i % OTHER_TAX_PREFIXES.length]!;
  }
  const branch = rng.bool(0.08) ? rng.int(1, 30) : undefined;
  return { taxCode: makeTaxCode(prefix + sequence, branch), name: organizationName(rng), address };
}
