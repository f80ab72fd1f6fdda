// The whole graph for one end-to-end test file: its own database cloned from the seeded template, the five
// subgraphs and the gateway on free ports, real HTTP between them. `gql` sends an operation through the gateway
// as a given principal.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client } from 'pg';
import { SUBGRAPH_NAMES, envName, type SubgraphName } from '../../shared/config';
import { withDatabase } from '../../shared/db/embedded-postgres';
import { startSubgraph, type RunningSubgraph } from '../../shared/server/subgraph';
import { startGateway, type RunningGateway } from '../../gateway/server';
import { publicRoutes } from '../../gateway/public-routes';
import { SUBGRAPHS } from '../../scripts/subgraph-modules';

export type Credential = { token: string } | { apiKey: string } | null;

export interface GraphQLResult<T> {
  status: number;
  data: T | null;
  errors: { message: string; path?: (string | number)[]; extensions?: { code?: string; [k: string]: unknown } }[];
  headers: Headers;
}

export interface Stack {
  gatewayUrl: string;
  databaseUrl: string;
  env: Record<string, string | undefined>;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  gql<T = any, V = Record<string, unknown>>(document: TypedDocumentNode<T, V> | DocumentNode | string, variables?: V, as?: Credential): Promise<GraphQLResult<T>>;
  /** SQL statements each subgraph sent for GraphQL requests so far. */
  sqlStatements(): Promise<Record<SubgraphName, number>>;
  sql<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<R[]>;
  stopSubgraph(name: SubgraphName): Promise<void>;
  restartSubgraph(name: SubgraphName): Promise<void>;
  stop(): Promise<void>;
}

export async function cloneTemplate(): Promise<string> {
  const admin = process.env.TEST_PG_URL;
  const template = process.env.TEST_TEMPLATE_DB;
  if (!admin || !template) throw new Error('TEST_PG_URL is not set: run end-to-end tests with jest (global setup)');
  const name = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`create database ${name} template ${template}`);
  } finally {
    await client.end();
  }
  return withDatabase(admin, name);
}

function headersFor(as: Credential): Record<string, string> {
  if (!as) return {};
  return 'token' in as ? { authorization: `Bearer ${as.token}` } : { 'x-api-key': as.apiKey };
}

export async function startStack(extraEnv: Record<string, string> = {}): Promise<Stack> {
  const databaseUrl = await cloneTemplate();
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DB_POOL_MAX: '4',
    OUTBOX_POLL_MS: '100',
    OUTBOX_MAX_BACKOFF_MS: '400',
    KEY_CACHE_SECONDS: '1',
    ...extraEnv,
  };
  const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
  const ports = {} as Record<SubgraphName, number>;
  const start = async (name: SubgraphName) => {
    const module = SUBGRAPHS.find((m) => m.name === name)!;
    const running = await startSubgraph(module, { port: ports[name] ?? 0, env, migrate: false });
    subgraphs[name] = running;
    ports[name] = running.port;
    env[`SUBGRAPH_${envName(name)}_URL`] = running.url;
  };
  await Promise.all(SUBGRAPH_NAMES.map(start));
  const gateway: RunningGateway = await startGateway({ port: 0, env, routes: publicRoutes() });
  const pool = new Client({ connectionString: databaseUrl });
  await pool.connect();

  const gql: Stack['gql'] = async (document, variables, as = null) => {
    const query = typeof document === 'string' ? document : print(document as DocumentNode);
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headersFor(as) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: any[] };
    return { status: response.status, data: body.data ?? null, errors: body.errors ?? [], headers: response.headers };
  };

  return {
    gatewayUrl: gateway.url,
    databaseUrl,
    env,
    subgraphs,
    gql,
    async sqlStatements() {
      const counts = {} as Record<SubgraphName, number>;
      for (const name of SUBGRAPH_NAMES) {
        const metric = await subgraphs[name].metrics.sqlStatements.get();
        counts[name] = metric.values.find((v) => v.labels.source === 'graphql')?.value ?? 0;
      }
      return counts;
    },
    async sql(text, values = []) {
      return (await pool.query(text, values)).rows;
    },
    async stopSubgraph(name) {
      await subgraphs[name].stop();
    },
    async restartSubgraph(name) {
      await start(name);
    },
    async stop() {
      await gateway.stop();
      await Promise.all(SUBGRAPH_NAMES.map((n) => subgraphs[n].stop().catch(() => undefined)));
      await pool.end();
    },
  };
}
