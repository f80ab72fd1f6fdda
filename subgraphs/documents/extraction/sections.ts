import { fold } from './vietnamese-text';

/**
 * The parts of a judgment or decision, as offsets into the normalized text. Every Vietnamese judgment follows the
 * template of the Supreme People's Court: a header (court, number, date), the parties, the narrative (NỘI DUNG VỤ ÁN,
 * NHẬN ĐỊNH CỦA TÒA ÁN) and the operative part after the last "QUYẾT ĐỊNH" heading, closed by signatures and "Nơi nhận".
 * Only the operative part creates obligations: amounts in the narrative are claims and arguments, not orders.
 */
export interface Sections {
  /** End of the header block (court, number, date, title). */
  headerEnd: number;
  /** The parties are listed between the header and the narrative. */
  partiesEnd: number;
  decisionStart: number;
  decisionEnd: number;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return lines;
}

/** A heading stands alone on its line: at most a numbering before and a colon after. */
function headingMatches(line: string, pattern: RegExp): boolean {
  const t = fold(line).replace(/^\s*(?:[ivx]+|[a-z]|\d+)[.)]\s*/, '').trim();
  return pattern.test(t);
}

const NARRATIVE_HEADING =
  /^(?:noi dung vu (?:an|viec)|nhan thay|xet thay|nhan dinh(?: cua (?:toa an|hoi dong xet xu))?|noi dung|nhung tinh tiet cua vu an|xet thay:?)\s*:?$/;
const DECISION_HEADING =
  /^(?:vi (?:cac|nhung) (?:le|ly do) (?:nhu )?(?:tren|neu tren),?\s*(?:hoi dong xet xu\s*|toa an\s*)?)?(?:quyet dinh|tuyen xu|xu)\s*:?$/;
const HEADER_END = /^(?:nhan danh|can cu|voi thanh phan|thanh phan hoi dong|ngay \d|trong (?:cac )?ngay|vao (?:cac )?ngay)/;
const DECISION_END = /^(?:noi nhan|tm\.?\s*hoi dong|t\/m\.? hoi dong|tm\.?\s*toa an|tham phan(?: - chu toa)?\s*$|hoi dong xet xu\s*$|cac hoi tham)/;

export function findSections(text: string): Sections {
  const lines = splitLines(text);
  const upper = (s: string): boolean => s === s.toUpperCase();

  let headerEnd = Math.min(text.length, 1500);
  for (const line of lines) {
    if (line.start > 0 && HEADER_END.test(fold(line.text).trim())) {
      headerEnd = Math.min(headerEnd, line.start);
      break;
    }
  }

  let narrativeStart = -1;
  let decisionLine = -1;
  lines.forEach((line, idx) => {
    const t = line.text.trim();
    if (t.length === 0 || t.length > 90) return;
    if (narrativeStart < 0 && headingMatches(t, NARRATIVE_HEADING) && (upper(t) || t.endsWith(':'))) narrativeStart = line.start;
    // The operative heading is in capitals ("QUYẾT ĐỊNH:"); a mixed-case "Quyết định:" line also counts when it ends in a colon.
    if (headingMatches(t, DECISION_HEADING) && (upper(t.replace(/^vì (?:các|những) lẽ[^,]*,?\s*(?:hội đồng xét xử\s*)?/iu, '')) || t.endsWith(':'))) decisionLine = idx;
  });
  let decisionStart = decisionLine >= 0 ? lines[decisionLine]!.end : text.length;
  if (decisionLine < 0) {
    // No heading on a line of its own: the last "QUYẾT ĐỊNH:" written inline ("Vì các lẽ trên, HĐXX QUYẾT ĐỊNH: ...").
    const inline = [...text.matchAll(/QUYẾT ĐỊNH\s*:/gu)].pop();
    if (inline) decisionStart = inline.index! + inline[0].length;
  }
  let decisionEnd = text.length;
  for (const line of lines) {
    if (line.start > decisionStart && DECISION_END.test(fold(line.text).trim())) {
      decisionEnd = line.start;
      break;
    }
  }
  const partiesEnd = narrativeStart >= 0 && narrativeStart < decisionStart ? narrativeStart : decisionLine >= 0 ? lines[decisionLine]!.start : Math.min(decisionStart, text.length);
  return { headerEnd, partiesEnd, decisionStart, decisionEnd };
}
