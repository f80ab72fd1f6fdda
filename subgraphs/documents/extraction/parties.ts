import type { NormalizedText } from './normalize';
import { FIELD_LINE, parseEntry, parseFields, readRepresentative, splitCoParties, type Found, type PartyEntry, type PartyFields } from './party-entry';
import { BULLET, CRIMINAL_INTRO, isAttendanceStatement, matchLabel, type Label, type RoleWord } from './party-labels';
import { splitLines, type Sections } from './sections';
import type { Extracted, ExtractedParty, PartyRole } from './types';
import { fold } from './vietnamese-text';

/**
 * Walks the parties section line by line. A label ("Nguyên đơn:", "Các bị đơn:", "Người có quyền lợi, nghĩa vụ liên
 * quan:") sets the role for the entries after it, on the same line or as numbered items below; representatives attach
 * to the party they represent; lawyers, witnesses and interpreters are skipped with everything they list.
 * Decisions recognizing a settlement list the parties again inside the operative part, so that part is read too,
 * but only for explicit "Role: name" lines.
 */

/** A party plus what obligation parsing needs to recognize mentions of it. */
export interface PartyRecord {
  party: ExtractedParty;
  title: string | null;
  aliases: string[];
  /** The label the party was listed under ("bị hại", "nguyên đơn", ...), which later sentences use to refer to it. */
  roleWord: RoleWord | null;
}

interface Item {
  start: number;
  end: number;
}

const TITLE_LINE = /^(?:Ông|Bà|Anh|Chị|Cụ)\s+[\p{Lu}]/u;

/** Groups lines into list items: a new item starts at a bullet, a label, or a line opening with a person's title. */
function items(text: string, from: number, to: number, allowNoColon: boolean): Item[] {
  const out: Item[] = [];
  let afterBlank = false;
  for (const line of splitLines(text.slice(from, to))) {
    const start = from + line.start;
    const end = from + line.end;
    const t = line.text.trimStart();
    const bullet = BULLET.exec(line.text);
    const afterBullet = bullet ? line.text.slice(bullet[0].length) : t;
    if (t.length === 0) {
      afterBlank = true;
      continue;
    }
    // After a blank line a new item starts, unless the previous line stopped mid-sentence ("Ông Nguyễn Văn").
    const prevLine = out.length > 0 ? text.slice(out[out.length - 1]!.start, out[out.length - 1]!.end).trimEnd() : '';
    const opens =
      out.length === 0 ||
      (afterBlank && (/[.;:!?)]$/.test(prevLine) || !/^[\p{L}\d]/u.test(t) || /^[\p{Lu}\s]+$/u.test(prevLine))) ||
      (bullet !== null && bullet[0].trim().length > 0) ||
      matchLabel(afterBullet, allowNoColon) !== null ||
      TITLE_LINE.test(t) ||
      (out.length > 0 && CRIMINAL_INTRO.test(text.slice(out[out.length - 1]!.start, out[out.length - 1]!.end)));
    afterBlank = false;
    if (opens) out.push({ start, end });
    else out[out.length - 1]!.end = end;
  }
  return out.flatMap((item) => splitAtInlineLabels(text, item));
}

/** "Nguyên đơn: Bà A, ...; Bị đơn: Ông B, ..." on one line: each label opens an item of its own. */
function splitAtInlineLabels(text: string, item: Item): Item[] {
  const out: Item[] = [];
  let start = item.start;
  const body = text.slice(item.start, item.end);
  for (const m of body.matchAll(/[;.:]\s*(?:-\s*)?(?=[\p{L}])/gu)) {
    const at = item.start + m.index! + m[0].length;
    const label = at > start ? matchLabel(text.slice(at, item.end), false) : null;
    // After a colon only a party role starts a new item ("...các đương sự: Nguyên đơn: ..."); anything else is content.
    if (!label || (m[0].startsWith(':') && label.label.type !== 'role')) continue;
    out.push({ start, end: item.start + m.index! + 1 });
    start = at;
  }
  out.push({ start, end: item.end });
  return out;
}

function extracted<T>(nt: NormalizedText, f: Found<T>): Extracted<T> {
  return { value: f.value, confidence: f.confidence, span: nt.span(f.start, f.end) };
}

class PartyCollector {
  readonly records: PartyRecord[] = [];
  private group: PartyRecord[] = [];

  constructor(private readonly nt: NormalizedText) {}

  startGroup(): void {
    this.group = [];
  }

  last(): PartyRecord | undefined {
    return this.records[this.records.length - 1];
  }

  lastWithRole(role: PartyRole | null): PartyRecord | undefined {
    if (role === null) return this.last();
    return [...this.records].reverse().find((r) => r.party.role.value === role) ?? this.last();
  }

  add(entry: PartyEntry, role: PartyRole, roleWord: RoleWord | null, roleFrom: Found<unknown> | null): void {
    const nt = this.nt;
    // A party is introduced by its full name; a title and one name with nothing to identify it ("ông Thắng", "bà Hoa")
    // refers back to someone already listed, in an attendance note or a narrative aside.
    if (isShortMention(entry)) return;
    const key = fold(entry.name.value);
    const existing = this.records.find((r) => fold(r.party.name.value) === key);
    if (existing) {
      // Listed again (e.g. in the operative part of a settlement decision): keep the first entry, fill its gaps.
      const p = existing.party;
      p.nationalId ??= entry.nationalId ? extracted(nt, entry.nationalId) : null;
      p.taxCode ??= entry.taxCode ? extracted(nt, entry.taxCode) : null;
      p.birthYear ??= entry.birthYear ? extracted(nt, entry.birthYear) : null;
      p.address ??= entry.address ? extracted(nt, entry.address) : null;
      return;
    }
    const party: ExtractedParty = {
      key: `p${this.records.length + 1}`,
      role: { value: role, confidence: roleFrom ? roleFrom.confidence : 0.9, span: roleFrom ? nt.span(roleFrom.start, roleFrom.end) : null },
      kind: entry.kind,
      name: extracted(nt, entry.name),
      nationalId: entry.nationalId ? extracted(nt, entry.nationalId) : null,
      taxCode: entry.taxCode ? extracted(nt, entry.taxCode) : null,
      birthYear: entry.birthYear ? extracted(nt, entry.birthYear) : null,
      address: entry.address ? extracted(nt, entry.address) : null,
      representative: entry.representative ? extracted(nt, entry.representative) : null,
    };
    const record: PartyRecord = { party, title: entry.title, aliases: entry.aliases, roleWord };
    if (entry.address && entry.addressShared) {
      // "cùng địa chỉ" / "đều trú tại": the address also belongs to the earlier people of the same list.
      for (const r of this.group) r.party.address ??= { ...extracted(nt, entry.address), confidence: 0.75 };
    }
    this.records.push(record);
    this.group.push(record);
  }

  /** Fields written on a line of their own below the party's name. */
  addFields(target: PartyRecord | undefined, fields: PartyFields): void {
    if (!target) return;
    const p = target.party;
    const nt = this.nt;
    p.nationalId ??= fields.nationalId ? extracted(nt, fields.nationalId) : null;
    p.taxCode ??= fields.taxCode ? extracted(nt, fields.taxCode) : null;
    p.birthYear ??= fields.birthYear ? extracted(nt, fields.birthYear) : null;
    p.address ??= fields.address ? extracted(nt, fields.address) : null;
    if (fields.address && fields.addressShared) for (const r of this.group) r.party.address ??= { ...extracted(nt, fields.address), confidence: 0.75 };
  }

  setRepresentative(target: PartyRecord | undefined, rep: Found<string>, legal: boolean): void {
    if (!target) return;
    const p = target.party;
    // The legal representative (theo pháp luật) wins over an authorised one.
    if (!p.representative || legal) p.representative = extracted(this.nt, rep);
  }
}

/** One word for a person's name and no identifying field: how judgments refer back to a party ("ông Thắng"). */
function isShortMention(entry: PartyEntry): boolean {
  return (
    entry.kind === 'PERSON' &&
    !/\s/u.test(entry.name.value.trim()) &&
    !entry.birthYear &&
    !entry.nationalId &&
    !entry.address &&
    !entry.taxCode
  );
}

interface WalkState {
  role: PartyRole | null;
  roleWord: RoleWord | null;
  roleSpan: Found<unknown> | null;
  pendingRepresentative: { of: PartyRole | null; legal: boolean } | null;
}

function readEntries(collector: PartyCollector, text: string, from: number, to: number, state: WalkState, strict = false): void {
  if (!state.role) return;
  for (const [a, b] of splitCoParties(text, from, to)) {
    const entry = parseEntry(text, a, b, strict);
    if (entry) collector.add(entry, state.role, state.roleWord, state.roleSpan);
  }
}

function walk(collector: PartyCollector, nt: NormalizedText, from: number, to: number, full: boolean): void {
  const text = nt.text;
  const state: WalkState = { role: null, roleWord: null, roleSpan: null, pendingRepresentative: null };
  for (const item of items(text, from, to, full)) {
    const raw = text.slice(item.start, item.end);
    const bullet = BULLET.exec(raw);
    const contentStart = item.start + (bullet ? bullet[0].length : /^\s*/.exec(raw)![0].length);
    const body = text.slice(contentStart, item.end);
    const lm = matchLabel(body, full);
    const intro = full && !lm ? CRIMINAL_INTRO.exec(body) : null;

    let label: Label | null = lm?.label ?? null;
    let afterLabel = lm ? contentStart + lm.length : contentStart;
    if (intro) {
      label = { type: 'role', role: 'DEFENDANT', word: 'bị cáo' };
      afterLabel = contentStart + intro.index! + intro[0].length;
    }

    if (label?.type === 'role') {
      state.role = label.role;
      state.roleWord = label.word;
      state.roleSpan = { value: null, start: contentStart, end: afterLabel, confidence: 0.95 };
      state.pendingRepresentative = null;
      collector.startGroup();
      readEntries(collector, text, afterLabel, item.end, state);
      continue;
    }
    if (label?.type === 'representative') {
      const rep = readRepresentative(text, afterLabel, item.end);
      if (rep) collector.setRepresentative(collector.lastWithRole(label.of), rep, label.legal);
      else state.pendingRepresentative = { of: label.of, legal: label.legal };
      continue;
    }
    if (label?.type === 'other') {
      // A standalone list (witnesses, interpreters) ends the current role; a lawyer "của bị đơn" only interrupts it.
      const hasContent = /[\p{L}]/u.test(text.slice(afterLabel, item.end));
      if (!label.attached || !hasContent) state.role = null;
      state.pendingRepresentative = null;
      continue;
    }
    if (state.pendingRepresentative) {
      const rep = readRepresentative(text, contentStart, item.end);
      if (rep) collector.setRepresentative(collector.lastWithRole(state.pendingRepresentative.of), rep, state.pendingRepresentative.legal);
      state.pendingRepresentative = null;
      continue;
    }
    if (full && state.role && FIELD_LINE.test(body)) {
      collector.addFields(collector.last(), parseFields(text, contentStart, item.end, collector.last()?.party.kind ?? 'PERSON'));
      continue;
    }
    // "Ông Thắng có mặt; bà Hoa vắng mặt", "Các đương sự có mặt tại phiên tòa": attendance, not a listing.
    if (isAttendanceStatement(body)) continue;
    // A line with no bullet and no label is only a party if it looks like one (see parseEntry).
    if (full) readEntries(collector, text, contentStart, item.end, state, !(bullet && bullet[0].trim().length > 0));
  }
}

export function extractParties(nt: NormalizedText, sections: Sections): PartyRecord[] {
  const collector = new PartyCollector(nt);
  walk(collector, nt, 0, sections.partiesEnd, true);
  if (sections.decisionStart < sections.decisionEnd) walk(collector, nt, sections.decisionStart, sections.decisionEnd, false);
  return collector.records;
}
