/**
 * Splits the operative part of a judgment into clauses: one order each ("Buộc ông A phải trả cho bà B ...",
 * "Về án phí: ..."). Layout line breaks inside a sentence (a name or an amount wrapped onto the next line) are not
 * clause breaks; numbered items, bullets and sentence ends are. A clause that announces a list ("... các khoản sau:")
 * keeps its bulleted items and a closing "Tổng cộng ...". Each clause knows whether it sits under a court-fee heading
 * ("2. Về án phí:"), since the sentences there often omit the words "án phí".
 */

export interface Clause {
  start: number;
  end: number;
  /** Under a heading about court fees (án phí, lệ phí). */
  feeContext: boolean;
}

const ITEM_START = /^(?:[-+•*]|\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVX]{1,4})[.)](?!\d))/u;
const TOPIC_START = /^(?:(?:[-+•*]|\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVX]{1,4})[.)])\s*)?(?:về|án phí|lệ phí|chi phí)(?![\p{L}])/iu;
const NUMBERED = /^\(?(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)](?!\d)/u;
const HEADING_ONLY = /^(?:(?:[-+•*]|\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVX]{1,4})[.)])\s*)?[^:]{0,70}:$/u;
const ORDER_VERB = /(?<![\p{L}])(?:buộc|trả|thanh toán|bồi thường|cấp dưỡng|giao|nộp|chịu)(?![\p{L}])/iu;
const ABBREVIATION = /(?:^|[\s(,])(?:TP|Tp|tp|P|Q|TX|TT|KP|Đ|đ|ông|bà|Số|số|St|Th\.S|TS|Ths|v\.v)$/u;

interface Piece {
  start: number;
  end: number;
}

/** Logical lines: physical lines joined where the break is only a layout wrap. */
function logicalLines(text: string, from: number, to: number): Piece[] {
  const out: Piece[] = [];
  let start = from;
  let i = from;
  while (i < to) {
    const nl = text.indexOf('\n', i);
    const lineEnd = nl < 0 || nl >= to ? to : nl;
    if (lineEnd >= to) break;
    const prev = text.slice(start, lineEnd).trimEnd();
    const next = text.slice(lineEnd + 1, to).trimStart();
    const hardBreak =
      ITEM_START.test(next) ||
      next.length === 0 ||
      prev.length === 0 ||
      (/[.;:!?)]$/.test(prev) && /^[\p{Lu}("“]/u.test(next) && !/\d\.$/.test(prev));
    if (hardBreak) {
      if (prev.length > 0) out.push({ start, end: lineEnd });
      start = lineEnd + 1;
    }
    i = lineEnd + 1;
  }
  if (text.slice(start, to).trim().length > 0) out.push({ start, end: to });
  return out;
}

/** Sentences of one logical line: a full stop followed by a capital, unless it closes an abbreviation. */
function sentences(text: string, piece: Piece): Piece[] {
  const out: Piece[] = [];
  let start = piece.start;
  const re = /[.!?]\s+(?=[\p{Lu}(“"-])/gu;
  const slice = text.slice(piece.start, piece.end);
  for (const m of slice.matchAll(re)) {
    const abs = piece.start + m.index!;
    if (ABBREVIATION.test(text.slice(Math.max(piece.start, abs - 6), abs))) continue;
    out.push({ start, end: abs + 1 });
    start = abs + m[0].length;
  }
  if (start < piece.end) out.push({ start, end: piece.end });
  return out;
}

export function decisionClauses(text: string, from: number, to: number): Clause[] {
  const clauses: Clause[] = [];
  let feeContext = false;
  let listOpen: Clause | null = null;
  for (const line of logicalLines(text, from, to)) {
    const lineText = text.slice(line.start, line.end).trimStart();
    const isItem = ITEM_START.test(lineText);
    if (TOPIC_START.test(lineText)) {
      const heading = lineText.slice(0, Math.max(lineText.indexOf(':'), 0) || 80);
      feeContext = /án phí|lệ phí/iu.test(heading);
    } else if (NUMBERED.test(lineText)) {
      feeContext = false;
    }
    for (const s of sentences(text, line)) {
      const sText = text.slice(s.start, s.end).trim();
      // Items of an announced list, and the total after them, belong to the clause that announced them.
      if (listOpen && (isItem && !NUMBERED.test(lineText) ? true : /^tổng/iu.test(sText))) {
        listOpen.end = s.end;
        continue;
      }
      listOpen = null;
      const clause: Clause = { start: s.start, end: s.end, feeContext };
      clauses.push(clause);
      // "… phải thanh toán cho ông B các khoản sau:" opens a list; a bare heading ("2. Về án phí:") does not.
      if (sText.endsWith(':') && !(HEADING_ONLY.test(sText) && !ORDER_VERB.test(sText))) listOpen = clause;
    }
  }
  return clauses;
}
