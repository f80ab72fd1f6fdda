import { CCCD_PROVINCE_CODES } from './provinces';

/**
 * National identity numbers and tax codes written after their label: "CCCD số 001090012345", "Căn cước công dân:",
 * "CMND số 023456789", "số định danh cá nhân", "mã số thuế/MST/mã số doanh nghiệp". Judgments print them split by
 * spaces or dots, and layout sometimes breaks them across lines, so digit groups are gathered and the total length
 * decides what was meant. Values are strings of digits: leading zeros are data.
 */

export interface IdentifierMatch {
  value: string;
  start: number;
  end: number;
  confidence: number;
}

const NATIONAL_ID_LABEL =
  /(?<![\p{L}])(?:CCCD|CMND|CMTND|CMT|ĐDCN|(?:thẻ\s+)?căn cước(?:\s+công dân)?|chứng minh nhân dân|chứng minh thư(?:\s+nhân dân)?|(?:số\s+)?định danh(?:\s+cá nhân)?)(?:\s*\/\s*(?:CCCD|CMND|hộ chiếu|căn cước(?:\s+công dân)?))*(?![\p{L}])(?:\s*(?:số|so|number))?\s*[:.]?\s*/giu;

/**
 * Since 2015 an enterprise's registration number is its tax code, so either label introduces the same number. A
 * dependent unit (chi nhánh, văn phòng đại diện, đơn vị phụ thuộc) carries its parent's code plus "-" and three digits,
 * under its own labels ("Mã số chi nhánh", "mã số thuế chi nhánh", "mã số thuế của chi nhánh"); a unit word may follow
 * any label.
 */
const TAX_CODE_UNIT = '(?:chi nhánh|văn phòng đại diện|VPĐD|đơn vị phụ thuộc|đơn vị|doanh nghiệp|công ty|hợp tác xã|HTX)';
const TAX_CODE_LABEL = new RegExp(
  '(?<![\\p{L}])(?:mã số thuế|MST|MSDN|MSCN|mã số doanh nghiệp|mã số DN|mã doanh nghiệp|mã số hợp tác xã|mã số HTX|' +
    `mã số(?=\\s+${TAX_CODE_UNIT})|mã số đăng ký|GCNĐKDN|GCNĐKHĐ|giấy chứng nhận đăng ký (?:doanh nghiệp|kinh doanh|hợp tác xã|hoạt động)|` +
    'đăng ký kinh doanh|đăng ký hoạt động|ĐKKD)' +
    `(?:\\s+(?:của\\s+)?${TAX_CODE_UNIT})?` +
    '(?:\\s*\\/\\s*(?:MST|MSDN|mã số thuế|mã số doanh nghiệp))*(?![\\p{L}])(?:\\s*(?:số|so))?\\s*[:.]?\\s*',
  'giu',
);

const CONFIDENCE = {
  cccdValid: 0.95,
  cccdBirthYearAgrees: 0.98,
  cccdBirthYearDisagrees: 0.5,
  cccdBadStructure: 0.35,
  cmnd: 0.85,
  splitPenalty: 0.03,
  taxCodeValid: 0.95,
  taxCodeBadChecksum: 0.6,
} as const;

interface DigitRun {
  digits: string;
  end: number;
  split: boolean;
}

/** Digit groups from `at`, separated by a space, a dot or a line break; one candidate per group boundary. */
function readDigitGroups(text: string, at: number, maxDigits: number): DigitRun[] {
  const runs: DigitRun[] = [];
  let i = at;
  let digits = '';
  for (;;) {
    const m = /^\d+/.exec(text.slice(i, i + 20));
    if (!m || digits.length + m[0].length > maxDigits) break;
    digits += m[0];
    i += m[0].length;
    runs.push({ digits, end: i, split: runs.length > 0 });
    const sep = /^(?:[ .]\n{0,2}|\n\n?)(?=\d)/.exec(text.slice(i, i + 4));
    if (!sep) break;
    i += sep[0].length;
  }
  return runs;
}

export interface CccdCheck {
  structureValid: boolean;
  /** null when no birth year is known. */
  birthYearAgrees: boolean | null;
  impliedBirthYear: number | null;
}

/**
 * CCCD structure: 3-digit birth-registration province code, 1 digit for century and gender (0/1 = 1900s male/female,
 * 2/3 = 2000s), 2 digits of the birth year, 6 serial digits.
 */
export function checkCccd(id: string, birthYear?: number | null): CccdCheck {
  if (!/^\d{12}$/.test(id)) return { structureValid: false, birthYearAgrees: null, impliedBirthYear: null };
  const centuryGender = Number(id[3]);
  const provinceOk = id.slice(0, 3) in CCCD_PROVINCE_CODES;
  const centuryOk = centuryGender <= 3;
  const impliedBirthYear = centuryOk ? (centuryGender < 2 ? 1900 : 2000) + Number(id.slice(4, 6)) : null;
  const birthYearAgrees = birthYear == null || impliedBirthYear === null ? null : impliedBirthYear === birthYear;
  return { structureValid: provinceOk && centuryOk, birthYearAgrees, impliedBirthYear };
}

/** The first labelled national ID (12-digit CCCD or 9-digit CMND) in `text`. */
export function findNationalId(text: string, birthYear?: number | null): IdentifierMatch | null {
  for (const m of text.matchAll(NATIONAL_ID_LABEL)) {
    const at = m.index! + m[0].length;
    const runs = readDigitGroups(text, at, 13);
    const run = [...runs].reverse().find((r) => r.digits.length === 12) ?? runs.find((r) => r.digits.length === 9);
    if (!run) continue;
    let confidence: number;
    if (run.digits.length === 12) {
      const check = checkCccd(run.digits, birthYear);
      if (!check.structureValid) confidence = CONFIDENCE.cccdBadStructure;
      else if (check.birthYearAgrees === false) confidence = CONFIDENCE.cccdBirthYearDisagrees;
      else if (check.birthYearAgrees === true) confidence = CONFIDENCE.cccdBirthYearAgrees;
      else confidence = CONFIDENCE.cccdValid;
    } else {
      confidence = CONFIDENCE.cmnd;
    }
    if (run.split) confidence -= CONFIDENCE.splitPenalty;
    return { value: run.digits, start: at, end: run.end, confidence };
  }
  return null;
}

/**
 * Check digit of a Vietnamese tax code: weights 31, 29, 23, 19, 17, 13, 7, 5, 3 on the first nine digits;
 * the tenth is 10 - (sum mod 11). Numbers whose check would be 10 are never issued.
 */
export function taxCodeChecksumOk(code: string): boolean {
  if (!/^\d{10}/.test(code)) return false;
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(code[i]), 0);
  const check = 10 - (sum % 11);
  return check < 10 && check === Number(code[9]);
}

/** The first labelled tax code: 10 digits, 13 digits, or 10 digits "-" 3 digits for a branch. */
export function findTaxCode(text: string): IdentifierMatch | null {
  for (const m of text.matchAll(TAX_CODE_LABEL)) {
    const at = m.index! + m[0].length;
    const runs = readDigitGroups(text, at, 13);
    const thirteen = runs.find((r) => r.digits.length === 13);
    const ten = runs.find((r) => r.digits.length === 10);
    let value: string;
    let end: number;
    let split: boolean;
    if (thirteen) {
      ({ digits: value, end, split } = thirteen);
    } else if (ten) {
      ({ digits: value, end, split } = ten);
      const branch = /^\s?-\s?(\d{3})(?!\d)/.exec(text.slice(end, end + 8));
      if (branch) {
        value = `${value}-${branch[1]}`;
        end += branch[0].length;
      }
    } else {
      continue;
    }
    let confidence: number = taxCodeChecksumOk(value) ? CONFIDENCE.taxCodeValid : CONFIDENCE.taxCodeBadChecksum;
    if (split) confidence -= CONFIDENCE.splitPenalty;
    return { value, start: at, end, confidence };
  }
  return null;
}
