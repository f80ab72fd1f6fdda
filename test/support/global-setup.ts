// Once per `npm test`: one throwaway PostgreSQL cluster, and a template database migrated and seeded (a small
// generated dataset plus the hand-written fixture world). Each end-to-end test file clones the template
// (CREATE DATABASE … TEMPLATE …), which takes a fraction of a second, instead of starting its own cluster.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ensureDatabase, startEmbeddedPostgres, tempDir, withDatabase } from '../../shared/db/embedded-postgres';
import { PROJECT_ROOT } from '../../shared/config';
import { freePort } from './free-port';

export const TEMPLATE_DB = 'thads_template';

export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const dir = tempDir('thads-test-');
  fs.chmodSync(dir, 0o755); // the embedded server runs as the `postgres` user when tests run as root
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'data'), port: await freePort(), ephemeral: true });
  await ensureDatabase(pg.url, TEMPLATE_DB);
  // In its own process: see build-template.ts for why.
  execFileSync(process.execPath, ['-r', '@swc-node/register', 'test/support/build-template.ts', withDatabase(pg.url, TEMPLATE_DB)], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  process.env.TEST_PG_URL = pg.url;
  process.env.TEST_TEMPLATE_DB = TEMPLATE_DB;
  (globalThis as { __testPostgres?: { stop(): Promise<void>; dir: string } }).__testPostgres = { stop: pg.stop, dir };
}
