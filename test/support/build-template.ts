// Builds the template database the end-to-end tests clone: migrations, the small generated seed, the fixture world.
// Runs as its own process (from global-setup.ts): MikroORM keeps entity metadata on globalThis, and jest copies the
// main process's globals into every test's context, where metadata from another realm breaks MikroORM.init().
import 'reflect-metadata';
import { migrateAll } from '../../scripts/database';
import { seedDatabase } from '../../scripts/seed';
import { insertWorld } from '../fixtures/world';
import { TEST_SEED } from './test-seed';

async function main() {
  const url = process.argv[2];
  if (!url) throw new Error('usage: build-template.ts <database url>');
  await migrateAll(url);
  await seedDatabase(url, TEST_SEED);
  await insertWorld(url);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
