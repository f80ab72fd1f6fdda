import { dateNear, findDates, toIsoDate } from './dates';
import type { NormalizedText } from './normalize';
import { splitLines, type Sections } from './sections';
import type { Extracted } from './types';
import { fold, isUpperWord } from './vietnamese-text';

/**
 * Number, case type, level, court and date of a judgment or decision, read from its header. The header is where the
 * court states its own document; the body cites many others (the first-instance judgment under appeal, the acceptance
 * number "TLST-DS", the decision to bring the case to trial "QĐXXST-DS", contracts), so body matches are only fallbacks.
 */

export interface JudgmentMeta {
  judgmentNumber: Extracted<string> | null;
  caseType: Extracted<string> | null;
  level: Extracted<'FIRST_INSTANCE' | 'APPEAL'> | null;
  court: Extracted<string> | null;
  issuedOn: Extracted<string> | null;
}

const CASE_TYPES = ['HNGĐ', 'KDTM', 'LĐ', 'HC', 'HS', 'DS'] as const;
const NUMBER = /(?<![\d/])(\d{1,5})\s*\/\s*(\d{4})\s*\/\s*([A-ZĐ]{1,8}(?:\s*-\s*[A-ZĐ]{1,8}){0,3})(?![\p{L}\p{N}])/giu;
const NUMBER_LABEL = /(?:bản án|quyết định|số)\s*(?:số)?\s*[:.]?\s*$/iu;

interface CodeInfo {
  caseType: string | null;
  level: 'FIRST_INSTANCE' | 'APPEAL' | null;
  /** Acceptance (thụ lý) and trial-scheduling numbers are never the document's own number. */
  procedural: boolean;
}

/** Reads "DS-ST", "QĐST-DS", "HSPT", "QĐPT-HNGĐ", "KDTM-PT" and the like. */
export function parseNumberCode(code: string): CodeInfo {
  const parts = code.toUpperCase().replace(/\s+/g, '').split('-');
  let caseType: string | null = null;
  let level: CodeInfo['level'] = null;
  let procedural = false;
  const setLevel = (l: string): void => {
    if (l === 'ST') level = 'FIRST_INSTANCE';
    else if (l === 'PT') level = 'APPEAL';
  };
  for (const raw of parts) {
    if (/^(?:TL|QĐXX|QĐHPT|QĐ$)/.test(raw)) procedural = true;
    // Typed without "Đ" ("HNGD", "LD"), the codes are still the same case types.
    const part = raw.replace(/^QĐ/, '').replace(/^HNGD/, 'HNGĐ').replace(/^LD(?=$|ST|PT)/, 'LĐ').replace(/(?<=ST|PT)HNGD$/, 'HNGĐ').replace(/(?<=ST|PT)LD$/, 'LĐ');
    if (part === 'ST' || part === 'PT') {
      setLevel(part);
      continue;
    }
    for (const type of CASE_TYPES) {
      if (part === type) caseType = type;
      else if (part.startsWith(type) && /^(?:ST|PT)$/.test(part.slice(type.length))) {
        caseType = type;
        setLevel(part.slice(type.length));
      } else if (part.endsWith(type) && /^(?:ST|PT)$/.test(part.slice(0, -type.length))) {
        caseType = type;
        setLevel(part.slice(0, -type.length));
      } else continue;
      break;
    }
  }
  return { caseType, level, procedural };
}

function extractNumber(nt: NormalizedText, sections: Sections): { meta: Pick<JudgmentMeta, 'judgmentNumber' | 'caseType' | 'level'>; end: number } {
  const text = nt.text;
  const candidates = [...text.matchAll(NUMBER)].map((m) => {
    const value = `${m[1]}/${m[2]}/${m[3]!.replace(/\s+/g, '').toUpperCase()}`;
    const labelled = NUMBER_LABEL.test(text.slice(Math.max(0, m.index! - 25), m.index!));
    return { m, value, labelled, info: parseNumberCode(m[3]!), inHeader: m.index! < sections.headerEnd };
  });
  const usable = candidates.filter((c) => !c.info.procedural && (c.info.caseType !== null || c.info.level !== null));
  const best =
    usable.find((c) => c.inHeader && c.labelled) ??
    usable.find((c) => c.inHeader) ??
    usable.find((c) => c.labelled && !/(?:sơ thẩm|phúc thẩm)\s*số\s*:?\s*$/iu.test(text.slice(Math.max(0, c.m.index! - 25), c.m.index!)));
  if (!best) return { meta: { judgmentNumber: null, caseType: null, level: null }, end: -1 };
  const start = best.m.index!;
  const end = start + best.m[0].length;
  const span = nt.span(start, end);
  const confidence = best.inHeader && best.labelled ? 0.97 : best.inHeader ? 0.85 : 0.6;
  return {
    meta: {
      judgmentNumber: { value: best.value, confidence, span },
      caseType: best.info.caseType ? { value: best.info.caseType, confidence, span } : null,
      level: best.info.level ? { value: best.info.level, confidence, span } : null,
    },
    end,
  };
}

const ADMIN_WORDS = ['thành phố', 'thị xã', 'khu vực', 'cấp cao', 'huyện', 'quận', 'tỉnh', 'tại'];
const MOTTO = /cộng hòa xã hội chủ nghĩa việt nam|cộng hoà xã hội chủ nghĩa việt nam|độc lập\s*-\s*tự do\s*-\s*hạnh phúc|-{3,}|_{3,}|\*{3,}/giu;

/** "TÒA ÁN NHÂN DÂN HUYỆN GIA LÂM" → "Tòa án nhân dân huyện Gia Lâm": unit words in lower case, names capitalized. */
export function courtCase(raw: string): string {
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.replace(/^t(?:òa|oà|oa)\s+(?:án|an)\s+nhân\s+dân/iu, 'Tòa án nhân dân');
  // "TP. Cần Thơ", "TP Hồ Chí Minh": the abbreviation is the same unit as "thành phố".
  s = s.replace(/(?<![\p{L}])TP\.?\s*(?=\p{Lu})/gu, 'thành phố ');
  const words = s.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i < 4) {
      out.push(w);
      continue;
    }
    const two = `${w} ${words[i + 1] ?? ''}`.toLowerCase();
    if (ADMIN_WORDS.includes(two)) {
      out.push(two);
      i++;
      continue;
    }
    if (ADMIN_WORDS.includes(w.toLowerCase())) out.push(w.toLowerCase());
    else if (isUpperWord(w) && w.length > 1 && !/^[IVX]+$/.test(w) && !/\d/.test(w)) out.push(w.charAt(0) + w.slice(1).toLowerCase());
    else out.push(w);
  }
  // "quận Ninh Kiều - thành phố Cần Thơ" is the district, then its province; "khu vực 3 - Cần Thơ" is one name.
  return out
    .join(' ')
    .replace(/\s+-\s+(?=(?:tỉnh|thành phố)\s)/gu, ', ')
    .replace(/\s*,\s*/g, ', ');
}

/** The words in capitals at the start of `s` ("TỈNH BẮC NINH Ngày 15 tháng 3" → "TỈNH BẮC NINH"). */
function leadingCapitals(s: string): string {
  const out: string[] = [];
  for (const w of s.split(' ')) {
    if (isUpperWord(w) || /^[-–,.\d]+$/.test(w) || /^\d+[A-Z]?$/.test(w)) out.push(w);
    else break;
  }
  return out.join(' ').replace(/[\s,-]+$/u, '');
}

const UNIT_START = /^(?:huyện|quận|thị xã|thành phố|tp\.?|tỉnh|khu vực|cấp cao)(?![\p{L}])/iu;
const UNIT_END = /(?:huyện|quận|thị xã|thành phố|tp\.?|tỉnh|khu vực|cấp cao|tại|nhân dân)$/iu;

function extractCourt(nt: NormalizedText, sections: Sections): Extracted<string> | null {
  const text = nt.text;
  const lines = splitLines(text.slice(0, Math.max(sections.headerEnd, 400)));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const at = fold(line.text).search(/to\s*a\s*an\s+nhan\s+dan/);
    if (at < 0) continue;
    let value = line.text.slice(at).replace(MOTTO, ' ').replace(/\s+/g, ' ').trim();
    // A one-line header may carry the number after the court: "TÒA ÁN NHÂN DÂN HUYỆN X   Bản án số: 12/2024/DS-ST".
    value = value.replace(/\s+(?:bản án|quyết định|số\s*:|số\s+\d).*$/iu, '').replace(/\s+\d+\s*\/\s*\d{4}.*$/u, '').trim();
    let end = line.end;
    // The court name may continue on the next lines of the two-column header: "HUYỆN GIA LÂM" / "THÀNH PHỐ HÀ NỘI".
    const capitals = isUpperWord(value.split(' ').slice(0, 4).join(''));
    if (capitals) value = leadingCapitals(value);
    for (let k = i + 1, seen = 0; k < lines.length && seen < 3; k++) {
      if (lines[k]!.text.trim().length > 0) seen++;
      // Two-column headers lose their columns in plain text: only the leading words in capitals are the court's.
      let next = lines[k]!.text.replace(MOTTO, ' ').replace(/\s+/g, ' ').trim();
      if (next.length === 0) continue;
      if (capitals) next = leadingCapitals(next);
      if (next.length === 0 || next !== next.toUpperCase() || /\d+\s*\/\s*\d{4}/.test(next) || /^(?:số|bản án|quyết định)/iu.test(next)) break;
      if (UNIT_END.test(value)) value = `${value} ${next}`;
      else if (UNIT_START.test(next)) value = `${value}, ${next}`;
      else break;
      end = lines[k]!.end;
    }
    if (fold(value).replace(/[^a-z]/g, '') === 'toaannhandan') continue;
    return { value: courtCase(value), confidence: 0.92, span: nt.span(line.start + at, end) };
  }
  // No header: the court that sat, from "tại trụ sở Tòa án nhân dân ...".
  const m = /tại (?:trụ sở|hội trường)\s+(tòa án nhân dân [^,\n]*?(?:,\s*(?:tỉnh|thành phố)\s+[^,\n]*?)?)(?=\s+(?:xét xử|mở phiên|tiến hành|đã))/iu.exec(text);
  if (!m) return null;
  const start = m.index! + m[0].indexOf(m[1]!);
  return { value: courtCase(m[1]!), confidence: 0.6, span: nt.span(start, start + m[1]!.length) };
}

const HEARING = /(?:^|\n)\s*(?:trong\s+(?:các\s+)?ngày|các\s+ngày|vào\s+(?:các\s+)?ngày|ngày)\s+([^\n]{0,160}?)\s*,?\s*(?:tại|ở)\s+(?:trụ sở|hội trường|phòng|tòa|toà)/iu;
const PLACE_DATE = /(?:^|\n)[^\n,]{2,40},\s*(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/iu;

function extractIssuedOn(nt: NormalizedText, sections: Sections, numberEnd: number): Extracted<string> | null {
  const text = nt.text;
  // 1. The date printed with the number: "Bản án số: 12/2025/DS-ST\nNgày: 15-3-2025", "BẢN ÁN 12/2025/DS-PT NGÀY 29/11/2021".
  // Also "Số: 88/2024/QĐST-DS   Hà Nội, ngày 20 tháng 5 năm 2024", where the place and date share the number's line.
  if (numberEnd >= 0) {
    const after = text.slice(numberEnd, numberEnd + 80);
    const label = /^\s*(?:,\s*)?(?:ngày|ngay)\s*:?\s*/iu.exec(after);
    const d = label ? dateNear(text, numberEnd + label[0].length, 3) : null;
    const sameLine = d ? null : findDates(after.split('\n')[0]!)[0];
    if (d) return { value: d.iso, confidence: 0.95, span: nt.span(d.start, d.end) };
    if (sameLine) return { value: sameLine.iso, confidence: 0.9, span: nt.span(numberEnd + sameLine.start, numberEnd + sameLine.end) };
  }
  const header = text.slice(0, sections.headerEnd);
  // 2. A "Ngày:" line or a "Hà Nội, ngày ... tháng ... năm ..." line in the header.
  const dayLine = /(?:^|\n)\s*ngày\s*:\s*/iu.exec(header);
  if (dayLine) {
    const d = dateNear(text, dayLine.index! + dayLine[0].length, 3);
    if (d) return { value: d.iso, confidence: 0.9, span: nt.span(d.start, d.end) };
  }
  const place = PLACE_DATE.exec(header);
  if (place) {
    const start = place.index! + place[0].indexOf(place[1]!);
    const d = findDates(place[1]!)[0];
    if (d) return { value: d.iso, confidence: 0.88, span: nt.span(start, start + place[1]!.length) };
  }
  // 3. The hearing: "Ngày 15 tháng 3 năm 2025, tại trụ sở ..."; over several days the judgment is given on the last.
  const hearing = HEARING.exec(text.slice(0, Math.max(sections.partiesEnd, sections.headerEnd)));
  if (hearing) {
    const groupStart = hearing.index! + hearing[0].indexOf(hearing[1]!);
    const phrase = hearing[1]!;
    const dates = findDates(phrase);
    const lastDate = dates[dates.length - 1];
    if (lastDate) {
      // "ngày 10 và 15 tháng 3 năm 2025": the day list before the last "tháng" ends with the day of the judgment.
      const days = /(\d{1,2})\s+(?:và|,)\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(phrase);
      if (days && days.index! + days[0].length === lastDate.end) {
        const iso = toIsoDate(Number(days[2]), Number(days[3]), Number(days[4]));
        const s = groupStart + days.index! + days[0].indexOf(days[2]!, days[1]!.length);
        if (iso) return { value: iso, confidence: 0.8, span: nt.span(s, groupStart + lastDate.end) };
      }
      return { value: lastDate.iso, confidence: 0.82, span: nt.span(groupStart + lastDate.start, groupStart + lastDate.end) };
    }
  }
  return null;
}

export function extractJudgmentMeta(nt: NormalizedText, sections: Sections): JudgmentMeta {
  const { meta, end } = extractNumber(nt, sections);
  return {
    ...meta,
    court: extractCourt(nt, sections),
    issuedOn: extractIssuedOn(nt, sections, end),
  };
}
