// Scoring of the judgment extractor against a hand-labelled corpus, shared by test/unit/extraction.test.ts (the
// development corpus, with thresholds) and test/unit/extraction-heldout.test.ts (the held-out corpus, measurement only).
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { extractJudgment, type JudgmentExtraction } from '../../subgraphs/documents/extraction';

/** The labels of one judgment: `<name>.expected.json` next to `<name>.txt`. */
export interface ExpectedParty {
  role: string;
  kind: string;
  name: string;
  nationalId: string | null;
  taxCode: string | null;
  birthYear: number | null;
  address: string | null;
  representative: string | null;
}
export interface ExpectedObligation {
  kind: string;
  debtors: string[];
  creditors: string[];
  amount: string | null;
  jointLiability: boolean;
}
export interface Expected {
  judgmentNumber: string | null;
  caseType: string | null;
  level: string | null;
  court: string | null;
  issuedOn: string | null;
  parties: ExpectedParty[];
  obligations: ExpectedObligation[];
}

/** One labelled judgment with what the extractor made of it. */
export interface Doc {
  name: string;
  text: string;
  expected: Expected;
  actual: JudgmentExtraction;
}

export class Score {
  tp = 0;
  fp = 0;
  fn = 0;
  get precision(): number {
    return this.tp + this.fp === 0 ? 1 : this.tp / (this.tp + this.fp);
  }
  get recall(): number {
    return this.tp + this.fn === 0 ? 1 : this.tp / (this.tp + this.fn);
  }
  /** One predicted value against one expected value (either may be absent). Returns whether they agree. */
  compare<T>(predicted: T | null | undefined, expected: T | null | undefined, same: (a: T, b: T) => boolean): boolean {
    const p = predicted ?? null;
    const e = expected ?? null;
    if (p !== null && e !== null && same(p, e)) {
      this.tp++;
      return true;
    }
    if (p !== null) this.fp++;
    if (e !== null) this.fn++;
    return p === null && e === null;
  }
}

export const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '');
export const sameName = (a: string, b: string): boolean =>
  a.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase() === b.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
export const exact = <T>(a: T, b: T): boolean => a === b;
/** Courts and addresses: same letters and digits, whatever the case, diacritic placement and punctuation. */
export const loose = (a: string, b: string): boolean => fold(a) === fold(b);
const show = (v: unknown): string => (v === null || v === undefined ? '∅' : JSON.stringify(v));

/** Every `*.txt` in `dir` (sorted by file name) with its labels, run through the extractor. */
export function loadCorpus(dir: string): Doc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const expected = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
      return { name: f.replace(/\.txt$/, ''), text, expected, actual: extractJudgment(text) };
    });
}

/** The scored fields, in the order the table prints them. */
export const FIELDS = [
  'judgmentNumber',
  'caseType',
  'level',
  'court',
  'issuedOn',
  'party name',
  'party role',
  'party kind',
  'nationalId',
  'taxCode',
  'birthYear',
  'address',
  'representative',
  'obligation',
  'obligation amount',
  'obligation debtor',
  'obligation creditor',
  'jointLiability',
] as const;
export type Field = (typeof FIELDS)[number];

function jaccard(a: string[], b: string[]): number {
  const union = new Set([...a, ...b]);
  if (union.size === 0) return 1;
  return a.filter((x) => b.includes(x)).length / union.size;
}

/** Scores every field over the corpus, and lists every mismatch of every field, one line each. */
export function scoreCorpus(docs: Doc[]): { scores: Record<Field, Score>; misses: string[] } {
  const scores = Object.fromEntries(FIELDS.map((f) => [f, new Score()])) as Record<Field, Score>;
  const misses: string[] = [];
  for (const { name, expected: e, actual: a } of docs) {
    const header: [Field, unknown, unknown, (x: never, y: never) => boolean][] = [
      ['judgmentNumber', a.judgmentNumber?.value, e.judgmentNumber, exact],
      ['caseType', a.caseType?.value, e.caseType, exact],
      ['level', a.level?.value, e.level, exact],
      ['court', a.court?.value, e.court, loose],
      ['issuedOn', a.issuedOn?.value, e.issuedOn, exact],
    ];
    for (const [field, p, x, same] of header) {
      if (!scores[field].compare(p, x, same as (a: unknown, b: unknown) => boolean)) {
        misses.push(`${name}: ${field} ${show(p)} ≠ expected ${show(x)}`);
      }
    }

    // Parties are identified by name.
    const unmatched = [...a.parties];
    const nameOfKey = new Map(a.parties.map((p) => [p.key, p.name.value]));
    for (const ep of e.parties) {
      const i = unmatched.findIndex((p) => sameName(p.name.value, ep.name));
      const ap = i >= 0 ? unmatched.splice(i, 1)[0]! : null;
      scores['party name'].compare(ap ? ep.name : null, ep.name, exact);
      if (!ap) misses.push(`${name}: party not found: ${ep.name}`);
      const fields: [Field, unknown, unknown, (x: never, y: never) => boolean][] = [
        ['party role', ap?.role.value, ep.role, exact],
        ['party kind', ap?.kind, ep.kind, exact],
        ['nationalId', ap?.nationalId?.value, ep.nationalId, exact],
        ['taxCode', ap?.taxCode?.value, ep.taxCode, exact],
        ['birthYear', ap?.birthYear?.value, ep.birthYear, exact],
        ['address', ap?.address?.value, ep.address, loose],
        ['representative', ap?.representative?.value, ep.representative, sameName],
      ];
      for (const [field, p, x, same] of fields) {
        const ok = scores[field].compare(p, x, same as (a: unknown, b: unknown) => boolean);
        if (ap && !ok) misses.push(`${name}: ${ep.name} ${field} ${show(p)} ≠ expected ${show(x)}`);
      }
    }
    for (const p of unmatched) {
      misses.push(
        `${name}: extra party ${p.name.value} (${p.role.value}, ${p.kind}, id ${show(p.nationalId?.value)}, tax ${show(p.taxCode?.value)})`,
      );
      for (const f of ['party name', 'party role', 'party kind'] as const) scores[f].fp++;
      if (p.nationalId) scores.nationalId.fp++;
      if (p.taxCode) scores.taxCode.fp++;
      if (p.birthYear) scores.birthYear.fp++;
      if (p.address) scores.address.fp++;
      if (p.representative) scores.representative.fp++;
    }

    // Obligations: pair each expected obligation with the best predicted one of the same kind.
    const predicted = a.obligations.map((o) => ({
      kind: o.kind as string,
      debtors: o.debtorKeys.map((k) => nameOfKey.get(k) ?? k),
      creditors: o.creditorKeys.map((k) => nameOfKey.get(k) ?? k),
      amount: o.amount?.value ?? null,
      jointLiability: o.jointLiability,
    }));
    const norm = (names: string[]): string[] => names.map((n) => n.normalize('NFC').toLowerCase());
    const pool = [...predicted];
    for (const eo of e.obligations) {
      let best = -1;
      let bestScore = 0;
      pool.forEach((po, i) => {
        if (po.kind !== eo.kind) return;
        const overlap = jaccard(norm(po.debtors), norm(eo.debtors));
        const sameAmount = po.amount === eo.amount;
        if (!sameAmount && overlap === 0) return;
        const s = (sameAmount ? 4 : 0) + overlap * 2 + jaccard(norm(po.creditors), norm(eo.creditors));
        if (s > bestScore) {
          bestScore = s;
          best = i;
        }
      });
      const po = best >= 0 ? pool.splice(best, 1)[0]! : null;
      scores.obligation.compare(po ? 'x' : null, 'x', exact);
      scores['obligation amount'].compare(po?.amount, eo.amount, exact);
      scores.jointLiability.compare(po?.jointLiability ? true : null, eo.jointLiability ? true : null, exact);
      const ed = norm(eo.debtors);
      const ec = norm(eo.creditors);
      const pd = po ? norm(po.debtors) : [];
      const pc = po ? norm(po.creditors) : [];
      for (const [s, p, x] of [
        [scores['obligation debtor'], pd, ed],
        [scores['obligation creditor'], pc, ec],
      ] as const) {
        s.tp += p.filter((k) => x.includes(k)).length;
        s.fp += p.filter((k) => !x.includes(k)).length;
        s.fn += x.filter((k) => !p.includes(k)).length;
      }
      const label = `${eo.kind} ${eo.amount} ${eo.debtors.join('+')} → ${eo.creditors.join('+') || 'State'}`;
      if (!po) {
        misses.push(`${name}: obligation not found: ${label}`);
        continue;
      }
      if (po.amount !== eo.amount) misses.push(`${name}: obligation ${label}: amount ${show(po.amount)}`);
      if (jaccard(pd, ed) < 1) misses.push(`${name}: obligation ${label}: debtors ${show(po.debtors)}`);
      if (jaccard(pc, ec) < 1) misses.push(`${name}: obligation ${label}: creditors ${show(po.creditors)}`);
      if (po.jointLiability !== eo.jointLiability) misses.push(`${name}: obligation ${label}: jointLiability ${po.jointLiability}`);
    }
    for (const po of pool) {
      misses.push(`${name}: extra obligation ${po.kind} ${po.amount} ${po.debtors.join('+')} → ${po.creditors.join('+')}`);
      scores.obligation.fp++;
      if (po.amount !== null) scores['obligation amount'].fp++;
      if (po.jointLiability) scores.jointLiability.fp++;
      scores['obligation debtor'].fp += po.debtors.length;
      scores['obligation creditor'].fp += po.creditors.length;
    }
  }
  return { scores, misses };
}

/** The lines of the score table: the title, the column heads, then one row a field in FIELDS order. */
export function scoreTable(title: string, scores: Record<Field, Score>): string[] {
  const rows = FIELDS.map((f) => {
    const s = scores[f];
    return `${f.padEnd(20)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`;
  });
  return [title, `${'field'.padEnd(20)} precision  recall    tp   fp   fn`, ...rows];
}
