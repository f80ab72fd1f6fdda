// The one config loader. Every service reads its settings here, from the environment; dev defaults are marked as such
// and refused in production, so a deployment cannot run on a secret that is published in this repository.
import path from 'node:path';

export const SUBGRAPH_NAMES = ['cases', 'persons', 'assets', 'documents', 'access'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export const DEFAULT_PORTS: Record<SubgraphName | 'gateway', number> = {
  gateway: 4000,
  cases: 4001,
  persons: 4002,
  assets: 4003,
  documents: 4004,
  access: 4005,
};

/** Values that only ever serve local development and tests. */
const DEV_SECRETS = {
  PRINCIPAL_SECRET: 'dev-only-principal-secret-do-not-use-in-production',
  INTERNAL_SECRET: 'dev-only-internal-secret-do-not-use-in-production',
  LOOKUP_SECRET: 'dev-only-lookup-secret-do-not-use-in-production',
} as const;
type SecretName = keyof typeof DEV_SECRETS;

export const PROJECT_ROOT = path.resolve(__dirname, '..');
export const DATA_DIR = path.join(PROJECT_ROOT, '.data');
/** Port of the embedded PostgreSQL server that `npm start` runs when DATABASE_URL is not set. */
export const EMBEDDED_PG_PORT = 54329;

type Env = Record<string, string | undefined>;

export function isProduction(env: Env = process.env): boolean {
  return env.NODE_ENV === 'production';
}

/** A secret from the environment, or its dev default outside production. */
export function secret(name: SecretName, env: Env = process.env): string {
  const value = env[name];
  if (isProduction(env)) {
    if (!value) throw new Error(`${name} must be set when NODE_ENV=production`);
    if (value === DEV_SECRETS[name] || value.startsWith('dev-only-')) {
      throw new Error(`${name} is a dev-only value and is refused when NODE_ENV=production`);
    }
    if (value.length < 32) throw new Error(`${name} must be at least 32 characters`);
    return value;
  }
  return value || DEV_SECRETS[name];
}

export function envName(subgraph: string): string {
  return subgraph.toUpperCase();
}

/** The PostgreSQL URL for one subgraph: DATABASE_URL_<NAME> overrides DATABASE_URL. */
export function databaseUrl(subgraph: SubgraphName, env: Env = process.env): string {
  const url = env[`DATABASE_URL_${envName(subgraph)}`] || env.DATABASE_URL;
  if (!url) throw new Error(`DATABASE_URL (or DATABASE_URL_${envName(subgraph)}) is not set`);
  return url;
}

export function servicePort(service: SubgraphName | 'gateway', env: Env = process.env): number {
  const raw = env[`${envName(service)}_PORT`];
  if (raw === undefined || raw === '') return DEFAULT_PORTS[service];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${envName(service)}_PORT is not a port: ${raw}`);
  return port;
}

/** Where a service reaches a subgraph: SUBGRAPH_<NAME>_URL, or localhost on the default port. */
export function subgraphUrl(subgraph: SubgraphName, env: Env = process.env): string {
  return env[`SUBGRAPH_${envName(subgraph)}_URL`] || `http://127.0.0.1:${servicePort(subgraph, env)}/graphql`;
}

/** The internal base URL (no /graphql) of a subgraph, for its internal endpoints. */
export function subgraphBaseUrl(subgraph: SubgraphName, env: Env = process.env): string {
  return subgraphUrl(subgraph, env).replace(/\/graphql$/, '');
}

export function intEnv(name: string, fallback: number, env: Env = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got ${raw}`);
  return n;
}
