// Idempotency keys for mutations a partner or a retrying client may call. The key is scoped to the principal and
// stored in PostgreSQL in the same transaction as the effect: the same key and input return the first result; the same
// key with other input is an error; two concurrent identical requests make one effect (the second waits on the first's
// uncommitted key row, then finds it). Keys are kept at least 30 days (see purgeIdempotencyKeys).
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { principalLabel, type Principal } from './auth/principal';
import { appError, badInput, ErrorCode } from './errors';

export const IDEMPOTENCY_RETENTION_DAYS = 30;

export function idempotencyTablesV1(schema: string): string[] {
  return [
    `create table ${schema}.idempotency_key (
      principal text not null,
      key text not null,
      operation text not null,
      request_hash text not null,
      result jsonb,
      created_at timestamptz not null default now(),
      primary key (principal, key)
    )`,
    `create index idempotency_key_created_idx on ${schema}.idempotency_key (created_at)`,
    `comment on table ${schema}.idempotency_key is 'Idempotency keys of mutations, with the first result; kept at least ${IDEMPOTENCY_RETENTION_DAYS} days'`,
  ];
}

function canonical(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export function requestHash(operation: string, input: unknown): string {
  return createHash('sha256').update(JSON.stringify([operation, canonical(input)])).digest('hex');
}

const KEY_FORMAT = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Runs `effect` once per (principal, key) inside the caller's transaction `em`. `effect` returns a JSON-serializable
 * result that a replay returns as it was; `input` is what must match on replay.
 */
export async function once<R>(
  em: EntityManager,
  principal: Principal,
  key: string,
  operation: string,
  input: unknown,
  effect: () => Promise<R>,
): Promise<{ result: R; replayed: boolean }> {
  if (!KEY_FORMAT.test(key)) throw badInput('idempotencyKey', 'format', 'idempotencyKey must be 8 to 128 letters, digits or . _ : -');
  const schema = em.config.get('schema') as string;
  const who = principalLabel(principal);
  const hash = requestHash(operation, input);
  const inserted = (await em.execute(
    `insert into ${schema}.idempotency_key (principal, key, operation, request_hash) values (?, ?, ?, ?) on conflict do nothing returning key`,
    [who, key, operation, hash],
  )) as unknown[];
  if (inserted.length === 0) {
    const [stored] = (await em.execute(`select operation, request_hash, result from ${schema}.idempotency_key where principal = ? and key = ?`, [who, key])) as {
      operation: string;
      request_hash: string;
      result: R;
    }[];
    if (stored.operation !== operation || stored.request_hash !== hash) {
      throw appError(ErrorCode.IDEMPOTENCY_KEY_REUSED, 'This idempotency key was already used with another request', { field: 'idempotencyKey' });
    }
    return { result: stored.result, replayed: true };
  }
  const result = await effect();
  await em.execute(`update ${schema}.idempotency_key set result = ? where principal = ? and key = ?`, [JSON.stringify(canonical(result)), who, key]);
  return { result, replayed: false };
}

export async function purgeIdempotencyKeys(em: EntityManager): Promise<number> {
  const schema = em.config.get('schema') as string;
  const rows = (await em.execute(`delete from ${schema}.idempotency_key where created_at < now() - interval '${IDEMPOTENCY_RETENTION_DAYS} days' returning key`)) as unknown[];
  return rows.length;
}
