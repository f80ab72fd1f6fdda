/**
 * Small helpers for Vietnamese text. JavaScript's `\b` only knows ASCII letters, so word boundaries are spelled out with
 * Unicode classes; comparisons that must ignore case, diacritics and the old/new tone placement ("Hoà"/"Hòa") go
 * through `fold`.
 */

/** Left and right word boundaries for `u`-flag regular expressions. */
export const WB = '(?<![\\p{L}\\p{N}])';
export const WE = '(?![\\p{L}\\p{N}])';

/** Lower case, no diacritics, `đ` as `d`. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

export function isUpperWord(w: string): boolean {
  return /\p{L}/u.test(w) && w === w.toUpperCase() && w !== w.toLowerCase();
}

export function capitalize(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
}

/** "NGUYỄN VĂN AN" → "Nguyễn Văn An"; words already in mixed case are kept. */
export function titleCaseName(name: string): string {
  return name
    .split(' ')
    .map((w) => (isUpperWord(w) && w.length > 1 ? capitalize(w) : w))
    .join(' ');
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each spelling of a syllable with the tone on the first or the second vowel, mapped to a pattern for both. */
const TONE_VARIANTS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [first, second] of [
    ['o', 'a'],
    ['o', 'e'],
    ['u', 'y'],
  ] as const) {
    for (const tone of ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']) {
      const onSecond = (first + second + tone).normalize('NFC'); // "oà", "uỷ"
      const onFirst = (first + tone + second).normalize('NFC'); // "òa", "ủy"
      for (const f of [(x: string) => x, (x: string) => x.toUpperCase(), (x: string) => x.charAt(0).toUpperCase() + x.slice(1)]) {
        const pattern = `(?:${f(onSecond)}|${f(onFirst)})`;
        map.set(f(onSecond), pattern);
        map.set(f(onFirst), pattern);
      }
    }
  }
  return map;
})();
const TONE_VARIANT_RE = new RegExp([...TONE_VARIANTS.keys()].join('|'), 'gu');

/** One spelling for both tone placements (the tone on the first vowel, "hòa"), for comparing words. */
export function canonicalTone(s: string): string {
  return s.normalize('NFC').replace(TONE_VARIANT_RE, (m) => /^\(\?:[^|]+\|([^)]+)\)$/.exec(TONE_VARIANTS.get(m) ?? '')?.[1] ?? m);
}

/**
 * Old and new tone placement spell the same syllable two ways ("Hoà"/"Hòa", "Thuỷ"/"Thủy", "Uỷ ban"/"Ủy ban"), and
 * NFC does not unify them. Rewrites an (escaped) regex source so that either spelling matches.
 */
export function toneFlexible(source: string): string {
  return source.normalize('NFC').replace(TONE_VARIANT_RE, (m) => TONE_VARIANTS.get(m) ?? m);
}
