// `npm run seed`: fills the five schemas with a deterministic, consistent Vietnamese dataset (same seed and sizes →
// the same rows, byte for byte, and the same checksum).
//
//   npm run seed -- [--persons N] [--cases M] [--seed S] [--reset]
//
// Uses DATABASE_URL, or the embedded PostgreSQL server in .data/postgres (started if needed, stopped afterwards if
// this command started it). Migrates first. Refuses to write over existing data unless --reset is given, which
// empties every seeded table first.
import 'reflect-metadata';
import { Client } from 'pg';
import { buildBaseContext, validateSeedOptions, type SeedOptions } from './context';
import { buildSeedContext } from './case-index';
import { analyzeTables, loadTable } from './copy';
import { DatasetChecksum, SEED_TABLES, copyChunks, generateDataset } from './dataset';

export type { SeedOptions } from './context';

export const DEFAULT_SEED_OPTIONS: Readonly<SeedOptions> = Object.freeze({ seed: 'thads-2026', persons: 20_000, cases: 5_000 });

export interface SeedDatabaseOptions extends SeedOptions {
  log?: (line: string) => void;
  /** Empty every seeded table first instead of refusing when they hold data. */
  reset?: boolean;
}

export interface SeedResult {
  checksum: string;
  /** Rows written per table ("schema.table"). */
  counts: Record<string, number>;
  seconds: number;
}

const PROGRESS_EVERY = 100_000;

function rate(rows: number, seconds: number): string {
  return `${Math.round(rows / Math.max(seconds, 1e-3)).toLocaleString('en-US')} rows/s`;
}

function elapsed(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

/** The checksum `seedDatabase` reports for these options, computed without a database. */
export function datasetChecksum(options: SeedOptions): string {
  return generateDataset(options).checksum;
}

async function connect(databaseUrl: string): Promise<Client> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  return client;
}

/** True when the database holds enforcement cases (the tables exist and are not empty). */
export async function isSeeded(databaseUrl: string): Promise<boolean> {
  const client = await connect(databaseUrl);
  try {
    const { rows } = await client.query<{ seeded: boolean }>(
      `select to_regclass('cases.enforcement_case') is not null as seeded`,
    );
    if (!rows[0]?.seeded) return false;
    const { rowCount } = await client.query('select 1 from cases.enforcement_case limit 1');
    return (rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

/** Seeded tables that hold rows. Throws a clear error when the schema is not migrated. */
async function tablesWithData(client: Client): Promise<string[]> {
  const names = SEED_TABLES.map((t) => t.name);
  const { rows } = await client.query<{ name: string }>(
    `select name from unnest($1::text[]) as name where to_regclass(name) is null`,
    [names],
  );
  if (rows.length) throw new Error(`the database is not migrated: missing ${rows.map((r) => r.name).join(', ')} (run npm run migrate)`);
  const filled: string[] = [];
  for (const name of names) {
    const { rowCount } = await client.query(`select 1 from ${name} limit 1`);
    if (rowCount) filled.push(name);
  }
  return filled;
}

/** Empties every seeded table; tables that reference them (a partner's API keys) are emptied with them. */
async function truncateSeededTables(client: Client, log: (line: string) => void): Promise<void> {
  const names = SEED_TABLES.map((t) => t.name);
  const { rows } = await client.query<{ name: string }>(
    `select distinct format('%I.%I', n.nspname, t.relname) as name
       from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
      where c.contype = 'f' and c.confrelid = any (select to_regclass(x) from unnest($1::text[]) as x)
        and format('%I.%I', n.nspname, t.relname) <> all ($1::text[])`,
    [names],
  );
  await client.query(`truncate ${names.join(', ')} cascade`);
  log(`reset: emptied ${names.length} seeded tables${rows.length ? ` (and, as they depend on them, ${rows.map((r) => r.name).join(', ')})` : ''}`);
}

/**
 * Writes the dataset for `options` into a migrated database with COPY, table by table, and returns its checksum (the
 * same as `datasetChecksum(options)`), the row counts and the time taken.
 */
export async function seedDatabase(databaseUrl: string, options: SeedDatabaseOptions): Promise<SeedResult> {
  const log = options.log ?? (() => undefined);
  const problems = validateSeedOptions(options);
  if (problems.length) throw new RangeError(problems.join('; '));
  const started = process.hrtime.bigint();
  const client = await connect(databaseUrl);
  try {
    const filled = await tablesWithData(client);
    if (filled.length && !options.reset) {
      throw new Error(`the database already holds data (${filled.slice(0, 3).join(', ')}${filled.length > 3 ? ', …' : ''}); reset it to seed again`);
    }
    if (options.reset) await truncateSeededTables(client, log);
    // A bulk load does not need each commit flushed to disk before the next; index builds get more memory.
    await client.query(`set synchronous_commit = off`);
    await client.query(`set maintenance_work_mem = '256MB'`);

    log(`seed "${options.seed}": ${options.persons.toLocaleString('en-US')} persons, ${options.cases.toLocaleString('en-US')} cases`);
    let phase = process.hrtime.bigint();
    const base = buildBaseContext(options);
    log(`indexed the population register in ${elapsed(phase).toFixed(1)} s`);
    phase = process.hrtime.bigint();
    const ctx = buildSeedContext(base);
    log(`planned ${options.cases.toLocaleString('en-US')} cases in ${elapsed(phase).toFixed(1)} s`);

    const checksum = new DatasetChecksum();
    const counts: Record<string, number> = {};
    for (const table of SEED_TABLES) {
      const tableStarted = process.hrtime.bigint();
      let rows = 0;
      let nextReport = PROGRESS_EVERY;
      log(`${table.name}: loading`);
      checksum.beginTable(table);
      const chunks = (function* () {
        for (const chunk of copyChunks(table, ctx, (n) => {
          rows = n;
          if (rows >= nextReport) {
            log(`${table.name}: ${rows.toLocaleString('en-US')} rows (${rate(rows, elapsed(tableStarted))})`);
            nextReport = (Math.floor(rows / PROGRESS_EVERY) + 1) * PROGRESS_EVERY;
          }
        })) {
          checksum.update(chunk);
          yield chunk;
        }
      })();
      const result = await loadTable(client, table.name, table.columns, chunks, () => rows);
      counts[table.name] = result.rows;
      const seconds = elapsed(tableStarted);
      log(
        `${table.name}: ${result.rows.toLocaleString('en-US')} rows in ${seconds.toFixed(1)} s (${rate(result.rows, seconds)})` +
          (result.indexes || result.foreignKeys
            ? `; ${[
                result.indexes ? `${result.indexes} index${result.indexes > 1 ? 'es' : ''} rebuilt` : '',
                result.foreignKeys ? `${result.foreignKeys} foreign key${result.foreignKeys > 1 ? 's' : ''} checked` : '',
              ].filter(Boolean).join(', ')} in ${result.indexSeconds.toFixed(1)} s`
            : ''),
      );
    }
    phase = process.hrtime.bigint();
    await analyzeTables(client, SEED_TABLES.map((t) => t.name));
    log(`analyze: ${elapsed(phase).toFixed(1)} s`);
    return { checksum: checksum.hex(), counts, seconds: elapsed(started) };
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Command line

interface CliOptions extends SeedOptions {
  reset: boolean;
}

const USAGE = 'usage: npm run seed -- [--persons N] [--cases M] [--seed S] [--reset]';

export function parseSeedArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { ...DEFAULT_SEED_OPTIONS, reset: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    const count = () => {
      const v = value();
      if (!/^\d+$/.test(v.replace(/_/g, ''))) throw new Error(`${flag} must be a positive integer (got "${v}")`);
      return Number(v.replace(/_/g, ''));
    };
    switch (flag) {
      case '--persons': options.persons = count(); break;
      case '--cases': options.cases = count(); break;
      case '--seed': options.seed = value(); break;
      case '--reset': options.reset = true; break;
      case '--help': case '-h': console.log(USAGE); process.exit(0);
      default: throw new Error(`unknown argument ${arg}\n${USAGE}`);
    }
  }
  const problems = validateSeedOptions(options);
  if (problems.length) throw new Error(problems.join('\n'));
  return options;
}

async function main(): Promise<void> {
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const options = parseSeedArgs(process.argv.slice(2));
  const started = process.hrtime.bigint();
  // Loaded only here: the library API above must not pull in every subgraph module (and its ORM entities).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { migrateAll, openDatabase } = require('../database') as typeof import('../database');
  // Progress lines carry the time since start, so a slow phase shows where it is.
  const log = (line: string) => console.log(line ? `[${elapsed(started).toFixed(1).padStart(6)} s] ${line}` : '');
  const db = await openDatabase(log);
  const stopServer = async () => {
    if (db.embedded && !db.embedded.reused) await db.embedded.stop();
  };
  const onSignal = () => {
    log('interrupted; stopping');
    void stopServer().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await migrateAll(db.url, log);
    if (!options.reset && (await isSeeded(db.url))) {
      throw new Error('the database already holds seeded data; run `npm run seed -- --reset` to replace it');
    }
    const result = await seedDatabase(db.url, { ...options, log });
    const client = await connect(db.url);
    let size = '';
    try {
      const { rows } = await client.query<{ size: string; bytes: string }>(
        'select pg_size_pretty(pg_database_size(current_database())) as size, pg_database_size(current_database()) as bytes',
      );
      size = `${rows[0]!.size} (${Number(rows[0]!.bytes).toLocaleString('en-US')} bytes)`;
    } finally {
      await client.end();
    }
    const out = (line: string) => console.log(line);
    const width = Math.max(...Object.keys(result.counts).map((k) => k.length));
    out('');
    out('rows per table:');
    for (const [table, rows] of Object.entries(result.counts)) out(`  ${table.padEnd(width)}  ${rows.toLocaleString('en-US').padStart(11)}`);
    const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
    out(`  ${'total'.padEnd(width)}  ${total.toLocaleString('en-US').padStart(11)}`);
    out(`seconds:       ${result.seconds.toFixed(1)}`);
    out(`database size: ${size}`);
    out(`checksum:      ${result.checksum}`);
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await stopServer();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`seed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
