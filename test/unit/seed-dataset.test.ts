// The seed generator without a database: determinism, the invariants that make the data consistent across the five
// schemas, and every constraint the migrations declare, checked on the exact COPY lines the database would receive.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ALLOWED_FROM } from '../../subgraphs/cases/workflow/transitions';
import { CaseStatus } from '../../subgraphs/cases/entities/enums';
import { isValidTrackingNumber } from '../../subgraphs/documents/flows/tracking-number';
import { validateNationalId } from '../../shared/vn/national-id';
import { validateTaxCode } from '../../shared/vn/tax-code';
import { normalizeForSearch } from '../../shared/vn/normalize-name';
import { decodeField, encodeRow } from '../../scripts/seed/copy-text';
import { SEED_TABLES, buildContext, copyChunks } from '../../scripts/seed/dataset';
import { seedUuid } from '../../scripts/seed/ids';
import { DEFAULT_SEED_OPTIONS, datasetChecksum, parseSeedArgs } from '../../scripts/seed/index';
import { validateSeedOptions } from '../../scripts/seed/context';

type Value = string | null;
type Rec = Record<string, Value>;

const ROOT = path.resolve(__dirname, '../..');
const SMALL = { seed: 'unit-test', persons: 2000, cases: 400 };

// ---------------------------------------------------------------------------------------------------------------
// The dataset, decoded from its COPY text

function generate(options: typeof SMALL): Map<string, Rec[]> {
  const ctx = buildContext(options);
  const tables = new Map<string, Rec[]>();
  for (const table of SEED_TABLES) {
    const rows: Rec[] = [];
    for (const chunk of copyChunks(table, ctx)) {
      for (const line of chunk.split('\n')) {
        if (line === '') continue;
        const fields = line.split('\t');
        if (fields.length !== table.columns.length) throw new Error(`${table.name}: ${fields.length} fields in ${line}`);
        const rec: Rec = {};
        table.columns.forEach((c, i) => (rec[c] = decodeField(fields[i]!)));
        rows.push(rec);
      }
    }
    tables.set(table.name, rows);
  }
  return tables;
}

const data = generate(SMALL);
const rows = (table: string): Rec[] => data.get(table) ?? [];
const groupBy = (table: string, key: string): Map<string, Rec[]> => {
  const m = new Map<string, Rec[]>();
  for (const r of rows(table)) {
    const k = r[key]!;
    m.set(k, [...(m.get(k) ?? []), r]);
  }
  return m;
};
const byId = (table: string, key = 'id'): Map<string, Rec> => new Map(rows(table).map((r) => [r[key]!, r]));

/** Collects failures and asserts once: an expect() per row would dominate the run time. */
function problems(check: (fail: (message: string) => void) => void): string[] {
  const found: string[] = [];
  check((m) => {
    if (found.length < 20) found.push(m);
  });
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// The migrations, as the SQL they run

interface ColumnDef {
  name: string;
  type: string;
  notNull: boolean;
  hasDefault: boolean;
  references: { table: string; column: string } | null;
}
interface TableDef {
  name: string;
  columns: Map<string, ColumnDef>;
  checks: string[];
  uniques: string[][];
}

function migrationSql(): string[] {
  const statements: string[] = [];
  for (const subgraph of ['cases', 'persons', 'assets', 'documents', 'access']) {
    const dir = path.join(ROOT, 'subgraphs', subgraph, 'migrations');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require(path.join(dir, file)) as Record<string, unknown>;
      for (const exported of Object.values(module)) {
        if (typeof exported !== 'function' || typeof exported.prototype?.up !== 'function') continue;
        // Run up() against a recorder instead of a database: the statements are exactly what the migration applies.
        const recorder = Object.create(exported.prototype) as { addSql(sql: string): void; up(): Promise<void> | void };
        recorder.addSql = (sql: string) => statements.push(sql);
        void recorder.up();
      }
    }
  }
  return statements;
}

/** Splits at commas outside parentheses and quotes. */
function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0 && c === ',') {
      parts.push(body.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(body.slice(start).trim());
  return parts.filter(Boolean);
}

/** The balanced parenthesised text starting at `open` (exclusive of the parentheses). */
function parenthesised(s: string, open: number): string {
  let depth = 0;
  let quoted = false;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')' && --depth === 0) return s.slice(open + 1, i);
  }
  throw new Error(`unbalanced parentheses in ${s}`);
}

function checksIn(def: string): string[] {
  const found: string[] = [];
  const re = /\bcheck\s*\(/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(def))) found.push(parenthesised(def, m.index + m[0].length - 1));
  return found;
}

const TYPE_WORDS = /^(uuid|text\[\]|text|integer|bigint|date|timestamptz|boolean|double precision|jsonb|bytea|varchar\(\d+\))/i;

function parseColumn(def: string, table: TableDef): void {
  const name = def.split(/\s+/)[0]!;
  const rest = def.slice(name.length).trim();
  const type = TYPE_WORDS.exec(rest)?.[1]?.toLowerCase();
  if (!type) throw new Error(`unknown type in column definition: ${def}`);
  const ref = /references\s+([\w.]+)\s*\((\w+)\)/i.exec(rest);
  table.columns.set(name, {
    name,
    type,
    notNull: /\bnot null\b/i.test(rest) || /\bprimary key\b/i.test(rest),
    hasDefault: /\bdefault\b/i.test(rest),
    references: ref ? { table: ref[1]!, column: ref[2]! } : null,
  });
  if (/\bprimary key\b|\bunique\b/i.test(rest.replace(/check\s*\(.*\)/is, ''))) table.uniques.push([name]);
  table.checks.push(...checksIn(rest));
}

function parseSchema(statements: string[]): Map<string, TableDef> {
  const tables = new Map<string, TableDef>();
  for (const raw of statements) {
    const sql = raw.replace(/\s+/g, ' ').trim();
    let m: RegExpExecArray | null;
    if ((m = /^create table ([\w.]+) \(/i.exec(sql))) {
      const table: TableDef = { name: m[1]!, columns: new Map(), checks: [], uniques: [] };
      for (const part of splitTopLevel(parenthesised(sql, m[0].length - 1))) {
        if (/^check\s*\(/i.test(part) || /^constraint \w+ check/i.test(part)) table.checks.push(...checksIn(part));
        else if (/^(primary key|unique)\s*\(/i.test(part)) table.uniques.push(parenthesised(part, part.indexOf('(')).split(',').map((c) => c.trim()));
        else if (!/^(constraint|foreign key)/i.test(part)) parseColumn(part, table);
      }
      tables.set(table.name, table);
    } else if ((m = /^alter table ([\w.]+) (.*)$/i.exec(sql))) {
      const table = tables.get(m[1]!);
      if (!table) continue;
      for (const action of splitTopLevel(m[2]!)) {
        let a: RegExpExecArray | null;
        if ((a = /^add column (.*)$/i.exec(action))) parseColumn(a[1]!, table);
        else if (/^add constraint \w+ check/i.test(action)) table.checks.push(...checksIn(action));
        else if ((a = /^alter column (\w+) set not null$/i.exec(action))) table.columns.get(a[1]!)!.notNull = true;
        else if ((a = /^alter column (\w+) set default/i.exec(action))) table.columns.get(a[1]!)!.hasDefault = true;
      }
    } else if ((m = /^create unique index \w+ on ([\w.]+) (?:using \w+ )?\(([^)]*)\)$/i.exec(sql))) {
      tables.get(m[1]!)?.uniques.push(m[2]!.split(',').map((c) => c.trim()));
    }
  }
  return tables;
}

// A small evaluator for the CHECK expressions the migrations use: comparisons, ~, in (…), between, is [not] null,
// and/or/not, with SQL's three-valued logic (a check passes unless it is false).
type Sql = string | number | bigint | boolean | null;

function tokenize(expr: string): string[] {
  return expr.match(/'(?:[^']|'')*'|<=|>=|<>|!=|[()=<>~,]|[\w.]+/g) ?? [];
}

function evaluate(expr: string, row: Rec, columns: Map<string, ColumnDef>): Sql {
  const tokens = tokenize(expr);
  let at = 0;
  const peek = () => tokens[at]?.toLowerCase();
  const next = () => tokens[at++]!;
  const value = (name: string): Sql => {
    const column = columns.get(name);
    if (!column) throw new Error(`check names unknown column ${name}`);
    const v = row[name] ?? null;
    if (v === null) return null;
    if (column.type === 'integer' || column.type === 'bigint') return BigInt(v);
    if (column.type === 'double precision') return Number(v);
    if (column.type === 'boolean') return v === 't';
    return v;
  };
  const compare = (a: Sql, b: Sql): number => {
    if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
    if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) return Number(a) - Number(b);
    if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
    return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  };
  const primary = (): Sql => {
    const t = next();
    if (t === '(') {
      const v = or();
      next(); // )
      return v;
    }
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (/^\d+$/.test(t)) return BigInt(t);
    if (/^\d+\.\d+$/.test(t)) return Number(t);
    if (t.toLowerCase() === 'null') return null;
    if (t.toLowerCase() === 'true' || t.toLowerCase() === 'false') return t.toLowerCase() === 'true';
    return value(t);
  };
  const comparison = (): Sql => {
    const left = primary();
    const op = peek();
    if (op === 'is') {
      next();
      const negated = peek() === 'not' ? (next(), true) : false;
      next(); // null
      return negated ? left !== null : left === null;
    }
    if (op === 'in') {
      next();
      next(); // (
      const items: Sql[] = [];
      while (peek() !== ')') {
        items.push(primary());
        if (peek() === ',') next();
      }
      next();
      return left === null ? null : items.some((i) => compare(left, i) === 0);
    }
    if (op === 'between') {
      next();
      const low = primary();
      next(); // and
      const high = primary();
      return left === null || low === null || high === null ? null : compare(left, low) >= 0 && compare(left, high) <= 0;
    }
    if (op && ['=', '<>', '!=', '<', '>', '<=', '>=', '~'].includes(op)) {
      next();
      const right = primary();
      if (left === null || right === null) return null;
      if (op === '~') return new RegExp(String(right), 'u').test(String(left));
      const c = compare(left, right);
      return { '=': c === 0, '<>': c !== 0, '!=': c !== 0, '<': c < 0, '>': c > 0, '<=': c <= 0, '>=': c >= 0 }[op]!;
    }
    return left;
  };
  const not = (): Sql => {
    if (peek() === 'not') {
      next();
      const v = not();
      return v === null ? null : !v;
    }
    return comparison();
  };
  const and = (): Sql => {
    let v = not();
    while (peek() === 'and') {
      next();
      const r = not();
      v = v === false || r === false ? false : v === null || r === null ? null : true;
    }
    return v;
  };
  const or = (): Sql => {
    let v = and();
    while (peek() === 'or') {
      next();
      const r = and();
      v = v === true || r === true ? true : v === null || r === null ? null : false;
    }
    return v;
  };
  const result = or();
  if (at !== tokens.length) throw new Error(`could not evaluate check (${expr})`);
  return result;
}

function typeProblem(column: ColumnDef, v: string): string | null {
  switch (column.type) {
    case 'uuid':
      return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v) ? null : 'not a uuid';
    case 'integer':
      return /^-?\d+$/.test(v) && Math.abs(Number(v)) < 2 ** 31 ? null : 'not an integer';
    case 'bigint':
      return /^-?\d+$/.test(v) && BigInt(v) < 2n ** 63n ? null : 'not a bigint';
    case 'double precision':
      return Number.isFinite(Number(v)) ? null : 'not a number';
    case 'boolean':
      return v === 't' || v === 'f' ? null : 'not a boolean';
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v) ? null : 'not a date';
    case 'timestamptz':
      return /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\+07$/.test(v) && !Number.isNaN(Date.parse(v.replace(' ', 'T') + ':00')) ? null : 'not a timestamp';
    case 'text[]':
      return /^\{.*\}$/.test(v) ? null : 'not an array';
    case 'jsonb':
      try {
        JSON.parse(v);
        return null;
      } catch {
        return 'not json';
      }
    default: {
      const length = /^varchar\((\d+)\)$/.exec(column.type);
      return length && v.length > Number(length[1]) ? 'too long' : null;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------

describe('seed dataset: determinism', () => {
  const options = { seed: 'checksum-test', persons: 600, cases: 150 };

  it('gives the same checksum for the same seed and sizes, and another for another seed', () => {
    const first = datasetChecksum(options);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(datasetChecksum(options)).toBe(first);
    expect(datasetChecksum({ ...options, seed: 'another seed' })).not.toBe(first);
  });

  it('derives ids from (seed, kind, index) only', () => {
    expect(seedUuid('s', 'person', 1)).toBe(seedUuid('s', 'person', 1));
    expect(seedUuid('s', 'person', 1)).not.toBe(seedUuid('s', 'person', 2));
    expect(seedUuid('s', 'person', 1)).not.toBe(seedUuid('s', 'organization', 1));
    expect(seedUuid('s', 'person', 1)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('seed options', () => {
  it('accepts the defaults and refuses bad sizes with a clear message', () => {
    expect(validateSeedOptions(DEFAULT_SEED_OPTIONS)).toEqual([]);
    expect(validateSeedOptions({ seed: 's', persons: 0, cases: 10 }).join()).toMatch(/--persons must be a positive integer/);
    expect(validateSeedOptions({ seed: 's', persons: 100, cases: 1000 }).join()).toMatch(/needs at least 2000 persons/);
    expect(validateSeedOptions({ seed: 's', persons: 2_000_000, cases: 10 }).join()).toMatch(/at most 1000000/);
  });

  it('parses the command line', () => {
    expect(parseSeedArgs(['--persons', '3000', '--cases=1000', '--seed', 'x', '--reset'])).toEqual({ seed: 'x', persons: 3000, cases: 1000, reset: true });
    expect(() => parseSeedArgs(['--persons', '-5'])).toThrow(/positive integer/);
    expect(() => parseSeedArgs(['--cases', '1.5'])).toThrow(/positive integer/);
    expect(() => parseSeedArgs(['--bogus'])).toThrow(/unknown argument/);
  });
});

describe('COPY text encoding', () => {
  it('escapes tabs, newlines, carriage returns and backslashes, and writes NULL, booleans, bigints and arrays', () => {
    const line = encodeRow(['a\tb\nc\\d\re', null, true, false, 12345678901234567890n, 3.5, ['CIVIL', 'with space', 'q"uote', 'back\\slash', '', 'NULL']]);
    expect(line).toBe('a\\tb\\nc\\\\d\\re\t\\N\tt\tf\t12345678901234567890\t3.5\t{CIVIL,"with space","q\\\\"uote","back\\\\\\\\slash","","NULL"}\n');
    const fields = line.slice(0, -1).split('\t').map(decodeField);
    expect(fields[0]).toBe('a\tb\nc\\d\re');
    expect(fields[1]).toBeNull();
    expect(fields[6]).toBe('{CIVIL,"with space","q\\"uote","back\\\\slash","","NULL"}');
  });
});

describe('seed dataset: constraints of the migrations', () => {
  const schema = parseSchema(migrationSql());

  it('has a definition for every seeded table and fills every required column', () => {
    const found = problems((fail) => {
      for (const table of SEED_TABLES) {
        const def = schema.get(table.name);
        if (!def) {
          fail(`${table.name} is not created by any migration`);
          continue;
        }
        for (const c of table.columns) if (!def.columns.has(c)) fail(`${table.name}.${c} does not exist`);
        for (const c of def.columns.values()) {
          if (c.notNull && !c.hasDefault && !table.columns.includes(c.name)) fail(`${table.name}.${c.name} is required but not seeded`);
        }
      }
    });
    expect(found).toEqual([]);
  });

  it('satisfies types, NOT NULL, CHECK, UNIQUE and foreign keys on every row', () => {
    const found = problems((fail) => {
      for (const table of SEED_TABLES) {
        const def = schema.get(table.name)!;
        const records = rows(table.name);
        for (const r of records) {
          for (const c of def.columns.values()) {
            const v = r[c.name];
            if (v === undefined) continue;
            if (v === null) {
              if (c.notNull) fail(`${table.name}.${c.name} is null`);
              continue;
            }
            const problem = typeProblem(c, v);
            if (problem) fail(`${table.name}.${c.name} = ${JSON.stringify(v)}: ${problem}`);
          }
          for (const check of def.checks) {
            if (evaluate(check, r, def.columns) === false) fail(`${table.name}: check (${check}) fails for ${JSON.stringify(r).slice(0, 300)}`);
          }
        }
        for (const key of def.uniques) {
          if (!key.every((c) => table.columns.includes(c))) continue;
          const seen = new Set<string>();
          for (const r of records) {
            if (key.some((c) => r[c] === null)) continue;
            const k = key.map((c) => r[c]).join('\u0000');
            if (seen.has(k)) fail(`${table.name}: duplicate (${key.join(', ')}) = ${k}`);
            seen.add(k);
          }
        }
        for (const c of def.columns.values()) {
          if (!c.references || !table.columns.includes(c.name)) continue;
          const target = new Set(rows(c.references.table).map((x) => x[c.references!.column]));
          for (const r of records) if (r[c.name] !== null && !target.has(r[c.name]!)) fail(`${table.name}.${c.name} = ${r[c.name]} is not in ${c.references.table}`);
        }
      }
    });
    expect(found).toEqual([]);
  });
});

describe('seed dataset: consistency across schemas', () => {
  const cases = rows('cases.enforcement_case');
  const parties = groupBy('cases.case_party', 'case_id');
  const persons = byId('persons.person');
  const organizations = byId('persons.organization');

  it('has the sizes asked for', () => {
    expect(cases).toHaveLength(SMALL.cases);
    expect(rows('persons.person')).toHaveLength(SMALL.persons);
    expect(rows('persons.organization')).toHaveLength(100);
    expect(rows('cases.agency')).toHaveLength(34);
  });

  it('gives every agency a head and two officers, with unique ASCII e-mail addresses', () => {
    const officers = rows('cases.officer');
    const found = problems((fail) => {
      for (const agency of rows('cases.agency')) {
        const staff = officers.filter((o) => o.agency_id === agency.id);
        if (!staff.some((o) => o.role === 'HEAD')) fail(`${agency.id} has no head`);
        if (staff.filter((o) => o.role === 'OFFICER').length < 2) fail(`${agency.id} has fewer than 2 officers`);
        if (!/^\d{3,4} \d{3,4} \d{4}$/.test(agency.phone!)) fail(`${agency.id} phone ${agency.phone}`);
      }
      for (const o of officers) if (!/^[a-z]+\.[a-z]+\d*@thads\.moj\.gov\.vn$/.test(o.email!)) fail(`email ${o.email}`);
    });
    expect(found).toEqual([]);
    expect(new Set(officers.map((o) => o.email)).size).toBe(officers.length);
  });

  it("assigns each case to an officer of its own agency", () => {
    const officers = byId('cases.officer');
    const agencies = byId('cases.agency');
    const found = problems((fail) => {
      for (const c of cases) {
        if (!agencies.has(c.agency_id!)) fail(`case ${c.number}: no agency ${c.agency_id}`);
        if (officers.get(c.officer_id!)?.agency_id !== c.agency_id) fail(`case ${c.number}: officer of another agency`);
        const code = agencies.get(c.agency_id!)?.province_code;
        if (!new RegExp(`^${code}-${c.received_on!.slice(0, 4)}-\\d{6}$`).test(c.number!)) fail(`case number ${c.number}`);
        if (c.decision_number !== null && !/^\d+\/QĐ-THADS$/.test(c.decision_number)) fail(`decision number ${c.decision_number}`);
        if ((c.decision_number === null) !== (c.decision_on === null)) fail(`case ${c.number}: decision number without date`);
        if (!(c.judgment_date! < c.received_on!)) fail(`case ${c.number}: judgment not before receipt`);
        if (c.decision_on !== null && !(c.decision_on > c.received_on! && Date.parse(c.decision_on) - Date.parse(c.received_on!) <= 30 * 86_400_000)) {
          fail(`case ${c.number}: decision on ${c.decision_on}, received ${c.received_on}`);
        }
        if (!(c.received_on! >= '2023-01-01' && c.received_on! <= '2026-11-30')) fail(`received ${c.received_on}`);
      }
    });
    expect(found).toEqual([]);
  });

  it('names existing persons and organizations as parties, each case with a creditor and a debtor, nobody twice', () => {
    const found = problems((fail) => {
      for (const c of cases) {
        const list = parties.get(c.id!) ?? [];
        if (!list.some((p) => p.role === 'CREDITOR')) fail(`case ${c.number} has no creditor`);
        if (!list.some((p) => p.role === 'DEBTOR')) fail(`case ${c.number} has no debtor`);
        if (new Set(list.map((p) => p.party_id)).size !== list.length) fail(`case ${c.number} names a party twice`);
        for (const p of list) {
          const register = p.party_type === 'PERSON' ? persons.get(p.party_id!) : organizations.get(p.party_id!);
          if (!register) fail(`case ${c.number}: party ${p.party_id} is not in the register`);
          else if (p.identifier !== (p.party_type === 'PERSON' ? register.national_id : register.tax_code)) fail(`case ${c.number}: identifier mismatch`);
        }
      }
    });
    expect(found).toEqual([]);
  });

  it('keeps amounts exact: due is the sum of money obligations, collected the sum of payments', () => {
    const obligations = groupBy('cases.obligation', 'case_id');
    const payments = groupBy('cases.payment', 'obligation_id');
    const found = problems((fail) => {
      for (const c of cases) {
        const list = obligations.get(c.id!) ?? [];
        const due = list.reduce((s, o) => s + BigInt(o.amount_due ?? 0), 0n);
        const paid = list.reduce((s, o) => s + BigInt(o.amount_paid!), 0n);
        if (BigInt(c.amount_due!) !== due) fail(`case ${c.number}: amount_due ${c.amount_due} ≠ ${due}`);
        if (BigInt(c.amount_collected!) !== paid) fail(`case ${c.number}: collected ${c.amount_collected} ≠ ${paid}`);
        if (BigInt(c.amount_collected!) > BigInt(c.amount_due!)) fail(`case ${c.number}: collected more than due`);
        const money = list.filter((o) => o.amount_due !== null);
        const allPaid = money.every((o) => o.amount_paid === o.amount_due);
        if ((c.status === 'COMPLETED') !== allPaid) fail(`case ${c.number}: status ${c.status} but all paid = ${allPaid}`);
        if (!list.some((o) => o.kind === 'PAY_MONEY')) fail(`case ${c.number}: no money obligation`);
        for (const o of list) {
          const sum = (payments.get(o.id!) ?? []).reduce((s, p) => s + BigInt(p.amount!), 0n);
          if (sum !== BigInt(o.amount_paid!)) fail(`obligation ${o.id}: payments ${sum} ≠ paid ${o.amount_paid}`);
          if ((o.kind === 'COURT_FEE' || o.kind === 'FINE') && o.creditor_party_id !== null) fail('State obligations have no creditor');
          if (o.amount_due !== null && BigInt(o.amount_due) % 1000n !== 0n) fail(`amount not in thousands: ${o.amount_due}`);
        }
        for (const p of (list.flatMap((o) => payments.get(o.id!) ?? []))) {
          if (c.decision_on === null || p.paid_on! < c.decision_on) fail(`case ${c.number}: payment before the decision`);
        }
      }
    });
    expect(found).toEqual([]);
  });

  it('records each history from RECEIVED to the current status, in order, by steps the workflow allows', () => {
    const history = groupBy('cases.status_change', 'case_id');
    const paused = new Set<string>([CaseStatus.POSTPONED, CaseStatus.SUSPENDED]);
    const found = problems((fail) => {
      for (const c of cases) {
        const steps = (history.get(c.id!) ?? []).sort((a, b) => Number(a.sequence) - Number(b.sequence));
        if (steps[0]?.sequence !== '1' || steps[0].from_status !== null || steps[0].to_status !== 'RECEIVED') fail(`case ${c.number}: bad first step`);
        if (steps[steps.length - 1]?.to_status !== c.status) fail(`case ${c.number}: history ends at ${steps.at(-1)?.to_status}, case is ${c.status}`);
        steps.forEach((s, i) => {
          if (Number(s.sequence) !== i + 1) fail(`case ${c.number}: sequence gap`);
          if (i === 0) return;
          const prev = steps[i - 1]!;
          if (s.from_status !== prev.to_status) fail(`case ${c.number}: step ${i + 1} starts from ${s.from_status}`);
          if (!(s.at! > prev.at!)) fail(`case ${c.number}: step ${i + 1} not after the previous one`);
          if (s.effective_on !== s.at!.slice(0, 10)) fail(`case ${c.number}: effective_on ${s.effective_on} vs at ${s.at}`);
          const resumed = paused.has(s.from_status!) && steps.slice(0, i).some((x, k) => x.to_status === s.to_status && steps[k + 1]?.to_status === s.from_status);
          if (!resumed && !ALLOWED_FROM[s.to_status as CaseStatus].includes(s.from_status as CaseStatus)) fail(`case ${c.number}: ${s.from_status} → ${s.to_status}`);
        });
        if (steps[0]?.effective_on !== c.received_on) fail(`case ${c.number}: first step not on the day received`);
        if (!/^(system|staff:[a-z]+\.[a-z]+\d*)$/.test(steps[0]?.actor ?? '')) fail(`actor ${steps[0]?.actor}`);
        const pause = paused.has(c.status!) ? steps[steps.length - 1]!.from_status : null;
        if (c.status_before_pause !== pause) fail(`case ${c.number}: status_before_pause ${c.status_before_pause}`);
      }
    });
    expect(found).toEqual([]);
  });

  it('gives debtors bank accounts and some of them land, and freezes and seizes only what the debtors hold', () => {
    const accounts = byId('assets.bank_account');
    const accountsByHolder = groupBy('assets.bank_account', 'holder_id');
    const owners = groupBy('assets.parcel_owner', 'parcel_id');
    const parcels = byId('assets.land_parcel');
    const parcelsByOwner = groupBy('assets.parcel_owner', 'owner_id');
    const freezes = rows('assets.freeze_order');
    const debtorsOf = (caseId: string) => new Set((parties.get(caseId) ?? []).filter((p) => p.role === 'DEBTOR').map((p) => p.party_id));
    const debtorPersons = new Set(rows('cases.case_party').filter((p) => p.role === 'DEBTOR' && p.party_type === 'PERSON').map((p) => p.party_id!));
    const found = problems((fail) => {
      for (const p of rows('cases.case_party')) {
        if (p.role === 'DEBTOR' && !(accountsByHolder.get(p.party_id!)?.length)) fail(`debtor ${p.party_id} has no account`);
      }
      for (const f of freezes) {
        const account = accounts.get(f.account_id!);
        if (!account) fail(`freeze ${f.id}: no account`);
        else {
          if (!debtorsOf(f.case_id!).has(account.holder_id)) fail(`freeze ${f.id}: account of someone who is not a debtor of the case`);
          if (account.bank_code !== f.bank_code) fail(`freeze ${f.id}: bank mismatch`);
          if (f.status === 'EXECUTED' && !(BigInt(f.amount_frozen!) <= BigInt(f.amount_requested!) && BigInt(f.amount_frozen!) <= BigInt(account.balance!))) fail(`freeze ${f.id}: froze more than asked or held`);
          if (f.status === 'ACCOUNT_CLOSED' && account.status !== 'CLOSED') fail(`freeze ${f.id}: account not closed`);
          if (f.status === 'REJECTED' && !f.rejection_reason) fail(`freeze ${f.id}: rejected without reason`);
        }
      }
      const held = new Set(freezes.filter((f) => ['EXECUTED', 'DEDUCTION_ORDERED', 'RELEASE_ORDERED'].includes(f.status!)).map((f) => f.account_id));
      for (const a of accounts.values()) {
        if ((a.status === 'FROZEN') !== held.has(a.id)) fail(`account ${a.id}: ${a.status}, held by an order: ${held.has(a.id)}`);
        if (!/^\d{10,14}$/.test(a.account_number!)) fail(`account number ${a.account_number}`);
        if (a.holder_name !== a.holder_name!.toUpperCase() || /[^\x20-\x7e]/.test(a.holder_name!)) fail(`holder name ${a.holder_name}`);
      }
      for (const z of rows('assets.seizure')) {
        const parcel = parcels.get(z.parcel_id!);
        if (!parcel) fail(`seizure ${z.id}: no parcel`);
        else if (parcel.province_code !== z.province_code) fail(`seizure ${z.id}: province ${z.province_code} ≠ parcel's ${parcel.province_code}`);
        if (!(owners.get(z.parcel_id!) ?? []).some((o) => debtorsOf(z.case_id!).has(o.owner_id))) fail(`seizure ${z.id}: parcel of no debtor`);
      }
      for (const [parcel, list] of owners) {
        const total = list.reduce((s, o) => s + Number(o.share_percent), 0);
        if (total !== 100) fail(`parcel ${parcel}: shares sum to ${total}`);
      }
    });
    expect(found).toEqual([]);
    const landed = [...debtorPersons].filter((id) => parcelsByOwner.has(id)).length / debtorPersons.size;
    expect(landed).toBeGreaterThan(0.25);
    expect(landed).toBeLessThan(0.6);
    expect(freezes.length).toBeGreaterThan(0);
    expect(rows('assets.seizure').length).toBeGreaterThan(0);
  });

  it('keeps each order and seizure history consistent with its status and version', () => {
    const events = groupBy('assets.freeze_order_event', 'order_id');
    const seizureEvents = groupBy('assets.seizure_event', 'seizure_id');
    const found = problems((fail) => {
      for (const f of rows('assets.freeze_order')) {
        const list = (events.get(f.id!) ?? []).sort((a, b) => a.at!.localeCompare(b.at!));
        if (String(list.length) !== f.version) fail(`freeze ${f.id}: ${list.length} events, version ${f.version}`);
        if (list[0]?.to_status !== 'PENDING' || list.at(-1)?.to_status !== f.status) fail(`freeze ${f.id}: history ${list.map((e) => e.to_status)}`);
        if ((f.status === 'DEDUCTED') !== (f.amount_deducted !== null)) fail(`freeze ${f.id}: amount_deducted`);
      }
      for (const z of rows('assets.seizure')) {
        const list = seizureEvents.get(z.id!) ?? [];
        if (String(list.length) !== z.version || list.at(-1)?.to_status !== z.status) fail(`seizure ${z.id}: history`);
      }
    });
    expect(found).toEqual([]);
  });

  it("stores each case's judgment and stage documents, with content matching its hash and size", () => {
    const documents = groupBy('documents.document', 'case_id');
    const content = byId('documents.document_content', 'document_id');
    const pattern = /^\d+\/\d{4}\/(DS|HNGĐ|KDTM|LĐ|HS|HC)-(ST|PT)$/u;
    const judgments = new Set<string>();
    const found = problems((fail) => {
      for (const c of cases) {
        const docs = documents.get(c.id!) ?? [];
        const judgment = docs.find((d) => d.kind === 'JUDGMENT');
        if (!judgment) fail(`case ${c.number}: no judgment`);
        else {
          if (judgment.number !== c.judgment_number || !pattern.test(judgment.number!)) fail(`case ${c.number}: judgment ${judgment.number} vs ${c.judgment_number}`);
          if (judgment.issued_on !== c.judgment_date || judgment.issuer_code !== c.court_code) fail(`case ${c.number}: judgment issuer or date`);
          if (judgment.id !== c.judgment_document_id) fail(`case ${c.number}: judgment_document_id`);
        }
        const key = `${c.court_code}|${c.judgment_number!.split('/')[1]}|${c.judgment_number}`;
        if (judgments.has(key)) fail(`judgment number ${c.judgment_number} used twice by ${c.court_code}`);
        judgments.add(key);
        const decision = docs.find((d) => d.kind === 'ENFORCEMENT_DECISION');
        if ((decision?.number ?? null) !== c.decision_number || (decision && decision.issued_on !== c.decision_on)) fail(`case ${c.number}: decision document`);
        if (decision && decision.issuer_code !== c.agency_id) fail(`case ${c.number}: decision issuer`);
        const reached = (status: string) => rows('cases.status_change').some((s) => s.case_id === c.id && s.to_status === status);
        if (reached('PARTIES_NOTIFIED') !== docs.some((d) => d.kind === 'NOTICE')) fail(`case ${c.number}: notice`);
        if (reached('NO_CONDITIONS') !== docs.some((d) => d.kind === 'NO_CONDITIONS_DECISION')) fail(`case ${c.number}: no-conditions decision`);
      }
      for (const d of rows('documents.document')) {
        const text = content.get(d.id!)?.text;
        if (text == null) {
          fail(`document ${d.id}: no content`);
          continue;
        }
        if (createHash('sha256').update(text, 'utf8').digest('hex') !== d.sha256) fail(`document ${d.id}: sha256`);
        const size = Buffer.byteLength(text, 'utf8');
        if (String(size) !== d.size_bytes) fail(`document ${d.id}: size`);
        if (size < 300 || size > 800) fail(`document ${d.id}: ${size} bytes`);
        if (text !== text.normalize('NFC')) fail(`document ${d.id}: not NFC`);
        if (!text.includes(d.number!.split('/')[0]!)) fail(`document ${d.id}: text does not name its number`);
        if (d.media_type !== 'text/plain; charset=utf-8') fail('media type');
      }
    });
    expect(found).toEqual([]);
  });

  it('serves notices by post, the earliest delivery being the day the voluntary period starts', () => {
    const deliveries = groupBy('documents.postal_delivery', 'case_id');
    const found = problems((fail) => {
      for (const c of cases) {
        const list = deliveries.get(c.id!) ?? [];
        const delivered = list.filter((d) => d.status === 'DELIVERED').map((d) => d.status_on!).sort();
        if ((delivered[0] ?? null) !== c.notice_delivered_on) fail(`case ${c.number}: delivered ${delivered[0]} vs ${c.notice_delivered_on}`);
        for (const d of list) if (!isValidTrackingNumber(d.tracking_number!)) fail(`tracking number ${d.tracking_number}`);
      }
    });
    expect(found).toEqual([]);
  });

  it('copies case scope into the read models of persons, assets and documents', () => {
    const expectedScope = cases.map((c) => [c.id, c.agency_id, c.officer_id, c.court_code, '1'].join('|')).sort();
    const expectedParties = rows('cases.case_party')
      .map((p) => [p.case_id, p.party_type, p.party_id, p.role, p.party_type === 'PERSON' ? persons.get(p.party_id!)!.national_id : null].join('|'))
      .sort();
    for (const schema of ['persons', 'assets', 'documents']) {
      expect(rows(`${schema}.case_scope`).map((r) => [r.case_id, r.agency_id, r.officer_id, r.court_code, r.version].join('|')).sort()).toEqual(expectedScope);
      expect(rows(`${schema}.case_party`).map((r) => [r.case_id, r.party_type, r.party_id, r.role, r.national_id].join('|')).sort()).toEqual(expectedParties);
      const published = new Set(cases.filter((c) => c.status === 'NO_CONDITIONS' && c.published_on !== null).map((c) => c.id));
      expect(rows(`${schema}.case_scope`).filter((r) => r.published === 't').map((r) => r.case_id).sort()).toEqual([...published].sort());
    }
  });

  it('uses valid, unique national IDs and tax codes and search names', () => {
    const found = problems((fail) => {
      for (const p of rows('persons.person')) {
        const check = validateNationalId(p.national_id!, { dateOfBirth: p.date_of_birth!, gender: p.gender as 'MALE' | 'FEMALE' });
        if (!check.ok) fail(`national ID ${p.national_id}: ${check.message}`);
        if (p.name_search !== normalizeForSearch(p.full_name!)) fail(`name_search of ${p.full_name}`);
      }
      for (const o of rows('persons.organization')) {
        if (!validateTaxCode(o.tax_code!).ok) fail(`tax code ${o.tax_code}`);
        if (o.name_search !== normalizeForSearch(o.name!)) fail(`name_search of ${o.name}`);
      }
    });
    expect(found).toEqual([]);
    const ids = rows('persons.person').flatMap((p) => [p.national_id, p.old_id_number]).filter((x) => x !== null);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(rows('persons.organization').map((o) => o.tax_code)).size).toBe(100);
  });

  it('lists a partner for every court used, the police, every bank, every land registry and the post', () => {
    const partners = byId('access.partner');
    for (const code of new Set(cases.map((c) => c.court_code!))) expect(partners.get(`court-${code.toLowerCase()}`)?.court_code).toBe(code);
    expect(partners.get('police-c06')?.type).toBe('POLICE');
    expect(partners.get('post-vnpost')?.type).toBe('POST');
    expect(partners.get('bank-vcb')?.bank_code).toBe('VCB');
    expect(rows('access.partner').filter((p) => p.type === 'LAND_REGISTRY')).toHaveLength(34);
  });
});
