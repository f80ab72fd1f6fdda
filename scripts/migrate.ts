// `npm run migrate`: applies every subgraph's pending migrations to the project database.
import 'reflect-metadata';
import { migrateAll, openDatabase } from './database';

async function main() {
  const db = await openDatabase(console.log);
  try {
    await migrateAll(db.url, console.log);
    console.log('migrations are up to date');
  } finally {
    if (db.embedded && !db.embedded.reused) await db.embedded.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
