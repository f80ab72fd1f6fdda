import { findNationalId, findTaxCode, type IdentifierMatch } from './identifiers';
import { collapseSpaces } from './normalize';
import { TITLE, UNIT } from './party-labels';
import { titleCaseName } from './vietnamese-text';

/**
 * One party's entry in the parties section, e.g.
 * "Bà Lê Thị Hoa, sinh năm 1966; CCCD số 001166012345; địa chỉ: số 5 ngõ 12 phố X, phường Y, Hà Nội; có mặt."
 * or "Công ty TNHH ABC; mã số doanh nghiệp: 0101234567; trụ sở: ...; người đại diện theo pháp luật: ông B - Giám đốc".
 * Offsets are into the normalized text.
 */

export interface Found<T> {
  value: T;
  start: number;
  end: number;
  confidence: number;
}

export interface PartyEntry {
  kind: 'PERSON' | 'ORGANIZATION';
  name: Found<string>;
  /** "ông", "bà", ... as written before the name, lower case; null for organizations and bare names. */
  title: string | null;
  /** Short names the text defines: "(viết tắt: ABC)", "(sau đây gọi tắt là Ngân hàng A)". */
  aliases: string[];
  birthYear: Found<number> | null;
  nationalId: Found<string> | null;
  taxCode: Found<string> | null;
  address: Found<string> | null;
  /** True when the address is introduced as shared: "cùng địa chỉ", "đều trú tại". */
  addressShared: boolean;
  representative: (Found<string> & { legal: boolean }) | null;
}

const ORG_PREFIX =
  /^(?:công ty|cty|tổng công ty|ngân hàng|hợp tác xã|htx|doanh nghiệp|dntn|chi nhánh|ủy ban|uỷ ban|ubnd|quỹ|văn phòng|trường|bệnh viện|viện|cục|chi cục|sở|phòng|ban quản lý|tập đoàn|cơ sở|hộ kinh doanh|trung tâm|tổ chức|liên hiệp|hội|tòa án|toà án|công an|bộ|tổng cục|nhà máy|xí nghiệp|kho bạc|bảo hiểm xã hội|chủ tịch|giám đốc sở|cơ quan)(?![\p{L}])/iu;

/**
 * Phrases that end a person's name because the next field has begun. They are phrases, not single words, because
 * most field words are also given names: "Nguyễn Văn Sinh, sinh năm 1970", "Trần Quốc Năm", "Lê Thành Đại".
 */
const NAME_STOP =
  /^(?:bị\s+(?:cáo|đơn|hại|kiện)|nguyên\s+đơn|sinh\s+(?:năm|ngày)|năm\s+sinh|năm\s*:?\s*\d|địa\s+chỉ|trú\s+tại|cư\s+trú|nơi\s|cccd|cmnd|cmtnd|căn\s+cước|chứng\s+minh|có\s+mặt|vắng\s+mặt|số\s*[\d:]|số\s+(?:cccd|cmnd|định|điện)|nghề\s+nghiệp|quốc\s+tịch|dân\s+tộc|người\s|đại\s+diện|là\s|và\s|tên\s|giới\s+tính|hktt|sn(?![\p{L}])|mst|tại\s|do\s|cùng\s|hiện\s+(?:trú|ở|cư|đang)|thường\s+trú|chỗ\s+ở|con\s+(?:ông|bà)|tiền\s+(?:án|sự)|nhân\s+thân|hộ\s+khẩu|mã\s+số|điện\s+thoại|email|tạm\s+trú|đăng\s+ký|đkhktt|ngày\s|thôn\s|xã\s|phường\s|quận\s|huyện\s|tỉnh\s|thành\s+phố|đường\s|ấp\s|tổ\s|khu\s+(?:phố|vực)|giám\s+đốc|chức\s+vụ|theo\s|trụ\s+sở|luật\s+sư|vợ\s|chồng\s|cha\s|mẹ\s|bố\s|đều\s|trình\s+độ)/iu;

const NAME_TOKEN = /^[\p{Lu}][\p{L}\p{N}'’]*/u;
/** "Nguyễn văn An": the commonest middle names typed in lower case by mistake, inside a name only. */
const LOWERCASE_MIDDLE = /^(?:văn|thị)(?= [\p{Lu}])/u;
const LABEL_LINE = /^\s*(?:[-+•*]|\d{1,2}[.)]|[\p{L}][\p{L} ]{0,30}:)/u;

/** Reads a person's name: capitalized words, possibly broken across one line ("Nguyễn Văn\nAn"). */
function readPersonName(text: string, from: number, to: number): { start: number; end: number } | null {
  let pos = from;
  let end = -1;
  let count = 0;
  while (pos < to && count < 7) {
    const m = NAME_TOKEN.exec(text.slice(pos, to)) ?? (count > 0 ? LOWERCASE_MIDDLE.exec(text.slice(pos, to)) : null);
    if (!m || NAME_STOP.test(text.slice(pos, Math.min(to, pos + 30)))) break;
    count++;
    end = pos + m[0].length;
    const gap = /^(?: |\n\n?)/.exec(text.slice(end, to));
    if (!gap) break;
    if (gap[0] !== ' ' && LABEL_LINE.test(text.slice(end + gap[0].length, Math.min(to, end + 60)))) break;
    pos = end + gap[0].length;
  }
  return end < 0 ? null : { start: from, end };
}

function firstIndex(s: string, patterns: RegExp[]): number {
  let best = s.length;
  for (const re of patterns) {
    const m = re.exec(s);
    if (m && m.index < best) best = m.index;
  }
  return best;
}

const ORG_FIELD_WORDS =
  '(?:địa chỉ|trụ sở|mã số|MST|MSDN|người đại diện|đại diện|người đứng đầu|có mặt|vắng mặt|do |số điện thoại|điện thoại|giấy chứng nhận|GCN|đăng ký|ĐKKD|là |sau đây|cùng )';
const ORG_END = [
  /[;(]/u,
  /\n(?=\s*(?:[-+•*]|\d{1,2}[.)]|[\p{L}][\p{L} ]{0,30}:))/u,
  new RegExp(`[,.]\\s+(?=${ORG_FIELD_WORDS})`, 'iu'),
  new RegExp(`\\s+-\\s+(?=${ORG_FIELD_WORDS})`, 'iu'),
  /\.\s*$/u,
];

const ALIAS = /\(\s*(?:sau đây\s+)?(?:gọi tắt(?:\s+là)?|viết tắt(?:\s+là)?|tên viết tắt|tên giao dịch|gọi là)\s*:?\s*([^)]{2,80})\)/iu;

const BIRTH_YEAR = [
  /sinh\s+năm\s*:?\s*(\d{4})(?!\d)/iu,
  /sinh\s+ngày\s*:?\s*\d{1,2}\s*(?:tháng\s+\d{1,2}\s*,?\s*năm|[/.-]\s*\d{1,2}\s*[/.-])\s*(\d{4})(?!\d)/iu,
  /năm\s+sinh\s*:?\s*(\d{4})(?!\d)/iu,
  /(?<![\p{L}])SN\s*:?\s*(\d{4})(?!\d)/u,
];

const ADDRESS_LABEL =
  /(?<![\p{L}])((?:cùng|đều)\s+)?(?:địa chỉ(?:\s+(?:trụ sở(?:\s+chính)?|cư trú|thường trú|liên hệ|nơi cư trú))?|trụ sở(?:\s+chính)?|nơi\s+(?:cư trú|thường trú|đăng ký (?:hộ khẩu )?thường trú|ĐKHKTT|ở(?:\s+hiện nay)?)|HKTT|ĐKHKTT|(?:đăng ký\s+)?thường trú(?:\s+tại)?|(?:cư\s+)?trú\s+tại|cư trú(?:\s+tại)?|chỗ ở(?:\s+hiện nay)?)\s*(?:tại)?\s*:?\s*/iu;
const ADDRESS_END = [
  /;/u,
  /\(/u,
  /\n(?=\s*(?:[-+•*]|\d{1,2}[.)]|[\p{L}][\p{L} ]{0,30}:|(?:Ông|Bà|Anh|Chị)\s))/u,
  /[,.-]\s*(?=(?:có mặt|vắng mặt|CCCD|CMND|căn cước|chứng minh|số điện thoại|điện thoại|ĐT\s*:|email|nghề nghiệp|người đại diện|đại diện|người đứng đầu|mã số|MST|MSDN|là |sinh năm|quốc tịch|dân tộc|giới tính)(?![\p{L}]))/iu,
  // A full stop ends the address unless it closes an abbreviation ("TP. Hồ Chí Minh", "P. 5", "Q. 1").
  /(?<!(?:^|[\s,])(?:TP|Tp|tp|P|Q|TX|TT|KP|X|H|T|F|KCN|KDC|Đ|đ))\.\s+(?=[\p{Lu}])/u,
  /\.\s*$/u,
];

const INLINE_CUT = new RegExp(
  '(?:[;,.(]\\s*|\\s-\\s|\\n\\s*(?:[-+•*]\\s*)?)(?:(?:người\\s+)?đại diện|người\\s+đứng đầu|' +
    `(?:tổng\\s+)?giám đốc(?:\\s+${UNIT})?\\s*:|người bảo vệ|người bào chữa|người làm chứng|người giám hộ|` +
    'do\\s+(?:ông|bà)\\s+[\\p{Lu}][^;]{0,60}làm\\s+(?:người\\s+)?(?:đại diện|đứng đầu))',
  'iu',
);

/** The label before a representative's name inside an entry; see REPRESENTATIVE in party-labels. */
const REP_NAME = new RegExp(
  '(?:(?:người\\s+)?(?:đại diện|đứng đầu)(?:\\s+(theo pháp luật|hợp pháp|theo ủy quyền|theo uỷ quyền))?' +
    `(?:\\s+${UNIT})?(?:\\s+(?:của|cho)\\s+[^:;\\n]{1,50}?)?|(?:tổng\\s+)?giám đốc(?:\\s+${UNIT})?)\\s*(?:là|:)\\s*`,
  'iu',
);

function found<T>(value: T, start: number, end: number, confidence: number): Found<T> {
  return { value, start, end, confidence };
}

function fromIdentifier(m: IdentifierMatch | null, offset: number): Found<string> | null {
  return m ? found(m.value, offset + m.start, offset + m.end, m.confidence) : null;
}

/** Reads a representative's name after `at` ("Ông Trần Văn B - Giám đốc" → "Trần Văn B"). */
export function readRepresentative(text: string, at: number, to: number): Found<string> | null {
  let pos = at;
  const pre = /^\s*(?:-\s*)?/.exec(text.slice(pos, to))!;
  pos += pre[0].length;
  const title = TITLE.exec(text.slice(pos, to));
  if (title) pos += title[0].length + (/^\s*/.exec(text.slice(pos + title[0].length, to))?.[0].length ?? 0);
  const name = readPersonName(text, pos, to);
  if (!name) return null;
  return found(titleCaseName(collapseSpaces(text.slice(name.start, name.end))), name.start, name.end, title ? 0.85 : 0.7);
}

function readAddress(text: string, from: number, to: number): { address: Found<string>; shared: boolean } | null {
  const zone = text.slice(from, to);
  const label = ADDRESS_LABEL.exec(zone);
  if (!label) return null;
  const start = label.index + label[0].length;
  const rest = zone.slice(start);
  const endRel = firstIndex(rest, ADDRESS_END);
  const raw = rest.slice(0, endRel).replace(/[\s.,:-]+$/u, '');
  if (raw.length < 3) return null;
  // Typed "thôn A , xã B" reads as "thôn A, xã B".
  const value = collapseSpaces(raw).replace(/\s+([,;.])/g, '$1');
  return { address: found(value, from + start, from + start + raw.length, 0.85), shared: Boolean(label[1]) };
}

function readBirthYear(text: string, from: number, to: number): Found<number> | null {
  const zone = text.slice(from, to);
  for (const re of BIRTH_YEAR) {
    const m = re.exec(zone);
    if (!m) continue;
    const year = Number(m[1]);
    if (year < 1900 || year > 2030) continue;
    const at = m.index + m[0].lastIndexOf(m[1]!);
    return found(year, from + at, from + at + 4, 0.95);
  }
  return null;
}

export type PartyFields = Pick<PartyEntry, 'birthYear' | 'nationalId' | 'taxCode' | 'address' | 'addressShared'>;

/** Birth year, identity number, tax code and address written in [from, to). */
export function parseFields(text: string, from: number, to: number, kind: PartyEntry['kind']): PartyFields {
  const birthYear = kind === 'PERSON' ? readBirthYear(text, from, to) : null;
  const nationalId = kind === 'PERSON' ? fromIdentifier(findNationalId(text.slice(from, to), birthYear?.value), from) : null;
  const taxCode = kind === 'ORGANIZATION' ? fromIdentifier(findTaxCode(text.slice(from, to)), from) : null;
  const addr = readAddress(text, from, to);
  return { birthYear, nationalId, taxCode, address: addr?.address ?? null, addressShared: addr?.shared ?? false };
}

/** A line that continues the previous party with more of its fields ("- Địa chỉ: ...", "CCCD số ..."). */
export const FIELD_LINE =
  /^(?:(?:cùng|đều)\s+(?:có\s+)?(?:địa chỉ|trú|cư trú|nơi)|địa chỉ|trụ sở|nơi cư trú|nơi thường trú|trú tại|cư trú|hktt|đkhktt|thường trú|cccd|cmnd|căn cước|chứng minh|số cccd|số cmnd|số định danh|mã số|mst|msdn|sinh năm|sinh ngày|năm sinh)/iu;

/**
 * Parses the entry in [from, to). Returns null when no name can be read (a lawyer, an empty label, boilerplate).
 * A `strict` entry stands on a line of its own with neither label nor numbering, so it may just be a wrapped
 * sentence: it needs a title, an organization word, or a bare name of at least two words ending at a field.
 */
export function parseEntry(text: string, from: number, to: number, strict = false): PartyEntry | null {
  const lead = /^[\s,:;.-]*/.exec(text.slice(from, to))!;
  let pos = from + lead[0].length;
  if (/^(?:luật sư|ls\.?\s)/iu.test(text.slice(pos, to))) return null;
  const nameLabel = /^(?:họ và tên|họ tên)\s*:?\s*/iu.exec(text.slice(pos, to));
  if (nameLabel) pos += nameLabel[0].length;

  // Fields of the representative or lawyer named inside the entry belong to them, not to the party.
  const cut = INLINE_CUT.exec(text.slice(pos, to));
  const fieldsEnd = cut ? pos + cut.index : to;

  const titleMatch = TITLE.exec(text.slice(pos, fieldsEnd));
  let title: string | null = null;
  // "Bà Nguyễn Thị A", also typed "Bà: Nguyễn Thị A".
  const afterTitle = titleMatch ? /^\s*:?\s+(?=\S)/u.exec(text.slice(pos + titleMatch[0].length, fieldsEnd)) : null;
  if (titleMatch && afterTitle) {
    title = titleMatch[0].toLowerCase();
    pos += titleMatch[0].length + afterTitle[0].length;
  }

  let kind: PartyEntry['kind'] = 'PERSON';
  let name: Found<string> | null = null;
  const aliases: string[] = [];
  // Without a title, a name that goes on in lower case ("Nhà thờ Giáo xứ Phú Nhai") is an organization's.
  const bare = title ? null : readPersonName(text, pos, fieldsEnd);
  const goesOnLowercase =
    !strict && bare !== null && /^ [\p{Ll}]/u.test(text.slice(bare.end, fieldsEnd)) && !NAME_STOP.test(text.slice(bare.end + 1, Math.min(fieldsEnd, bare.end + 31)));
  if (strict && !title && bare && !ORG_PREFIX.test(text.slice(pos, fieldsEnd))) {
    const words = text.slice(bare.start, bare.end).split(/\s+/).length;
    const after = text.slice(bare.end, Math.min(fieldsEnd, bare.end + 31));
    if (words < 2 || !(/^\s*[,;(:-]/u.test(after) || NAME_STOP.test(after.trimStart()))) return null;
  }
  if (!title && (ORG_PREFIX.test(text.slice(pos, fieldsEnd)) || goesOnLowercase)) {
    const zone = text.slice(pos, fieldsEnd);
    const endRel = firstIndex(zone, ORG_END);
    const raw = zone.slice(0, endRel).replace(/[\s,.:-]+$/u, '');
    if (raw.length >= 4) {
      kind = 'ORGANIZATION';
      name = found(collapseSpaces(raw), pos, pos + raw.length, 0.85);
      const alias = ALIAS.exec(zone.slice(0, 200));
      if (alias) aliases.push(collapseSpaces(alias[1]!.replace(/^["“”']|["“”']$/gu, '')));
    }
  } else {
    const span = readPersonName(text, pos, fieldsEnd);
    if (span) {
      const raw = text.slice(span.start, span.end);
      const typo = /(?<= )(?:văn|thị)(?= )/u.test(raw);
      const value = titleCaseName(collapseSpaces(raw)).replace(/(?<= )(văn|thị)(?= )/gu, (w) => w.charAt(0).toUpperCase() + w.slice(1));
      name = found(value, span.start, span.end, (title ? 0.92 : 0.8) - (typo ? 0.1 : 0));
    }
  }
  if (!name) return null;

  const fields = parseFields(text, name.end, fieldsEnd, kind);

  let representative: PartyEntry['representative'] = null;
  if (cut) {
    const repZone = text.slice(fieldsEnd, to);
    const rep = REP_NAME.exec(repZone);
    // "..., do ông Tạ Quốc Bình - Giám đốc làm đại diện theo pháp luật".
    const by = /^[;,.(\s-]*do\s+(?=(?:ông|bà)\s)/iu.exec(repZone);
    if (by) {
      const r = readRepresentative(text, fieldsEnd + by[0].length, to);
      if (r) representative = { ...r, legal: !/ủy quyền|uỷ quyền/iu.test(repZone.slice(0, 120)) };
    } else if (rep) {
      const r = readRepresentative(text, fieldsEnd + rep.index + rep[0].length, to);
      const kindWord = (rep[1] ?? '').toLowerCase();
      if (r) representative = { ...r, legal: kindWord === 'theo pháp luật' || kindWord === '' };
    }
  }

  return {
    kind,
    name,
    title,
    aliases,
    ...fields,
    representative,
  };
}

/**
 * Splits an entry that names several people with one label: "Ông Nguyễn Văn A và bà Trần Thị B; cùng địa chỉ ...".
 * A "và bà ..." that describes family ("con ông X và bà Y", "vợ là ...") is part of the person's description instead.
 */
export function splitCoParties(text: string, from: number, to: number): Array<[number, number]> {
  const zone = text.slice(from, to);
  const cutAt = INLINE_CUT.exec(zone)?.index ?? zone.length;
  const ranges: Array<[number, number]> = [];
  let segStart = 0;
  const splitter = /(?:[,;]\s*(?:và\s+)?|\s+và\s+)((?:ông|bà|anh|chị|cụ|Ông|Bà|Anh|Chị|Cụ)\s+[\p{Lu}])/gu;
  for (const m of zone.slice(0, cutAt).matchAll(splitter)) {
    const before = zone.slice(segStart, m.index);
    const clause = before.slice(before.lastIndexOf(';') + 1);
    if (/(?<![\p{L}])(?:con|vợ|chồng|cha|mẹ|bố|của|với|cho|gồm|giữa)(?![\p{L}])/iu.test(clause)) continue;
    // Only split when the current segment already has a name of its own.
    if (!/[\p{Lu}]/u.test(before)) continue;
    const at = m.index + m[0].length - m[1]!.length;
    ranges.push([from + segStart, from + m.index]);
    segStart = at;
  }
  ranges.push([from + segStart, to]);
  return ranges;
}
