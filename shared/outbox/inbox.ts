// The consumer side of the outbox: POST /internal/outbox applies each message once, in its own transaction with the
// record of its id, so a redelivered message changes nothing and a failed one is retried whole.
import express, { type Router } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { requireServiceToken } from '../auth/service-token';
import type { OutboxMessage } from './outbox';

export type InboxHandler = (em: EntityManager, payload: any, message: OutboxMessage & { source: string }) => Promise<void>;

export function inboxRouter(service: string, orm: MikroORM, handlers: Record<string, InboxHandler>, logger: Logger): Router {
  const router = express.Router();
  router.post('/internal/outbox', requireServiceToken(service), express.json({ limit: '20mb' }), async (req, res) => {
    const { source, messages } = req.body as { source: string; messages: OutboxMessage[] };
    if (typeof source !== 'string' || !Array.isArray(messages)) return res.status(400).json({ error: 'BAD_REQUEST' });
    const unknown = messages.find((m) => !handlers[m.topic]);
    if (unknown) return res.status(400).json({ error: 'UNKNOWN_TOPIC', topic: unknown.topic });
    const schema = orm.config.get('schema') as string;
    try {
      for (const message of messages) {
        await orm.em.fork().transactional(async (em) => {
          const inserted = (await em.execute(
            `insert into ${schema}.inbox (message_id, source, topic) values (?, ?, ?) on conflict do nothing returning message_id`,
            [message.id, source, message.topic],
          )) as unknown[];
          if (inserted.length === 0) return; // already applied
          await handlers[message.topic](em, message.payload, { ...message, source });
        });
      }
      res.json({ applied: messages.length });
    } catch (error) {
      logger.error({ err: error, source }, 'applying outbox messages failed');
      res.status(500).json({ error: 'INTERNAL_SERVER_ERROR' });
    }
  });
  return router;
}
