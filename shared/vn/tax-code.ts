// Tax codes (mã số thuế, MST). An enterprise or individual has 10 digits: 2 for the province where it registered,
// 7 of sequence, 1 check digit. A dependent unit (branch, representative office) has 13: its parent's 10 digits plus
// a 3-digit suffix 001–999, usually written with a hyphen, "0314409058-002". Stored here as digits only.
//
// Check digit: the first nine digits weighted 31, 29, 23, 19, 17, 13, 7, 5, 3; check = 10 − (sum mod 11). When
// sum mod 11 is 0 that would be "10", so no valid code has such a prefix (the tax authority skips them); when it is
// 10 the check digit is 0. Same algorithm and test numbers as python-stdnum's stdnum.vn.mst.

export type TaxCodeErrorCode = 'INVALID_FORMAT' | 'INVALID_SEQUENCE' | 'INVALID_BRANCH' | 'CHECK_DIGIT_MISMATCH';

export type TaxCodeResult =
  | {
      readonly ok: true;
      /** Digits only, 10 or 13 long. */
      readonly value: string;
      /** The 10-digit code of the enterprise itself. */
      readonly base: string;
      /** The 3-digit dependent-unit suffix, or null for a 10-digit code. */
      readonly branch: string | null;
    }
  | { readonly ok: false; readonly code: TaxCodeErrorCode; readonly message: string };

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;
// The three written forms: 10 digits, 13 digits, or 10 digits, hyphen, 3 digits.
const ACCEPTED = /^(\d{10})(?:-?(\d{3}))?$/;

/** Check digit for nine leading digits, or null when no digit can be valid (sum mod 11 is 0). */
export function taxCheckDigit(nineDigits: string): number | null {
  if (!/^\d{9}$/.test(nineDigits)) throw new RangeError(`Expected 9 digits; got ${JSON.stringify(nineDigits)}.`);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += WEIGHTS[i]! * (nineDigits.charCodeAt(i) - 48);
  const remainder = sum % 11;
  if (remainder === 0) return null;
  return 10 - remainder === 10 ? 0 : 10 - remainder;
}

/** Validates a tax code written as 10 digits, 13 digits, or "dddddddddd-ddd" (surrounding spaces ignored). */
export function validateTaxCode(input: string): TaxCodeResult {
  const m = ACCEPTED.exec(input.trim());
  if (!m) {
    return {
      ok: false,
      code: 'INVALID_FORMAT',
      message: 'A tax code has 10 digits, or 13 digits for a dependent unit (optionally written 0123456789-001).',
    };
  }
  const base = m[1]!;
  const branch = m[2] ?? null;
  if (base.slice(2, 9) === '0000000') {
    return { ok: false, code: 'INVALID_SEQUENCE', message: 'Digits 3–9 of a tax code cannot all be zero.' };
  }
  if (branch === '000') {
    return { ok: false, code: 'INVALID_BRANCH', message: 'A dependent-unit suffix runs from 001 to 999.' };
  }
  const expected = taxCheckDigit(base.slice(0, 9));
  if (expected === null) {
    return {
      ok: false,
      code: 'CHECK_DIGIT_MISMATCH',
      message: `No tax code can start with ${base.slice(0, 9)}: those nine digits admit no check digit.`,
    };
  }
  if (expected !== Number(base[9])) {
    return {
      ok: false,
      code: 'CHECK_DIGIT_MISMATCH',
      message: `The 10th digit is the check digit and should be ${expected}, not ${base[9]}.`,
    };
  }
  return { ok: true, value: branch === null ? base : base + branch, base, branch };
}

/**
 * Builds a tax code from its first nine digits, appending the check digit, and a dependent-unit suffix when given
 * (1–999 or "001"–"999"). Throws RangeError when the nine digits admit no check digit or the input is malformed.
 */
export function makeTaxCode(nineDigits: string, branch?: number | string): string {
  const check = taxCheckDigit(nineDigits);
  if (check === null) throw new RangeError(`${nineDigits} admits no check digit (weighted sum is a multiple of 11).`);
  if (nineDigits.slice(2) === '0000000') throw new RangeError('Digits 3–9 of a tax code cannot all be zero.');
  const base = nineDigits + check;
  if (branch === undefined) return base;
  const suffix = typeof branch === 'number' ? String(branch).padStart(3, '0') : branch;
  if (!/^\d{3}$/.test(suffix) || suffix === '000') {
    throw new RangeError(`A dependent-unit suffix runs from 001 to 999; got ${JSON.stringify(branch)}.`);
  }
  return base + suffix;
}

/** Display form: "0314409058" stays as is, "0314409058002" becomes "0314409058-002". Expects a valid code. */
export function formatTaxCode(value: string): string {
  return value.length === 13 ? `${value.slice(0, 10)}-${value.slice(10)}` : value;
}
