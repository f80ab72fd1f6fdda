import { makeNationalId, validateNationalId, validateOldIdCard } from '../../shared/vn/national-id';
import { OLD_PROVINCES, findOldProvince } from '../../shared/vn/old-provinces';
import { PROVINCES, findProvince, provinceForOldCode } from '../../shared/vn/provinces';
import { normalizeForSearch } from '../../shared/vn/normalize-name';

describe('old provinces (birth-registration codes, Circular 07/2016/TT-BCA)', () => {
  it('lists the 63 pre-2025 provinces with unique codes', () => {
    expect(OLD_PROVINCES).toHaveLength(63);
    expect(new Set(OLD_PROVINCES.map((p) => p.code)).size).toBe(63);
  });

  it.each([
    ['001', 'Hà Nội'],
    ['002', 'Hà Giang'],
    ['004', 'Cao Bằng'],
    ['031', 'Hải Phòng'],
    ['046', 'Thừa Thiên Huế'],
    ['048', 'Đà Nẵng'],
    ['077', 'Bà Rịa - Vũng Tàu'],
    ['079', 'Hồ Chí Minh'],
    ['092', 'Cần Thơ'],
    ['096', 'Cà Mau'],
  ])('%s is %s', (code, name) => {
    expect(findOldProvince(code)?.name).toBe(name);
  });

  it('has no province for codes that were never assigned', () => {
    for (const code of ['000', '003', '005', '047', '097', '100']) expect(findOldProvince(code)).toBeUndefined();
  });
});

describe('provinces since 1 July 2025 (Resolution 202/2025/QH15, codes of Decision 19/2025/QĐ-TTg)', () => {
  it('has 34 units whose merged old provinces cover all 63 exactly once', () => {
    expect(PROVINCES).toHaveLength(34);
    const merged = PROVINCES.flatMap((p) => p.mergedFrom);
    expect(merged).toHaveLength(63);
    expect(new Set(merged)).toEqual(new Set(OLD_PROVINCES.map((p) => p.code)));
  });

  it('uses the official 2-digit codes', () => {
    expect(PROVINCES.map((p) => p.code)).toEqual([
      '01', '04', '08', '11', '12', '14', '15', '19', '20', '22', '24', '25', '31', '33', '37', '38', '40',
      '42', '44', '46', '48', '51', '52', '56', '66', '68', '75', '79', '80', '82', '86', '91', '92', '96',
    ]);
    expect(findProvince('79')?.officialName).toBe('Thành phố Hồ Chí Minh');
    expect(findProvince('24')?.officialName).toBe('Tỉnh Bắc Ninh');
  });

  it.each([
    ['074', '79'], // Bình Dương → Hồ Chí Minh
    ['077', '79'], // Bà Rịa - Vũng Tàu → Hồ Chí Minh
    ['015', '15'], // Yên Bái → Lào Cai
    ['062', '51'], // Kon Tum → Quảng Ngãi
    ['052', '52'], // Bình Định → Gia Lai
    ['091', '91'], // Kiên Giang → An Giang
    ['095', '96'], // Bạc Liêu → Cà Mau
    ['004', '04'], // Cao Bằng unchanged
  ])('old %s merged into %s', (oldCode, newCode) => {
    expect(provinceForOldCode(oldCode)?.code).toBe(newCode);
  });

  it('has slugs derived from the names and 6–12 ward names each, all with a unit type', () => {
    for (const p of PROVINCES) {
      expect(p.slug).toBe(normalizeForSearch(p.name).replace(/ /g, '-'));
      expect(p.wards.length).toBeGreaterThanOrEqual(6);
      expect(p.wards.length).toBeLessThanOrEqual(12);
      expect(new Set(p.wards).size).toBe(p.wards.length);
      for (const w of p.wards) {
        expect(w).toMatch(/^(Phường|Xã|Đặc khu) \S/);
        expect(w).toBe(w.normalize('NFC'));
      }
    }
  });
});

describe('validateNationalId', () => {
  it('decodes a valid ID', () => {
    expect(validateNationalId('001085012345')).toEqual({
      ok: true,
      provinceCode: '001',
      century: 1900,
      gender: 'MALE',
      birthYear2: '85',
      birthYear: 1985,
    });
    expect(validateNationalId('079301000042')).toMatchObject({
      ok: true,
      century: 2000,
      gender: 'FEMALE',
      birthYear: 2001,
    });
    expect(validateNationalId('096199999999')).toMatchObject({ ok: true, gender: 'FEMALE', birthYear: 1999 });
    expect(validateNationalId('048400000001')).toMatchObject({
      ok: true,
      century: 2100,
      gender: 'MALE',
      birthYear: 2100,
    });
  });

  it('accepts an ID that agrees with date of birth and gender', () => {
    expect(validateNationalId('001085012345', { dateOfBirth: '1985-03-12', gender: 'MALE' }).ok).toBe(true);
    expect(validateNationalId('031300123456', { dateOfBirth: '2000-02-29', gender: 'FEMALE' }).ok).toBe(true);
  });

  it.each([
    ['00108501234', 'WRONG_LENGTH'],
    ['0010850123456', 'WRONG_LENGTH'],
    ['', 'WRONG_LENGTH'],
    ['00108501234x', 'NOT_DIGITS'],
    ['001 85012345', 'NOT_DIGITS'],
    ['\uFF1001085012345', 'NOT_DIGITS'], // full-width zero
    ['003085012345', 'UNKNOWN_PROVINCE'],
    ['097085012345', 'UNKNOWN_PROVINCE'],
    ['000085012345', 'UNKNOWN_PROVINCE'],
  ])('rejects %j with %s', (id, code) => {
    expect(validateNationalId(id)).toMatchObject({ ok: false, code });
  });

  it('rejects a gender that disagrees with the 4th digit', () => {
    const r = validateNationalId('001085012345', { gender: 'FEMALE' });
    expect(r).toMatchObject({ ok: false, code: 'GENDER_MISMATCH' });
    expect(validateNationalId('001185012345', { dateOfBirth: '1985-03-12', gender: 'MALE' })).toMatchObject({
      ok: false,
      code: 'GENDER_MISMATCH',
    });
  });

  it('rejects a century that disagrees with the date of birth', () => {
    // 0 = born 1900–1999, but the date says 2005.
    expect(validateNationalId('001005012345', { dateOfBirth: '2005-01-01' })).toMatchObject({
      ok: false,
      code: 'CENTURY_MISMATCH',
    });
    // 2 = born 2000–2099, but the date says 1985.
    expect(validateNationalId('001285012345', { dateOfBirth: '1985-01-01' })).toMatchObject({
      ok: false,
      code: 'CENTURY_MISMATCH',
    });
  });

  it('rejects birth-year digits that disagree with the date of birth', () => {
    expect(validateNationalId('001085012345', { dateOfBirth: '1986-03-12' })).toMatchObject({
      ok: false,
      code: 'BIRTH_YEAR_MISMATCH',
    });
  });

  it.each(['1985-02-29', '1985-13-01', '1985-00-10', '1985-04-31', '85-03-12', '1985-3-12', 'yesterday'])(
    'rejects the impossible or malformed date of birth %s',
    (dateOfBirth) => {
      expect(validateNationalId('001085012345', { dateOfBirth })).toMatchObject({
        ok: false,
        code: 'INVALID_DATE_OF_BIRTH',
      });
    },
  );

  it('explains failures in words', () => {
    const r = validateNationalId('003085012345');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('003');
  });
});

describe('makeNationalId', () => {
  it('builds IDs from province, date of birth, gender and sequence', () => {
    expect(makeNationalId('001', '1985-03-12', 'MALE', '012345')).toBe('001085012345');
    expect(makeNationalId('079', '2001-07-30', 'FEMALE', 42)).toBe('079301000042');
    expect(makeNationalId('096', '2003-12-31', 'FEMALE', 7)).toBe('096303000007');
    expect(makeNationalId('048', '2101-01-01', 'MALE', '000001')).toBe('048401000001');
    expect(makeNationalId('038', '1900-01-01', 'FEMALE', 999999)).toBe('038100999999');
  });

  it('refuses what cannot be encoded', () => {
    expect(() => makeNationalId('003', '1985-03-12', 'MALE', 1)).toThrow(RangeError);
    expect(() => makeNationalId('001', '1985-02-29', 'MALE', 1)).toThrow(RangeError);
    expect(() => makeNationalId('001', '1899-12-31', 'MALE', 1)).toThrow(RangeError);
    expect(() => makeNationalId('001', '1985-03-12', 'MALE', 1_000_000)).toThrow(RangeError);
    expect(() => makeNationalId('001', '1985-03-12', 'MALE', '12345')).toThrow(RangeError);
  });
});

describe('validateOldIdCard (9-digit CMND, lenient)', () => {
  it.each(['012345678', '024681357', '381234567', '095123456'])('accepts %s', (cmnd) => {
    expect(validateOldIdCard(cmnd)).toEqual({ ok: true, prefix: cmnd.slice(0, 2) });
  });

  it.each([
    ['01234567', 'WRONG_LENGTH'],
    ['0123456789', 'WRONG_LENGTH'],
    ['01234567a', 'NOT_DIGITS'],
    ['001234567', 'UNKNOWN_PREFIX'],
    ['391234567', 'UNKNOWN_PREFIX'],
    ['991234567', 'UNKNOWN_PREFIX'],
  ])('rejects %s with %s', (cmnd, code) => {
    expect(validateOldIdCard(cmnd)).toMatchObject({ ok: false, code });
  });
});
