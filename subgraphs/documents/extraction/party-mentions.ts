import type { PartyRecord } from './parties';
import type { RoleWord } from './party-labels';
import type { PartyRole } from './types';
import { canonicalTone, escapeRegExp, toneFlexible, WB, WE } from './vietnamese-text';

/**
 * Finds which parties a stretch of the operative part talks about. Judgments refer to a party by full name
 * ("ông Nguyễn Văn An"), by title and given name ("ông An", "bị cáo An"), by role ("bị đơn", "các bị cáo"), or, for a
 * company, by a shortened name ("Công ty Hoàng Phát" for "Công ty TNHH Thương mại Dịch vụ Hoàng Phát", or the
 * abbreviation the parties section defined).
 */

export interface Mention {
  key: string;
  start: number;
  end: number;
}

export interface Resolution {
  keys: string[];
  confidence: number;
  /** True when the parties were found only through a role word ("bị đơn"). */
  byRole: boolean;
}

const ROLE_TITLES = 'bị cáo|bị hại|nguyên đơn|bị đơn|đương sự|người khởi kiện|người bị kiện';
const MENTION_TITLES = `ông|bà|anh|chị|cụ|em|cháu|cô|chú|${ROLE_TITLES}`;

/** Generic phrases of company names: legal forms and business lines, which many companies share. */
const GENERIC_PHRASES = [
  'tổng công ty',
  'công ty',
  'trách nhiệm hữu hạn',
  'tnhh',
  'hai thành viên trở lên',
  'một thành viên',
  'mtv',
  'thương mại cổ phần',
  'tmcp',
  'cổ phần',
  'cp',
  'thương mại',
  'dịch vụ',
  'tm',
  'dv',
  'sản xuất',
  'đầu tư',
  'xây dựng',
  'phát triển',
  'xuất nhập khẩu',
  'xnk',
  'vận tải',
  'công nghệ',
  'kỹ thuật',
  'bất động sản',
  'ngân hàng',
  'hợp tác xã',
  'doanh nghiệp tư nhân',
  'doanh nghiệp',
  'dntn',
  'chi nhánh',
  'việt nam',
].map((p) => p.split(' '));

/** Where a shortened company name starts: "Công ty ...", "Ngân hàng ...", "Chi nhánh ...". */
const ORG_MENTION_START =
  /(?<![\p{L}])(?:tổng công ty|công ty|chi nhánh|ngân hàng|doanh nghiệp tư nhân|doanh nghiệp|dntn|hợp tác xã|htx|tập đoàn)(?![\p{L}])/giu;

const COMPANY = /^(?:công ty|cty|tổng công ty|ngân hàng|hợp tác xã|htx|doanh nghiệp|dntn|tập đoàn|chi nhánh)(?![\p{L}])/iu;

function words(s: string): string[] {
  return canonicalTone(s)
    .toLowerCase()
    .split(/[\s,()"“”-]+/u)
    .filter((w) => w.length > 0);
}

/** Length of the generic phrase starting at `i`, or 0. */
function genericAt(ws: string[], i: number): number {
  for (const phrase of GENERIC_PHRASES) if (phrase.every((p, k) => ws[i + k] === p)) return phrase.length;
  return 0;
}

/** The distinctive words of a company name, without legal forms and business lines. */
function distinctiveWords(name: string): string[] {
  const ws = words(name);
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    const g = genericAt(ws, i);
    if (g > 0) i += g;
    else out.push(ws[i++]!);
  }
  return out;
}

function flexible(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map(escapeRegExp)
    .join('\\s+');
}

interface Pattern {
  key: string;
  re: RegExp;
}

/** Role words in the operative part, each with the label family it refers to. */
const ROLE_WORDS: ReadonlyArray<readonly [RegExp, RoleWord, PartyRole]> = [
  [/(?<![\p{L}])nguyên đơn(?![\p{L}])/iu, 'nguyên đơn', 'PLAINTIFF'],
  [/(?<![\p{L}])bị hại(?![\p{L}])/iu, 'bị hại', 'PLAINTIFF'],
  [/(?<![\p{L}])người khởi kiện(?![\p{L}])/iu, 'người khởi kiện', 'PLAINTIFF'],
  [/(?<![\p{L}])người yêu cầu(?![\p{L}])/iu, 'người yêu cầu', 'PLAINTIFF'],
  [/(?<![\p{L}])bị đơn(?![\p{L}])/iu, 'bị đơn', 'DEFENDANT'],
  [/(?<![\p{L}])bị cáo(?![\p{L}])/iu, 'bị cáo', 'DEFENDANT'],
  [/(?<![\p{L}])người bị kiện(?![\p{L}])/iu, 'người bị kiện', 'DEFENDANT'],
  [/(?<![\p{L}])người có quyền lợi,?\s*(?:và\s+)?nghĩa vụ liên quan(?![\p{L}])/iu, 'liên quan', 'RELATED_PARTY'],
];

export class PartyMatcher {
  private readonly patterns: Pattern[] = [];
  private readonly companies: Array<{ key: string; words: Set<string>; distinctive: string[] }> = [];

  constructor(private readonly records: PartyRecord[]) {
    for (const r of records) {
      const key = r.party.key;
      const name = r.party.name.value;
      const add = (source: string): void => {
        this.patterns.push({ key, re: new RegExp(`${WB}${toneFlexible(source)}${WE}`, 'giu') });
      };
      add(flexible(name));
      for (const alias of r.aliases) add(flexible(alias));
      if (r.party.kind === 'PERSON') {
        // "ông An" must not pick "bà An": a known title narrows the forms; role titles fit anyone.
        const given = name.split(/\s+/).pop()!;
        const titles = r.title ? `${escapeRegExp(r.title)}|${ROLE_TITLES}` : MENTION_TITLES;
        add(`(?:${titles})\\s+${escapeRegExp(given)}`);
      } else {
        if (COMPANY.test(name)) this.companies.push({ key, words: new Set(words(name)), distinctive: distinctiveWords(name) });
        // "Ủy ban nhân dân huyện Duy Xuyên, tỉnh Quảng Nam" is later just "Ủy ban nhân dân huyện Duy Xuyên" or "UBND ...".
        const local = name.split(',')[0]!.trim();
        if (local !== name && local.split(/\s+/).length >= 3) add(flexible(local));
        for (const form of [name, local]) {
          const short = form.replace(/^(?:chủ tịch\s+)?(?:ủy|uỷ) ban nhân dân/iu, (m) => m.replace(/(?:ủy|uỷ) ban nhân dân/iu, 'UBND'));
          if (short !== form) add(flexible(short));
        }
      }
    }
  }

  /** Name mentions in [from, to), longest first where they overlap, in order of position. */
  mentions(text: string, from: number, to: number): Mention[] {
    const zone = text.slice(from, to);
    const all: Mention[] = [];
    for (const p of this.patterns) {
      p.re.lastIndex = 0;
      for (const m of zone.matchAll(p.re)) all.push({ key: p.key, start: from + m.index!, end: from + m.index! + m[0].length });
    }
    all.push(...this.companyMentions(zone, from));
    all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    const kept: Mention[] = [];
    for (const m of all) {
      const last = kept[kept.length - 1];
      if (last && m.start < last.end) continue;
      kept.push(m);
    }
    return kept;
  }

  /**
   * Shortened company names: "Công ty Minh Long" for "Công ty Cổ phần Xây dựng Đầu tư Minh Long". After the opening
   * word, the words that follow must all occur in the company's full name (legal forms and business lines may be
   * skipped), and at least two distinctive ones, or the whole distinctive part, must be there.
   */
  private companyMentions(zone: string, from: number): Mention[] {
    if (this.companies.length === 0) return [];
    const out: Mention[] = [];
    for (const m of zone.matchAll(ORG_MENTION_START)) {
      const tokens = [...zone.slice(m.index!).matchAll(/[\p{L}\p{N}&.]+/gu)].slice(0, 16);
      const ws = tokens.map((t) => canonicalTone(t[0]).toLowerCase());
      let best: { key: string; end: number; score: number } | null = null;
      for (const c of this.companies) {
        let i = 0;
        let end = 0;
        const hits: string[] = [];
        while (i < ws.length) {
          const g = genericAt(ws, i);
          if (g > 0) {
            end = tokens[i + g - 1]!.index! + tokens[i + g - 1]![0].length;
            i += g;
            continue;
          }
          if (!c.words.has(ws[i]!)) break;
          hits.push(ws[i]!);
          end = tokens[i]!.index! + tokens[i]![0].length;
          i++;
        }
        const distinct = hits.filter((h) => c.distinctive.includes(h));
        const enough = distinct.length >= 2 || (distinct.length === c.distinctive.length && distinct.length > 0);
        if (!enough) continue;
        const score = distinct.length / c.distinctive.length;
        if (!best || score > best.score) best = { key: c.key, end, score };
      }
      if (best) out.push({ key: best.key, start: from + m.index!, end: from + m.index! + best.end });
    }
    return out;
  }

  /** Parties listed under this label ("bị hại"), or, when none was, all parties of its role. */
  private keysWithRole(word: RoleWord, role: PartyRole): string[] {
    const labelled = this.records.filter((r) => r.roleWord === word);
    const chosen = labelled.length > 0 ? labelled : this.records.filter((r) => r.party.role.value === role);
    return chosen.map((r) => r.party.key);
  }

  /** The parties a stretch names, by name if it names any, else by role word. */
  resolve(text: string, from: number, to: number): Resolution {
    if (to <= from) return { keys: [], confidence: 0, byRole: false };
    const names = this.mentions(text, from, to);
    if (names.length > 0) return { keys: [...new Set(names.map((m) => m.key))], confidence: 0.9, byRole: false };
    const zone = text.slice(from, to);
    const found: Array<{ at: number; keys: string[] }> = [];
    for (const [re, word, role] of ROLE_WORDS) {
      const m = re.exec(zone);
      if (m) found.push({ at: m.index, keys: this.keysWithRole(word, role) });
    }
    found.sort((a, b) => a.at - b.at);
    const keys = [...new Set(found.flatMap((f) => f.keys))];
    // One role word for one party is as good as a name; "bị đơn" for several parties is a guess.
    const confidence = keys.length === 1 ? 0.85 : 0.6;
    return { keys, confidence, byRole: keys.length > 0 };
  }
}
