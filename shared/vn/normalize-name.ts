// Name normalization. Names are stored in NFC (the form Vietnamese keyboards and the population register emit);
// search compares a folded form that ignores case, tone marks and vowel diacritics, and treats đ as d. That folded
// form is what the name-search column stores (with a trigram index), because unaccent() cannot back an index.

/** Unicode NFC, so that "Nguyễn" typed precomposed or decomposed is the same string. */
export function toNfc(s: string): string {
  return s.normalize('NFC');
}

// Combining marks left after NFD: tones (huyền, sắc, hỏi, ngã, nặng) and the circumflex, breve and horn.
const COMBINING_MARKS = /\p{M}+/gu;
// đ/Đ has no decomposition, so it survives NFD and must be mapped by hand. Ð (U+00D0, Icelandic eth) and Ɖ (U+0189)
// look identical to Đ and turn up in legacy data typed on the wrong keyboard layout, so they fold the same way.
const D_WITH_STROKE = /[đĐðÐɖƉ]/g;
const WHITESPACE_RUNS = /\s+/g;

/**
 * Folded form for searching: NFC, lower case, diacritics removed, đ → d, whitespace runs collapsed and trimmed.
 * normalizeForSearch('  Nguyễn   Văn ĐỨC ') === 'nguyen van duc'.
 */
export function normalizeForSearch(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_WITH_STROKE, 'd')
    .replace(WHITESPACE_RUNS, ' ')
    .trim();
}
