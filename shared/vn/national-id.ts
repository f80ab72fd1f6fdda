// National ID numbers (số định danh cá nhân, printed on the CCCD / căn cước card): 12 digits laid out by Decree
// 137/2015/NĐ-CP and Circular 07/2016/TT-BCA (now 59/2021/TT-BCA):
//   PPP        3-digit code of the province where the birth was registered (one of the 63 pre-2025 provinces)
//   G          century and gender: 0/1 = 1900–1999 male/female, 2/3 = 2000–2099, 4/5 = 2100–2199, 6/7, 8/9 after
//   YY         last two digits of the year of birth
//   NNNNNN     a sequence with no check digit
// The number must agree with the person's date of birth and gender; that agreement is what validation checks.
// The older 9-digit identity card (CMND) is still carried by many adults and is accepted as a secondary number.

import { findOldProvince } from './old-provinces';

export type Gender = 'MALE' | 'FEMALE';

export type NationalIdErrorCode =
  | 'WRONG_LENGTH'
  | 'NOT_DIGITS'
  | 'UNKNOWN_PROVINCE'
  | 'INVALID_DATE_OF_BIRTH'
  | 'CENTURY_MISMATCH'
  | 'GENDER_MISMATCH'
  | 'BIRTH_YEAR_MISMATCH';

export interface NationalIdFailure {
  readonly ok: false;
  readonly code: NationalIdErrorCode;
  readonly message: string;
}

export type NationalIdResult =
  | {
      readonly ok: true;
      /** 3-digit birth-registration province code (pre-2025), e.g. "079". */
      readonly provinceCode: string;
      /** First year of the birth century encoded by the 4th digit: 1900, 2000, 2100, 2200 or 2300. */
      readonly century: number;
      readonly gender: Gender;
      /** The 5th and 6th digits, e.g. "85". */
      readonly birthYear2: string;
      /** century + birthYear2, e.g. 1985. */
      readonly birthYear: number;
    }
  | NationalIdFailure;

export interface NationalIdExpectations {
  /** Calendar date YYYY-MM-DD; the ID's century and year digits must match it. */
  readonly dateOfBirth?: string;
  readonly gender?: Gender;
}

const TWELVE_DIGITS = /^\d{12}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function fail(code: NationalIdErrorCode, message: string): NationalIdFailure {
  return { ok: false, code, message };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Year of a strict, real YYYY-MM-DD calendar date, or null (rejects 2023-02-29, 2024-13-01, "2024-1-1"). */
export function parseBirthYear(date: string): number | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const maxDay = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day <= maxDay ? year : null;
}

/** The 4th digit for a birth year and gender; null outside 1900–2399, which the scheme cannot express. */
export function centuryGenderDigit(birthYear: number, gender: Gender): number | null {
  if (!Number.isInteger(birthYear) || birthYear < 1900 || birthYear > 2399) return null;
  return 2 * (Math.floor(birthYear / 100) - 19) + (gender === 'FEMALE' ? 1 : 0);
}

/** Checks the structure of a 12-digit national ID and, when given, its agreement with date of birth and gender. */
export function validateNationalId(id: string, opts: NationalIdExpectations = {}): NationalIdResult {
  if (id.length !== 12) {
    return fail('WRONG_LENGTH', `A national ID has 12 digits; got ${id.length} characters.`);
  }
  if (!TWELVE_DIGITS.test(id)) {
    return fail('NOT_DIGITS', 'A national ID contains digits only.');
  }
  const provinceCode = id.slice(0, 3);
  if (!findOldProvince(provinceCode)) {
    return fail(
      'UNKNOWN_PROVINCE',
      `The first three digits (${provinceCode}) are not the birth-registration code of any of the 63 provinces.`,
    );
  }
  const digit = Number(id[3]);
  const century = 1900 + 100 * Math.floor(digit / 2);
  const gender: Gender = digit % 2 === 0 ? 'MALE' : 'FEMALE';
  const birthYear2 = id.slice(4, 6);
  const birthYear = century + Number(birthYear2);

  if (opts.dateOfBirth !== undefined) {
    const year = parseBirthYear(opts.dateOfBirth);
    if (year === null) {
      return fail(
        'INVALID_DATE_OF_BIRTH',
        `The date of birth ${JSON.stringify(opts.dateOfBirth)} is not a real YYYY-MM-DD date.`,
      );
    }
    const expectedCentury = 100 * Math.floor(year / 100);
    if (expectedCentury !== century) {
      return fail(
        'CENTURY_MISMATCH',
        `The 4th digit (${digit}) encodes a birth in ${century}–${century + 99}, but the date of birth is in ${year}.`,
      );
    }
    if (year % 100 !== Number(birthYear2)) {
      return fail(
        'BIRTH_YEAR_MISMATCH',
        `Digits 5–6 (${birthYear2}) encode the birth year ${birthYear}, but the date of birth is in ${year}.`,
      );
    }
  }
  if (opts.gender !== undefined && opts.gender !== gender) {
    return fail(
      'GENDER_MISMATCH',
      `The 4th digit (${digit}) encodes ${gender === 'MALE' ? 'a male' : 'a female'}, ` +
        `but the gender given is ${opts.gender}.`,
    );
  }
  return { ok: true, provinceCode, century, gender, birthYear2, birthYear };
}

/**
 * Builds the national ID that agrees with a birth province, date of birth and gender.
 * `sixDigits` is the trailing sequence: a 6-digit string or an integer 0–999999 (zero-padded).
 * Throws RangeError for an unknown province, an impossible date, a year outside 1900–2399 or a bad sequence.
 */
export function makeNationalId(
  provinceCode: string,
  dateOfBirth: string,
  gender: Gender,
  sixDigits: string | number,
): string {
  if (!findOldProvince(provinceCode)) {
    throw new RangeError(`Unknown birth-registration province code ${JSON.stringify(provinceCode)}.`);
  }
  const year = parseBirthYear(dateOfBirth);
  if (year === null) throw new RangeError(`Not a real YYYY-MM-DD date: ${JSON.stringify(dateOfBirth)}.`);
  const digit = centuryGenderDigit(year, gender);
  if (digit === null) throw new RangeError(`Birth year ${year} cannot be encoded (1900–2399 only).`);
  let tail: string;
  if (typeof sixDigits === 'number') {
    if (!Number.isInteger(sixDigits) || sixDigits < 0 || sixDigits > 999_999) {
      throw new RangeError(`The sequence must be an integer 0–999999; got ${sixDigits}.`);
    }
    tail = String(sixDigits).padStart(6, '0');
  } else {
    if (!/^\d{6}$/.test(sixDigits)) {
      throw new RangeError(`The sequence must be 6 digits; got ${JSON.stringify(sixDigits)}.`);
    }
    tail = sixDigits;
  }
  const yy = String(year % 100).padStart(2, '0');
  return `${provinceCode}${digit}${yy}${tail}`;
}

export type OldIdCardResult =
  | { readonly ok: true; /** The first two digits, the issuing province's range. */ readonly prefix: string }
  | { readonly ok: false; readonly code: 'WRONG_LENGTH' | 'NOT_DIGITS' | 'UNKNOWN_PREFIX'; readonly message: string };

/**
 * Checks a 9-digit identity card number (CMND, chứng minh nhân dân). Deliberately lenient: CMND ranges were
 * allocated to provincial police without one published table, so only the shape is checked, plus that the first
 * two digits fall in the 01–38 band that the provinces' ranges used. There is no check digit.
 */
export function validateOldIdCard(cmnd: string): OldIdCardResult {
  if (cmnd.length !== 9) {
    return { ok: false, code: 'WRONG_LENGTH', message: `A CMND number has 9 digits; got ${cmnd.length} characters.` };
  }
  if (!/^\d{9}$/.test(cmnd)) {
    return { ok: false, code: 'NOT_DIGITS', message: 'A CMND number contains digits only.' };
  }
  const prefix = cmnd.slice(0, 2);
  const n = Number(prefix);
  if (n < 1 || n > 38) {
    return {
      ok: false,
      code: 'UNKNOWN_PREFIX',
      message: `The first two digits (${prefix}) are outside the 01–38 range used by provincial CMND series.`,
    };
  }
  return { ok: true, prefix };
}
