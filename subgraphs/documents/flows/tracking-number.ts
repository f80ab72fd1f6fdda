// Tracking numbers in the UPU S10 format used by Vietnam Post: two letters (service), 8 digits, a check digit,
// and the country code: "RR" + 12345678 + 5 + "VN".
const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

export function s10CheckDigit(eightDigits: string): number {
  if (!/^[0-9]{8}$/.test(eightDigits)) throw new RangeError('an S10 serial has 8 digits');
  const sum = [...eightDigits].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

export function trackingNumber(serial: number, service = 'RR'): string {
  const digits = String(serial).padStart(8, '0');
  return `${service}${digits}${s10CheckDigit(digits)}VN`;
}

export function isValidTrackingNumber(value: string): boolean {
  const m = /^[A-Z]{2}([0-9]{8})([0-9])VN$/.exec(value);
  return m !== null && s10CheckDigit(m[1]) === Number(m[2]);
}
