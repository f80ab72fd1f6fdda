import { NUMBER_WORDS, isScaleWord, parseAmountWords, tokenizeNumberWords } from './amount-words';

/**
 * Money amounts in normalized judgment text: digits with a currency ("150.000.000 đồng", "150.000.000đ",
 * "1.250.000.000 VNĐ"), digits with a scale ("150 triệu đồng", "2,5 tỷ đồng", "1 tỷ 250 triệu đồng"), the words that
 * usually follow in brackets, and amounts written only in words. Values are exact bigints: never floating point.
 */

export interface AmountMatch {
  value: bigint;
  /** Range in the normalized text, including a bracketed "in words" repetition when there is one. */
  start: number;
  end: number;
  confidence: number;
}

const SCALES: Readonly<Record<string, bigint>> = {
  nghìn: 1_000n,
  ngàn: 1_000n,
  triệu: 1_000_000n,
  tỷ: 1_000_000_000n,
  tỉ: 1_000_000_000n,
};

const CONFIDENCE = {
  digitsAndWordsAgree: 0.98,
  digitsWithCurrency: 0.9,
  digitsWithScale: 0.88,
  wordsOnly: 0.8,
  unreadableWords: 0.6,
  digitsAndWordsDisagree: 0.3,
} as const;

const CURRENCY = /^\s*(?:đồng|đ|vnđ|vnd|dong)(?![\p{L}\p{N}])\.?/iu;
const SCALE_WORD = /^\s*(nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}\p{N}])/iu;
const DIGITS_START = /(?<![\p{L}\p{N}.,/])\d/gu;

/**
 * The integer value of a number written with digits and separators, times `scale`.
 * Vietnamese writes thousands with "." and decimals with ","; English-style "150,000,000" also occurs. A group of
 * exactly three digits after a separator marks thousands, except that with a scale word a comma is a decimal comma
 * ("2,5 tỷ", "1,25 triệu"). Returns null when the result is not a whole number of đồng.
 */
export function parseDigitNumber(raw: string, scale = 1n): bigint | null {
  const s = raw.replace(/\s+/g, '');
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return null;
  const seps = s.replace(/\d+/g, '');
  const groups = s.split(/[.,]/);
  let intPart = s;
  let fracPart = '';
  if (seps.length > 0) {
    const lastSep = seps[seps.length - 1]!;
    const lastGroup = groups[groups.length - 1]!;
    const allThousands = groups.slice(1).every((g) => g.length === 3) && groups[0]!.length <= 3;
    const commaIsDecimal = lastSep === ',' && scale > 1n;
    if (allThousands && new Set(seps).size === 1 && !commaIsDecimal) {
      intPart = groups.join('');
    } else {
      // The last separator is the decimal mark; every earlier one must be a thousands separator of the other kind.
      const head = groups.slice(0, -1);
      const headSeps = seps.slice(0, -1);
      if (headSeps.includes(lastSep)) return null;
      if (head.length > 1 && !(head.slice(1).every((g) => g.length === 3) && head[0]!.length <= 3)) return null;
      intPart = head.join('');
      fracPart = lastGroup;
    }
  }
  const denominator = 10n ** BigInt(fracPart.length);
  const numerator = (BigInt(intPart) * denominator + BigInt(fracPart === '' ? '0' : fracPart)) * scale;
  if (numerator % denominator !== 0n) return null;
  return numerator / denominator;
}

/**
 * Reads one run of digits with separators starting at `at`. A dot followed by a line break and three digits
 * ("150.000.\n000") is a number broken by the layout, not the end of a sentence.
 */
function readDigitRun(text: string, at: number): number {
  const end = readSeparatedRun(text, at);
  // "5 000 000 đồng": spaces as thousands separators, accepted only when a currency follows.
  const spaced = /^\d{1,3}(?: \d{3}(?!\d))+/.exec(text.slice(at, at + 40));
  if (spaced && spaced[0].length > end - at && CURRENCY.test(text.slice(at + spaced[0].length))) return at + spaced[0].length;
  return end;
}

function readSeparatedRun(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\d/.test(text[i]!)) i++;
  let lastGroupLength = i - at;
  for (;;) {
    const sep = text[i];
    if (sep !== '.' && sep !== ',') break;
    let j = i + 1;
    if (/\d/.test(text[j] ?? '')) {
      const g = j;
      while (j < text.length && /\d/.test(text[j]!)) j++;
      lastGroupLength = j - g;
      i = j;
      continue;
    }
    if (sep === '.' && lastGroupLength <= 3 && /\s/.test(text[j] ?? '')) {
      const m = /^\s{1,3}(\d{3})(?!\d)/.exec(text.slice(j, j + 7));
      if (m) {
        i = j + m[0].length;
        lastGroupLength = 3;
        continue;
      }
    }
    break;
  }
  return i;
}

/** The value of a bracketed repetition in words, or undefined when the brackets hold something else. */
function bracketedWords(raw: string): bigint | null | undefined {
  // "(Ba triệu đồng một tháng)": the period is not part of the number.
  const inner = raw.replace(/\s*(?:\/|một|mỗi|hàng|trên)\s*(?:tháng|năm)\s*$/iu, '');
  const tokens = tokenizeNumberWords(inner);
  const numberTokens = tokens.filter((t) => NUMBER_WORDS.has(t)).length;
  if (numberTokens === 0 || numberTokens < tokens.length / 3) return undefined;
  return parseAmountWords(inner);
}

function findDigitAmounts(text: string): AmountMatch[] {
  const found: AmountMatch[] = [];
  DIGITS_START.lastIndex = 0;
  for (let m = DIGITS_START.exec(text); m; m = DIGITS_START.exec(text)) {
    const start = m.index;
    let end = readDigitRun(text, start);
    const raw = text.slice(start, end);
    let value: bigint | null = null;
    let hasScale = false;
    // Digits with scale words, possibly chained: "1 tỷ 250 triệu".
    let rest = text.slice(end);
    let sm = SCALE_WORD.exec(rest);
    if (sm) {
      hasScale = true;
      value = parseDigitNumber(raw, SCALES[sm[1]!.toLowerCase()]!);
      end += sm[0].length;
      for (;;) {
        const chain = /^\s+(\d+(?:[.,]\d+)*)\s*(nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}\p{N}])/iu.exec(text.slice(end));
        if (!chain || value === null) break;
        const part = parseDigitNumber(chain[1]!, SCALES[chain[2]!.toLowerCase()]!);
        if (part === null) break;
        value += part;
        end += chain[0].length;
      }
    } else {
      value = parseDigitNumber(raw);
    }
    rest = text.slice(end);
    let cur = CURRENCY.exec(rest);
    if (cur) end += cur[0].replace(/\.$/, '').length;
    // "1.500.000.000 (một tỷ năm trăm triệu) đồng", "100 (một trăm) triệu đồng": the scale and currency after the
    // bracketed words apply to the digits too.
    let trailingCurrency = 0;
    let wordsScale = 1n;
    if (!cur && !hasScale) {
      const after = /^\s*\([^()]{2,200}\)/u.exec(rest);
      const scaleAfter = after ? SCALE_WORD.exec(rest.slice(after[0].length)) : null;
      const tailAt = after ? after[0].length + (scaleAfter ? scaleAfter[0].length : 0) : 0;
      const tail = after ? CURRENCY.exec(rest.slice(tailAt)) : null;
      if (after && (tail || scaleAfter)) {
        cur = tail;
        trailingCurrency = tailAt - after[0].length + (tail ? tail[0].replace(/\.$/, '').length : 0);
        if (scaleAfter) {
          wordsScale = SCALES[scaleAfter[1]!.toLowerCase()]!;
          value = parseDigitNumber(raw, wordsScale);
          hasScale = true;
        }
      }
    }
    if (value === null || (!cur && !hasScale)) {
      DIGITS_START.lastIndex = Math.max(start + 1, readDigitRun(text, start));
      continue;
    }
    let confidence: number = hasScale ? CONFIDENCE.digitsWithScale : CONFIDENCE.digitsWithCurrency;
    const bracket = /^\s*\(\s*([^()]{2,200})\)/u.exec(text.slice(end));
    if (bracket) {
      const words = bracketedWords(bracket[1]!.replace(/^\s*(?:bằng chữ|viết bằng chữ|số tiền bằng chữ)\s*:?/iu, ''));
      if (words !== undefined) {
        end += bracket[0].length + trailingCurrency;
        if (words === null) confidence = CONFIDENCE.unreadableWords;
        else if (words === value || words * wordsScale === value) confidence = CONFIDENCE.digitsAndWordsAgree;
        else confidence = CONFIDENCE.digitsAndWordsDisagree;
      }
    }
    found.push({ value, start, end, confidence });
    DIGITS_START.lastIndex = end;
  }
  return found;
}

const WORD_TOKEN = /[\p{L}]+/gu;

/**
 * Amounts written only in words ("Buộc ông A trả cho bà B một trăm triệu đồng"). A run qualifies when it ends in
 * "đồng" or holds "triệu"/"tỷ"; a run right after "năm"/"tháng"/"ngày" is a date written in words.
 */
function findWordAmounts(text: string, covered: AmountMatch[]): AmountMatch[] {
  const tokens: Array<{ w: string; start: number; end: number }> = [];
  for (const m of text.matchAll(WORD_TOKEN)) tokens.push({ w: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length });
  const isCovered = (pos: number): boolean => covered.some((c) => pos >= c.start && pos < c.end);
  const found: AmountMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!NUMBER_WORDS.has(tokens[i]!.w) || isCovered(tokens[i]!.start)) {
      i++;
      continue;
    }
    let j = i;
    // Only spaces and commas may separate the words of one number.
    while (
      j + 1 < tokens.length &&
      NUMBER_WORDS.has(tokens[j + 1]!.w) &&
      /^[\s,]*$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))
    )
      j++;
    const run = tokens.slice(i, j + 1);
    const next = tokens[j + 1];
    const endsInDong = next !== undefined && next.w === 'đồng' && /^\s*$/.test(text.slice(tokens[j]!.end, next.start));
    const hasBigScale = run.some((t) => t.w === 'triệu' || t.w === 'tỷ' || t.w === 'tỉ');
    const prev = i > 0 ? tokens[i - 1]!.w : '';
    const dateContext = prev === 'năm' || prev === 'tháng' || prev === 'ngày' || run[0]!.w === 'năm';
    if ((endsInDong || hasBigScale) && run.some((t) => isScaleWord(t.w) || t.w === 'trăm') && !dateContext) {
      const value = parseAmountWords(run.map((t) => t.w).join(' '));
      if (value !== null && value > 0n) {
        found.push({
          value,
          start: run[0]!.start,
          end: endsInDong ? next!.end : run[run.length - 1]!.end,
          confidence: CONFIDENCE.wordsOnly,
        });
      }
    }
    i = j + 1;
  }
  return found;
}

/** Every money amount in `text` (normalized), in order of position. */
export function findAmounts(text: string): AmountMatch[] {
  const digits = findDigitAmounts(text);
  const words = findWordAmounts(text, digits);
  // "Một trăm triệu đồng (100.000.000 đồng)": words first, digits in brackets, one amount.
  const merged: AmountMatch[] = [...digits];
  for (const w of words) {
    const d = digits.find((x) => /^\s*\(\s*$/.test(text.slice(w.end, x.start)) && /^\s*\)/.test(text.slice(x.end)));
    if (!d) {
      merged.push(w);
      continue;
    }
    const closing = text.slice(d.end).indexOf(')') + d.end + 1;
    merged.splice(merged.indexOf(d), 1, {
      value: d.value,
      start: w.start,
      end: closing,
      confidence: d.value === w.value ? CONFIDENCE.digitsAndWordsAgree : CONFIDENCE.digitsAndWordsDisagree,
    });
  }
  return merged.sort((a, b) => a.start - b.start);
}
