import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as { __testPostgres?: { stop(): Promise<void>; dir: string } }).__testPostgres;
  if (!pg) return;
  await pg.stop();
  fs.rmSync(pg.dir, { recursive: true, force: true });
}
