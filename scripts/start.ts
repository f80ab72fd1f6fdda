// `npm start`: the whole graph on one machine. Starts the embedded PostgreSQL (or uses DATABASE_URL), migrates,
// seeds when empty, creates demo credentials, starts the five subgraphs and the gateway as their own processes,
// prints the sandbox URL, a sample query and the credentials, and writes the same facts to .data/demo.json.
// Ctrl-C stops everything, the database included; the next start reuses the data.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR, PROJECT_ROOT, SUBGRAPH_NAMES, servicePort } from '../shared/config';
import { startStackProcesses, type StackProcesses } from './stack-processes';
import { openDatabase, migrateAll } from './database';
import { DEFAULT_SEED_OPTIONS, isSeeded, seedDatabase } from './seed';
import { ensureDemoCredentials, type DemoFacts } from './demo-credentials';

const DEMO_FILE = path.join(DATA_DIR, 'demo.json');
const say = (line: string) => console.log(line);

function readPreviousDemo(): DemoFacts | null {
  try {
    return JSON.parse(fs.readFileSync(DEMO_FILE, 'utf8')) as DemoFacts;
  } catch {
    return null;
  }
}

const LOCK_FILE = path.join(DATA_DIR, 'start.pid');

/** One `npm start` at a time: a second one would fight the first for ports, then stop the database under it. */
function takeLock(): boolean {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  try {
    const pid = Number(fs.readFileSync(LOCK_FILE, 'utf8'));
    if (pid && pid !== process.pid) {
      process.kill(pid, 0);
      return false; // alive: another start is running
    }
  } catch {
    // no lock, or its process is gone (a crash): take it
  }
  fs.writeFileSync(LOCK_FILE, String(process.pid));
  return true;
}

async function main() {
  const started = Date.now();
  if (!takeLock()) {
    console.error(`npm start is already running (pid ${fs.readFileSync(LOCK_FILE, 'utf8')}): the graph is at http://localhost:${servicePort('gateway')}/graphql. Stop it with Ctrl-C first.`);
    process.exit(1);
  }
  process.once('exit', () => fs.rmSync(LOCK_FILE, { force: true }));
  say('Starting the enforcement supergraph…');
  const db = await openDatabase(say);
  say(db.embedded ? `PostgreSQL: embedded server on port ${db.embedded.port}${db.embedded.reused ? ' (reused the one already running)' : ''}, data in .data/postgres` : 'PostgreSQL: DATABASE_URL');
  let stack: StackProcesses | null = null;
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('\nStopping…');
    await stack?.stop();
    if (db.embedded) await db.embedded.stop();
    say('Stopped.');
    process.exit(code);
  };
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));

  try {
    await migrateAll(db.url, (l) => say(`migrate ${l}`));
    if (!(await isSeeded(db.url))) {
      say(`Seeding realistic data (${DEFAULT_SEED_OPTIONS.persons} persons, ${DEFAULT_SEED_OPTIONS.cases} cases)…`);
      const result = await seedDatabase(db.url, { ...DEFAULT_SEED_OPTIONS, log: (l) => say(`  ${l}`) });
      say(`Seeded in ${result.seconds.toFixed(1)} s, checksum ${result.checksum}`);
    }
    const demo = await ensureDemoCredentials(db.url, readPreviousDemo());

    say('Starting the five subgraphs and the gateway…');
    stack = await startStackProcesses(db.url, {}, (line) => console.log(line));
    const gatewayUrl = stack.gatewayUrl;

    const facts = {
      gateway: `${gatewayUrl}/graphql`,
      sandbox: `${gatewayUrl}/graphql`,
      subgraphs: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, `http://127.0.0.1:${servicePort(n)}/graphql`])),
      ...demo,
    };
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.writeFileSync(DEMO_FILE, `${JSON.stringify(facts, null, 2)}\n`, { mode: 0o600 });

    const query = fs.readFileSync(path.join(PROJECT_ROOT, 'client/operations/case-overview.graphql'), 'utf8');
    say('');
    say(`The graph is up in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    say(`  Sandbox:  ${facts.sandbox}   (open it in a browser)`);
    say(`  Health:   ${gatewayUrl}/health   Readiness: ${gatewayUrl}/ready`);
    say('');
    say(`Sample query (variables: {"number": "${demo.sampleCaseNumber}"}), as the officer below:`);
    say(query.replace(/^#.*\n/, '').trimEnd());
    say('');
    say('Demo credentials (also in .data/demo.json). In the sandbox, add a header:');
    say(`  Authorization: Bearer <token>   for staff and citizens; x-api-key: <key> for partners`);
    for (const [who, token] of Object.entries(demo.credentials.tokens)) say(`  ${who.padEnd(12)} Bearer ${token}`);
    for (const [who, key] of Object.entries(demo.credentials.apiKeys)) say(`  ${who.padEnd(12)} x-api-key: ${key}`);
    say('');
    for (const [who, text] of Object.entries(demo.who)) say(`  ${who}: ${text}`);
    say('\nCtrl-C stops everything.');
    for (const c of stack.children) {
      c.once('exit', (code) => {
        if (!stopping) {
          say(`A service exited unexpectedly (code ${code}); stopping.`);
          void stopAll(1);
        }
      });
    }
  } catch (error) {
    console.error(`Start failed: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll(1);
  }
}

void main();
