// Once per `npm test`: one throwaway PostgreSQL cluster, and a template database migrated and seeded (a small
// generated dataset plus the hand-written fixture world). Each end-to-end test file clones the template
// (CREATE DATABASE … TEMPLATE …), which takes a fraction of a second, instead of starting its own cluster.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres, tempDir, withDatabase } from '../../shared/db/embedded-postgres';
import { migrateAll } from '../../scripts/database';
import { seedDatabase } from '../../scripts/seed';
import { insertWorld } from '../fixtures/world';
import { freePort } from './free-port';
import { TEST_SEED } from './test-seed';

export const TEMPLATE_DB = 'thads_template';

export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const dir = tempDir('thads-test-');
  fs.chmodSync(dir, 0o755); // the embedded server runs as the `postgres` user when tests run as root
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'data'), port: await freePort(), ephemeral: true });
  await ensureDatabase(pg.url, TEMPLATE_DB);
  const url = withDatabase(pg.url, TEMPLATE_DB);
  await migrateAll(url);
  await seedDatabase(url, TEST_SEED);
  await insertWorld(url);
  process.env.TEST_PG_URL = pg.url;
  process.env.TEST_TEMPLATE_DB = TEMPLATE_DB;
  (globalThis as { __testPostgres?: { stop(): Promise<void>; dir: string } }).__testPostgres = { stop: pg.stop, dir };
}
