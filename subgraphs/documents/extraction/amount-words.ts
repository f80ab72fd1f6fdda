/**
 * Vietnamese numbers written in words, as judgments repeat amounts in brackets: "Một trăm năm mươi triệu đồng",
 * "hai tỷ không trăm năm mươi triệu đồng", "mười lăm triệu", "hai mươi mốt", "bốn mươi tư", "một trăm lẻ năm",
 * "mười nghìn / ngàn", "hai triệu rưỡi". Exact arithmetic on bigint throughout.
 */

const DIGIT_WORDS: Readonly<Record<string, number>> = {
  không: 0,
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  nhăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};

const SCALE_WORDS: Readonly<Record<string, bigint>> = {
  nghìn: 1_000n,
  ngàn: 1_000n,
  triệu: 1_000_000n,
  tỷ: 1_000_000_000n,
  tỉ: 1_000_000_000n,
};

const HALF_WORDS = new Set(['rưỡi', 'rưởi']);
const ZERO_TENS_WORDS = new Set(['linh', 'lẻ']);

/** Every word that can be part of a number in words. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(DIGIT_WORDS),
  ...Object.keys(SCALE_WORDS),
  ...HALF_WORDS,
  ...ZERO_TENS_WORDS,
  'mười',
  'mươi',
  'trăm',
]);

export function isScaleWord(w: string): boolean {
  return w in SCALE_WORDS;
}

/** Words around an amount in words that carry no value. */
const FILLER = new Set(['đồng', 'chẵn', 'việt', 'nam', 'vnđ', 'vnd', 'bằng', 'chữ', 'số', 'tiền', 'là', 'và']);

export function tokenizeNumberWords(input: string): string[] {
  return input
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\s]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/**
 * Parses a number in words; fillers ("đồng", "chẵn", "bằng chữ", "Việt Nam đồng") at either end are ignored.
 * Returns null when the words are not a well-formed number.
 */
export function parseAmountWords(input: string): bigint | null {
  const tokens = tokenizeNumberWords(input);
  let a = 0;
  let b = tokens.length;
  while (a < b && FILLER.has(tokens[a]!)) a++;
  while (b > a && FILLER.has(tokens[b - 1]!)) b--;
  // "Việt Nam đồng": "năm" is a digit word but "nam" is not, so the filler check above already stops at it.
  return parseTokens(tokens.slice(a, b));
}

function parseTokens(tokens: string[]): bigint | null {
  if (tokens.length === 0) return null;
  // Split at the last occurrence of the largest scale: "hai nghìn tỷ ba trăm triệu" = (hai nghìn) × tỷ + (ba trăm triệu).
  let scaleAt = -1;
  let scale = 0n;
  tokens.forEach((t, i) => {
    const s = SCALE_WORDS[t];
    if (s !== undefined && s >= scale) {
      scale = s;
      scaleAt = i;
    }
  });
  if (scaleAt < 0) {
    const small = parseBelowThousand(tokens);
    return small === null ? null : BigInt(small);
  }
  const left = parseTokens(tokens.slice(0, scaleAt));
  if (left === null || left === 0n) return null;
  const rest = tokens.slice(scaleAt + 1);
  if (rest.length === 0) return left * scale;
  if (rest.length === 1 && HALF_WORDS.has(rest[0]!)) return left * scale + scale / 2n;
  const right = parseTokens(rest);
  if (right === null || right >= scale) return null;
  return left * scale + right;
}

/** 0..999: "[D trăm] [linh|lẻ D | mười [D] | D mươi [D] | D]", also "trăm rưỡi". */
function parseBelowThousand(tokens: string[]): number | null {
  let pos = 0;
  let value = 0;
  let hasHundreds = false;
  const digitAt = (i: number): number | undefined => (i < tokens.length ? DIGIT_WORDS[tokens[i]!] : undefined);

  const h = digitAt(0);
  if (h !== undefined && tokens[1] === 'trăm') {
    value = h * 100;
    pos = 2;
    hasHundreds = true;
  } else if (tokens[0] === 'trăm') {
    value = 100;
    pos = 1;
    hasHundreds = true;
  }
  if (pos === tokens.length) return value;

  const t = tokens[pos]!;
  if (hasHundreds && HALF_WORDS.has(t) && pos + 1 === tokens.length) return value + 50;
  if (ZERO_TENS_WORDS.has(t)) {
    const d = digitAt(pos + 1);
    if (!hasHundreds || d === undefined || d === 0 || pos + 2 !== tokens.length) return null;
    return value + d;
  }
  if (t === 'mười') {
    pos++;
    value += 10;
    if (pos === tokens.length) return value;
    const d = digitAt(pos);
    if (d === undefined || d === 0 || pos + 1 !== tokens.length) return null;
    return value + d;
  }
  const tens = digitAt(pos);
  if (tens === undefined) return null;
  if (tokens[pos + 1] === 'mươi') {
    if (tens < 2) return null;
    value += tens * 10;
    pos += 2;
    if (pos === tokens.length) return value;
    const d = digitAt(pos);
    if (d === undefined || d === 0 || pos + 1 !== tokens.length) return null;
    return value + d;
  }
  // A bare digit after "trăm" ("một trăm năm") is colloquial and ambiguous (105 or 150): refuse rather than guess.
  if (hasHundreds || pos + 1 !== tokens.length) return null;
  return tens;
}
