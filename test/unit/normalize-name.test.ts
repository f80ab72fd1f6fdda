import { normalizeForSearch, toNfc } from '../../shared/vn/normalize-name';

// Decomposed (NFD) spellings are written with escapes so the test does not depend on how this file is saved.
const NGUYEN_DECOMPOSED = 'Nguye\u0302\u0303n'; // e + combining circumflex + combining tilde
const DUC_DECOMPOSED = '\u0110u\u031B\u0301c'; // Đ + u + combining horn + combining acute

describe('normalizeForSearch', () => {
  it.each([
    ['Nguyễn Văn Đức', 'nguyen van duc'],
    ['NGUYỄN VĂN ĐỨC', 'nguyen van duc'],
    ['nguyễn thị đào', 'nguyen thi dao'],
    ['TRẦN THỊ ÁNH NGUYỆT', 'tran thi anh nguyet'],
    ['Đặng Đình Đạt', 'dang dinh dat'],
    ['Hoàng Thị Thủy', 'hoang thi thuy'],
    ['Hoà', 'hoa'], // old-style tone placement
    ['Hòa', 'hoa'], // new-style tone placement
    ['Lê Thị Ngọc Hân', 'le thi ngoc han'],
    ['Phạm Quỳnh Anh', 'pham quynh anh'],
    ['Ưng Hoàng Phúc', 'ung hoang phuc'],
    ['  Trần   Thị\tBích \n', 'tran thi bich'],
    ['Ngô\u00A0Bảo Châu', 'ngo bao chau'], // no-break space
    ['\u00D0ặng Văn Lâm', 'dang van lam'], // Ð (U+00D0) typed instead of Đ
    ['Nguyen Van Duc', 'nguyen van duc'], // already unaccented
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it('folds decomposed input the same as precomposed', () => {
    expect(normalizeForSearch(`${NGUYEN_DECOMPOSED} Văn ${DUC_DECOMPOSED}`)).toBe('nguyen van duc');
  });

  it('returns plain ASCII for Vietnamese text', () => {
    expect(normalizeForSearch('ĂÂĐÊÔƠƯăâđêôơư ÀẢÃÁẠ ỲỶỸÝỴ')).toBe('aadeoouaadeoou aaaaa yyyyy');
  });
});

describe('toNfc', () => {
  it('composes decomposed Vietnamese', () => {
    expect(toNfc(NGUYEN_DECOMPOSED)).toBe('\u004E\u0067\u0075\u0079\u1EC5\u006E'); // "Nguyễn" with U+1EC5
    expect(toNfc(DUC_DECOMPOSED)).toBe('\u0110\u1EE9\u0063'); // "Đức" with U+1EE9
    expect(toNfc(NGUYEN_DECOMPOSED)).toHaveLength(6);
  });

  it('leaves NFC text unchanged', () => {
    expect(toNfc('Nguyễn Văn Đức')).toBe('Nguyễn Văn Đức');
  });
});
