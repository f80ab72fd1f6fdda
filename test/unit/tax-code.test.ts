import { formatTaxCode, makeTaxCode, taxCheckDigit, validateTaxCode } from '../../shared/vn/tax-code';
import { BANKS, findBankByBin, findBankByCode } from '../../shared/vn/banks';

describe('validateTaxCode', () => {
  // Real, published tax codes (the same ones python-stdnum's test suite uses).
  it.each([
    ['0100233488', '0100233488', null],
    ['0101245486', '0101245486', null],
    ['3700635642', '3700635642', null],
    ['0310213840', '0310213840', null], // weighted sum ≡ 10 (mod 11): check digit 0
    ['2000102580', '2000102580', null], // same edge case
    ['0100112437011', '0100112437011', '011'],
    ['0314409058-002', '0314409058002', '002'],
    ['  2000102580-005 ', '2000102580005', '005'],
  ])('accepts %j', (input, value, branch) => {
    expect(validateTaxCode(input)).toEqual({ ok: true, value, base: value.slice(0, 10), branch });
  });

  it.each([
    ['12345', 'INVALID_FORMAT'],
    ['VV34567890', 'INVALID_FORMAT'],
    ['01002334880', 'INVALID_FORMAT'],
    ['0314409058 002', 'INVALID_FORMAT'],
    ['0314409058-02', 'INVALID_FORMAT'],
    ['', 'INVALID_FORMAT'],
    ['0100000008', 'INVALID_SEQUENCE'],
    ['0314409058-000', 'INVALID_BRANCH'],
    ['0100233480', 'CHECK_DIGIT_MISMATCH'],
    ['0100233489', 'CHECK_DIGIT_MISMATCH'],
    ['0314409059-002', 'CHECK_DIGIT_MISMATCH'],
    ['0000000125', 'CHECK_DIGIT_MISMATCH'], // 5·5 + 2·3 = 11: no digit can be valid
  ])('rejects %j with %s', (input, code) => {
    expect(validateTaxCode(input)).toMatchObject({ ok: false, code });
  });

  it('names the expected check digit', () => {
    const r = validateTaxCode('0100233480');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('8');
  });
});

describe('taxCheckDigit and makeTaxCode', () => {
  it('computes the check digit', () => {
    expect(taxCheckDigit('010023348')).toBe(8);
    expect(taxCheckDigit('031440905')).toBe(8);
    expect(taxCheckDigit('200010258')).toBe(0);
    expect(taxCheckDigit('000000012')).toBeNull();
  });

  it('builds 10- and 13-digit codes', () => {
    expect(makeTaxCode('010023348')).toBe('0100233488');
    expect(makeTaxCode('031440905', 2)).toBe('0314409058002');
    expect(makeTaxCode('031440905', '002')).toBe('0314409058002');
    expect(makeTaxCode('200010258', 999)).toBe('2000102580999');
  });

  it('refuses prefixes that admit no code', () => {
    expect(() => makeTaxCode('000000012')).toThrow(RangeError);
    expect(() => makeTaxCode('010000000')).toThrow(RangeError);
    expect(() => makeTaxCode('01002334')).toThrow(RangeError);
    expect(() => makeTaxCode('010023348', 0)).toThrow(RangeError);
    expect(() => makeTaxCode('010023348', 1000)).toThrow(RangeError);
  });

  it('formats a dependent unit with a hyphen', () => {
    expect(formatTaxCode('0314409058002')).toBe('0314409058-002');
    expect(formatTaxCode('0314409058')).toBe('0314409058');
  });
});

describe('banks', () => {
  it('lists at least 15 banks with unique codes and 6-digit BINs', () => {
    expect(BANKS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(BANKS.map((b) => b.code)).size).toBe(BANKS.length);
    expect(new Set(BANKS.map((b) => b.bin)).size).toBe(BANKS.length);
    for (const b of BANKS) expect(b.bin).toMatch(/^\d{6}$/);
  });

  it.each([
    ['VCB', '970436'],
    ['BIDV', '970418'],
    ['ICB', '970415'],
    ['CTG', '970415'],
    ['VBA', '970405'],
    ['agribank', '970405'],
    ['TCB', '970407'],
    ['MB', '970422'],
    ['ACB', '970416'],
    ['VPB', '970432'],
    ['TPB', '970423'],
    ['STB', '970403'],
    ['HDB', '970437'],
    ['VIB', '970441'],
    ['SHB', '970443'],
    ['MSB', '970426'],
    ['OCB', '970448'],
    ['SCB', '970429'],
    ['EIB', '970431'],
    ['SEAB', '970440'],
    ['LPB', '970449'],
    ['NAB', '970428'],
  ])('%s has BIN %s', (code, bin) => {
    expect(findBankByCode(code)?.bin).toBe(bin);
  });

  it('finds a bank by BIN', () => {
    expect(findBankByBin('970436')?.shortName).toBe('Vietcombank');
    expect(findBankByBin('000000')).toBeUndefined();
  });
});
