import type { TextSpan } from './types';

/**
 * Text as the extractor reads it: Unicode NFC, one space for any run of horizontal whitespace, `\n` for any line break
 * (at most one blank line kept), no zero-width characters, and every dash as `-`. Courts paste text from Word, PDF and
 * scanned OCR, so decomposed diacritics, non-breaking spaces and CRLF are common; normalizing once lets every pattern
 * stay simple, while the offset map lets every span point back into the text the court actually sent.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /** Maps the half-open range [start, end) of `text` to the original text. */
  span(start: number, end: number): TextSpan;
}

const COMBINING_MARK = /\p{M}/u;
const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/;
const HORIZONTAL_SPACE = /[\s\u00A0\u3000]/;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const DASH = /[\u2010-\u2015\u2212]/;

export function normalizeText(original: string): NormalizedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (s: string, start: number, end: number): void => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k]!);
      starts.push(start);
      ends.push(end);
    }
  };

  // Whitespace is held back until the next visible character, so runs collapse and trailing whitespace disappears.
  let pendingSpaceAt = -1;
  let pendingBreaks = 0;
  let pendingBreakAt = -1;
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i)!;
    let j = i + (cp > 0xffff ? 2 : 1);
    const ch = original.slice(i, j);
    if (LINE_BREAK.test(ch)) {
      if (ch === '\r' && original[j] === '\n') j++;
      if (pendingBreaks === 0) pendingBreakAt = i;
      pendingBreaks++;
      i = j;
      continue;
    }
    if (HORIZONTAL_SPACE.test(ch)) {
      if (pendingSpaceAt < 0) pendingSpaceAt = i;
      i = j;
      continue;
    }
    if (INVISIBLE.test(ch)) {
      i = j;
      continue;
    }
    // A base character and the combining marks after it form one unit, composed together.
    while (j < original.length && COMBINING_MARK.test(original[j]!)) j++;
    if (out.length > 0) {
      if (pendingBreaks > 0) emit(pendingBreaks > 1 ? '\n\n' : '\n', pendingBreakAt, pendingBreakAt + 1);
      else if (pendingSpaceAt >= 0) emit(' ', pendingSpaceAt, pendingSpaceAt + 1);
    }
    pendingBreaks = 0;
    pendingSpaceAt = -1;
    const unit = original.slice(i, j);
    emit(DASH.test(unit) ? '-' : unit.normalize('NFC'), i, j);
    i = j;
  }

  const text = out.join('');
  return {
    original,
    text,
    span(start: number, end: number): TextSpan {
      const s = Math.max(0, Math.min(start, text.length));
      const e = Math.max(s, Math.min(end, text.length));
      if (e === s) {
        const at = s < starts.length ? starts[s]! : original.length;
        return { start: at, end: at, text: '' };
      }
      const os = starts[s]!;
      const oe = ends[e - 1]!;
      return { start: os, end: oe, text: original.slice(os, oe) };
    },
  };
}

/** One space for every whitespace run: the form in which values are reported. */
export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
