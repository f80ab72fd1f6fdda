// Relays a service's outbox: claims pending rows (skip locked, so several instances can run), hands each destination
// its batch, marks them delivered on success and backs off on failure. At-least-once: the consumer dedupes by id.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { signServiceToken, SERVICE_TOKEN_HEADER } from '../auth/service-token';
import type { OutboxMessage } from './outbox';

export type Transport = (messages: OutboxMessage[]) => Promise<void>;

export interface RelayOptions {
  orm: MikroORM;
  source: string;
  transports: Record<string, Transport>;
  logger: Logger;
  pollMs?: number;
  maxBackoffMs?: number;
  batchSize?: number;
}

interface OutboxRow {
  id: string;
  destination: string;
  topic: string;
  payload: unknown;
  created_at: Date;
  attempts: number;
}

export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(private readonly options: RelayOptions) {}

  start(): void {
    this.stopped = false;
    const tick = () => {
      if (this.stopped) return;
      this.running = this.deliverPending()
        .catch((error) => this.options.logger.warn({ err: error }, 'outbox relay round failed'))
        .finally(() => {
          this.running = null;
          if (!this.stopped) this.timer = setTimeout(tick, this.options.pollMs ?? 500);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One round: every due message, batch by batch. Returns how many were delivered. */
  async deliverPending(): Promise<number> {
    const { orm, batchSize = 200, maxBackoffMs = 60_000 } = this.options;
    const em = orm.em.fork();
    const schema = em.config.get('schema') as string;
    let delivered = 0;
    for (;;) {
      const done = await em.transactional(async (tem) => {
        const rows = (await tem.execute(
          `select id, destination, topic, payload, created_at, attempts from ${schema}.outbox
            where delivered_at is null and next_attempt_at <= now()
            order by created_at, id limit ? for update skip locked`,
          [batchSize],
        )) as OutboxRow[];
        if (rows.length === 0) return -1;
        const byDestination = new Map<string, OutboxRow[]>();
        for (const row of rows) {
          const list = byDestination.get(row.destination) ?? [];
          list.push(row);
          byDestination.set(row.destination, list);
        }
        let ok = 0;
        for (const [destination, batch] of byDestination) {
          const ids = batch.map((r) => r.id);
          try {
            const transport = this.options.transports[destination];
            if (!transport) throw new Error(`no transport for destination ${destination}`);
            await transport(batch.map((r) => ({ id: r.id, destination, topic: r.topic, payload: r.payload, createdAt: new Date(r.created_at).toISOString() })));
            await tem.execute(`update ${schema}.outbox set delivered_at = now(), attempts = attempts + 1, last_error = null where id in (?)`, [ids]);
            ok += batch.length;
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.options.logger.warn({ destination, count: batch.length, error: message }, 'outbox delivery failed; will retry');
            await tem.execute(
              `update ${schema}.outbox set attempts = attempts + 1, last_error = ?,
                 next_attempt_at = now() + least(? * interval '1 millisecond', interval '250 milliseconds' * power(2, least(attempts, 16)))
               where id in (?)`,
              [message.slice(0, 500), maxBackoffMs, ids],
            );
          }
        }
        return ok === 0 ? -1 : ok;
      });
      if (done < 0) return delivered;
      delivered += done;
    }
  }
}

/** Delivers to another service's /internal/outbox endpoint with a service token. */
export function httpTransport(source: string, destination: string, baseUrl: () => string): Transport {
  return async (messages) => {
    const response = await fetch(`${baseUrl()}/internal/outbox`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SERVICE_TOKEN_HEADER]: await signServiceToken(source, destination) },
      body: JSON.stringify({ source, messages }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`${destination} answered HTTP ${response.status}`);
  };
}
