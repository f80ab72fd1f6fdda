// The one outbox: every fact that must reach another service is a row in the producer's own schema, written in the
// same transaction as the change, relayed at least once and applied idempotently by id (see relay.ts, inbox.ts).
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface OutgoingMessage {
  /** A subgraph name (delivered over HTTP to its /internal/outbox) or a local worker's name. */
  destination: string;
  topic: string;
  payload: unknown;
}

export interface OutboxMessage extends OutgoingMessage {
  id: string;
  createdAt: string;
}

/** Inserts messages in the EntityManager's current transaction: one statement for the whole batch. */
export async function enqueue(em: EntityManager, messages: OutgoingMessage[]): Promise<string[]> {
  if (messages.length === 0) return [];
  const schema = em.config.get('schema') as string;
  const rows = messages.map((m) => ({ id: randomUUID(), destination: m.destination, topic: m.topic, payload: JSON.stringify(m.payload) }));
  await em.execute(em.getKnex().withSchema(schema).insert(rows).into('outbox'));
  return rows.map((r) => r.id);
}

/** DDL for the outbox and inbox tables of one schema, as the first version of them; migrations call it once. */
export function outboxTablesV1(schema: string): string[] {
  return [
    `create table ${schema}.outbox (
      id uuid primary key,
      destination text not null,
      topic text not null,
      payload jsonb not null,
      created_at timestamptz not null default now(),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      delivered_at timestamptz,
      last_error text
    )`,
    `create index outbox_pending_idx on ${schema}.outbox (next_attempt_at) where delivered_at is null`,
    `comment on table ${schema}.outbox is 'Facts for other services, written with the change that caused them; relayed at least once'`,
    `create table ${schema}.inbox (
      message_id uuid primary key,
      source text not null,
      topic text not null,
      received_at timestamptz not null default now()
    )`,
    `comment on table ${schema}.inbox is 'Ids of outbox messages already applied here, so a redelivery changes nothing'`,
  ];
}
