import type { PartyRole } from './types';

/**
 * The labels that open each line of the parties section. Civil, family, commercial and labour cases list
 * "Nguyên đơn", "Bị đơn", "Người có quyền lợi, nghĩa vụ liên quan"; administrative cases "Người khởi kiện",
 * "Người bị kiện"; criminal cases "Bị cáo", "Bị hại", "Nguyên đơn dân sự", "Bị đơn dân sự"; non-contentious matters
 * "Người yêu cầu". Representatives, lawyers, witnesses and interpreters are listed among them but are not parties.
 */

export type Label =
  | { type: 'role'; role: PartyRole; word: RoleWord }
  | { type: 'representative'; legal: boolean; of: PartyRole | null }
  | { type: 'other'; attached: boolean };

export type RoleWord = 'nguyên đơn' | 'bị hại' | 'người khởi kiện' | 'người yêu cầu' | 'bị đơn' | 'bị cáo' | 'người bị kiện' | 'liên quan';

export interface LabelMatch {
  label: Label;
  /** Characters taken by the label, including its colon. */
  length: number;
}

/** Bullets and numbering that open a list item: "-", "+", "*", "1.", "3.1.", "a)", "II.". */
export const BULLET = /^[ \t]*(?:[-+•*·]+|\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVX]{1,4})[.)](?!\d))[ \t]*/u;

/** A person's title: "Ông", "Bà", "Anh", "Chị", "Cụ", "Em", "Cháu", and religious or professional ones. */
export const TITLE =
  /^(?:linh mục|mục sư|hòa thượng|hoà thượng|thượng tọa|thượng toạ|đại đức|ni sư|sư cô|tiến sĩ|bác sĩ|ông|bà|anh|chị|cụ|em|cháu|cô|chú|bác)(?![\p{L}])/iu;

/** Each role label, with the word (family) by which the operative part later refers to its parties. */
const ROLE_PATTERNS: ReadonlyArray<readonly [RegExp, PartyRole, RoleWord]> = [
  [/^(?:các |những )?nguyên đơn(?: dân sự)?/iu, 'PLAINTIFF', 'nguyên đơn'],
  [/^(?:các |những )?(?:người )?bị hại/iu, 'PLAINTIFF', 'bị hại'],
  [/^(?:các |những )?người khởi kiện/iu, 'PLAINTIFF', 'người khởi kiện'],
  [/^(?:các |những )?người yêu cầu(?: giải quyết việc (?:dân sự|hôn nhân và gia đình|hôn nhân gia đình|kinh doanh, thương mại|lao động))?/iu, 'PLAINTIFF', 'người yêu cầu'],
  [/^(?:các |những )?bị đơn(?: dân sự)?/iu, 'DEFENDANT', 'bị đơn'],
  [/^(?:các |những )?bị cáo/iu, 'DEFENDANT', 'bị cáo'],
  [/^(?:các |những )?người bị kiện/iu, 'DEFENDANT', 'người bị kiện'],
  [/^(?:các |những )?người (?:có )?quyền(?: lợi)?,?\s*(?:và\s+)?nghĩa vụ liên quan(?: đến vụ án)?/iu, 'RELATED_PARTY', 'liên quan'],
  [/^(?:các |những )?người liên quan/iu, 'RELATED_PARTY', 'liên quan'],
];

/** A unit an organization's head may be named for: "Người đứng đầu chi nhánh", "Giám đốc chi nhánh". */
export const UNIT = '(?:chi nhánh|văn phòng đại diện|văn phòng|đơn vị|địa điểm kinh doanh|công ty|doanh nghiệp|hợp tác xã)';

/**
 * Who acts for an organization: its representative (theo pháp luật, theo ủy quyền), the head of a branch or office
 * ("Người đứng đầu chi nhánh"), or its director written as a label ("Giám đốc:", "Giám đốc chi nhánh:"). A head or
 * director is the organization's own representative, so it counts as legal (it wins over an authorised one).
 */
const REPRESENTATIVE = new RegExp(
  '^(?:(?:người\\s+)?(?:đại diện|đứng đầu)(?:\\s+(theo pháp luật|hợp pháp|theo ủy quyền|theo uỷ quyền|ủy quyền|uỷ quyền))?' +
    `(?:\\s+${UNIT})?(?:\\s+(?:của|cho)\\s+([^:\\n]{1,60}?))?|(?:tổng\\s+)?giám đốc(?:\\s+${UNIT})?)\\s*(?:là\\s*)?:`,
  'iu',
);

const OTHER =
  /^(?:người bảo vệ quyền|người bào chữa|(?:người\s+)?đại diện\s+(?:của\s+)?viện kiểm sát|người làm chứng|người phiên dịch|người giám định|người định giá|người kháng cáo|người kháng nghị|viện kiểm sát[^:\n]{0,60}kháng nghị|kiểm sát viên|thư ký|thẩm phán|hội thẩm|người tham gia tố tụng|người giám hộ|luật sư|trợ giúp viên|người chứng kiến|người tiến hành tố tụng|đương sự kháng cáo|người có kháng cáo|người được ủy quyền|người được uỷ quyền)([^:\n]{0,100}):/iu;

/** Words after a role and before its colon that describe it ("Bị cáo có kháng cáo:"), not a narrative verb. */
const QUALIFIER = /^\s+((?:[\p{Ll}]+,?\s*){1,5}):/u;
const NARRATIVE_VERB = /trình bày|khai|cho rằng|yêu cầu|đề nghị|thừa nhận|xác nhận|không đồng ý|đồng ý/u;

function roleOf(text: string): PartyRole | null {
  for (const [re, role] of ROLE_PATTERNS) if (re.test(text.trim())) return role;
  return null;
}

/**
 * Recognizes a label at the start of `s` (after any bullet). With `allowNoColon`, a role followed directly by a
 * name ("Bị cáo Nguyễn Văn A, sinh năm ...") counts as a label too; elsewhere only "Role:" does, because narrative
 * sentences also start with roles ("Nguyên đơn trình bày: ...").
 */
export function matchLabel(s: string, allowNoColon: boolean): LabelMatch | null {
  for (const [re, role, word] of ROLE_PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const rest = s.slice(m[0].length);
    const colon = /^\s*(?:\([^)\n]{0,40}\))?\s*:/u.exec(rest);
    if (colon) return { label: { type: 'role', role, word }, length: m[0].length + colon[0].length };
    const qualifier = QUALIFIER.exec(rest);
    if (qualifier && !NARRATIVE_VERB.test(qualifier[1]!)) return { label: { type: 'role', role, word }, length: m[0].length + qualifier[0].length };
    if (allowNoColon && /^\s+(?:(?:ông|bà|anh|chị|cụ|em|cháu)\s+)?[\p{Lu}]/u.test(rest) && !/^\s+(?:ông|bà|anh|chị)\s+[\p{Ll}]/u.test(rest)) {
      return { label: { type: 'role', role, word }, length: m[0].length + (/^\s+/.exec(rest)?.[0].length ?? 0) };
    }
    return null;
  }
  const other = OTHER.exec(s);
  if (other) return { label: { type: 'other', attached: /(?:của|cho)\s/iu.test(other[1]!) }, length: other[0].length };
  const rep = REPRESENTATIVE.exec(s);
  if (rep) {
    const kind = (rep[1] ?? '').toLowerCase();
    return {
      label: { type: 'representative', legal: kind === 'theo pháp luật' || kind === '', of: rep[2] ? roleOf(rep[2]) : null },
      length: rep[0].length,
    };
  }
  return null;
}

/** "… xét xử … đối với bị cáo:" at the end of the opening sentence of a criminal judgment. */
export const CRIMINAL_INTRO = /đối với\s+(?:các\s+)?bị cáo\s*:[ \t]*(?:\n|$)/iu;

/**
 * Judgments say who attends the hearing right after the parties: "Ông Thắng có mặt; bà Hoa vắng mặt, có đơn đề nghị
 * xét xử vắng mặt", "Các đương sự có mặt tại phiên tòa", "Nguyên đơn có mặt, bị đơn vắng mặt không có lý do". Such a
 * statement refers to parties already listed (by title and given name, by role, or all together) and never introduces
 * one. It is a run of clauses "SUBJECT [đều] có mặt/vắng mặt [...]", or their continuations ("có đơn xin xét xử vắng
 * mặt", "không có lý do"), with no identifying field (birth year, identity number, address, tax code) anywhere.
 */
const ATTENDANCE_CLAUSE = /^([^\d:()]{0,80}?)\s*(?:(?:đều|cùng|cũng|đã|xin)\s+)*(?:có mặt|vắng mặt)(?![\p{L}])/iu;
const ATTENDANCE_CONTINUATION = /^(?:có đơn|không có (?:mặt|lý do)|có lý do|lý do|vì lý do|đề nghị|xin|(?:và|nhưng)\s+có đơn)|xét xử vắng mặt|(?:có mặt|vắng mặt)(?![\p{L}])/iu;
const IDENTIFYING_FIELD =
  /(?<![\p{L}])(?:sinh\s+(?:năm|ngày)|năm\s+sinh|sn|cccd|cmnd|cmtnd|căn cước|chứng minh|định danh|địa chỉ|trú\s+tại|cư trú|thường trú|trụ sở|mã số|mst|msdn|nghề nghiệp)(?![\p{L}])|\d{9}/iu;

export function isAttendanceStatement(line: string): boolean {
  const t = line.replace(/\([^()]*\)/gu, ' ').trim();
  if (t.length === 0 || IDENTIFYING_FIELD.test(t)) return false;
  const clauses = t
    .split(/[;,.]\s*/u)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  const first = clauses.length > 0 ? ATTENDANCE_CLAUSE.exec(clauses[0]!) : null;
  if (!first || first[1]!.trim().split(/\s+/u).length > 8) return false;
  return clauses.every((c) => {
    const m = ATTENDANCE_CLAUSE.exec(c);
    if (m) return m[1]!.trim().split(/\s+/u).length <= 8;
    return ATTENDANCE_CONTINUATION.test(c);
  });
}
