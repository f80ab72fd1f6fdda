// The database behind `npm start`, `npm run seed` and friends: DATABASE_URL when set, otherwise the embedded
// PostgreSQL server in .data/postgres (started here if it is not running yet).
import path from 'node:path';
import { DATA_DIR, EMBEDDED_PG_PORT, SUBGRAPH_NAMES, intEnv } from '../shared/config';
import { ensureDatabase, startEmbeddedPostgres, withDatabase, type EmbeddedPostgresHandle } from '../shared/db/embedded-postgres';
import { migrate, openOrm } from '../shared/db/orm';
import { SUBGRAPHS } from './subgraph-modules';

export const DEFAULT_DATABASE = 'enforcement';

export interface Database {
  /** URL of the project database. */
  url: string;
  /** The embedded server, when this process started or reused it. */
  embedded: EmbeddedPostgresHandle | null;
}

export async function openDatabase(log: (line: string) => void = () => undefined): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const embedded = await startEmbeddedPostgres({
    dir: path.join(DATA_DIR, 'postgres'),
    port: intEnv('EMBEDDED_PG_PORT', EMBEDDED_PG_PORT),
    log: (line) => {
      // PostgreSQL's own messages stay out of the console, except real trouble (not the shutdown's farewells).
      if (/error|fatal|initialis/i.test(line) && !/administrator command|terminating connection/i.test(line)) log(`postgres: ${line}`);
    },
  });
  await ensureDatabase(embedded.url, DEFAULT_DATABASE);
  return { url: withDatabase(embedded.url, DEFAULT_DATABASE), embedded };
}

/** Applies every subgraph's pending migrations, one subgraph after another. */
export async function migrateAll(url: string, log: (line: string) => void = () => undefined): Promise<void> {
  for (const module of SUBGRAPHS) {
    const orm = await openOrm({ schema: module.name, url, entities: module.entities, migrations: module.migrations, poolMax: 2 });
    try {
      const applied = await migrate(orm);
      if (applied.length) log(`${module.name}: applied ${applied.join(', ')}`);
    } finally {
      await orm.close(true);
    }
  }
}

export const SCHEMAS = SUBGRAPH_NAMES;
