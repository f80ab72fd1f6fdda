// The notification delivery worker: the consumer of the `notifications` outbox destination. While it is stopped the
// relay keeps the messages and retries, so nothing is lost; on restart it catches up. Each notification is claimed
// (PENDING → DELIVERED) in the same transaction as its send, so a redelivered message never sends it twice.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Worker } from '../../../shared/server/subgraph';
import type { OutboxMessage } from '../../../shared/outbox/outbox';

export interface NotificationToSend {
  id: string;
  channel: string;
  kind: string;
  party_identifier: string;
  title: string;
  body: string;
}

/** Sends one notification through a channel (VNeID, SMS gateway, post). */
export interface NotificationAdapter {
  send(notification: NotificationToSend): Promise<void>;
}

/** Development adapter: writes what would be sent to the log (ids and kinds only, never the text or the party). */
export class LogAdapter implements NotificationAdapter {
  constructor(private readonly logger: Logger) {}

  async send(n: NotificationToSend): Promise<void> {
    this.logger.info({ notification: n.id, channel: n.channel, kind: n.kind }, 'notification delivered (dev adapter)');
  }
}

export class NotificationWorker implements Worker {
  readonly name = 'notifications';
  private running = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly adapter: NotificationAdapter,
  ) {}

  start(): void {
    this.running = true;
  }

  async stop(): Promise<void> {
    this.running = false;
  }

  /** The relay's transport for the `notifications` destination. */
  readonly transport = async (messages: OutboxMessage[]): Promise<void> => {
    if (!this.running) throw new Error('the notification worker is stopped');
    for (const message of messages) {
      for (const id of (message.payload as { ids: string[] }).ids) await this.deliver(id);
    }
  };

  private async deliver(id: string): Promise<void> {
    await this.orm.em.fork().transactional(async (em) => {
      const [claimed] = (await em.execute(
        `update cases.notification set status = 'DELIVERED', deliveries = deliveries + 1, delivered_at = now()
          where id = ? and status = 'PENDING' returning id, channel, kind, party_identifier, title, body`,
        [id],
      )) as NotificationToSend[];
      if (claimed) await this.adapter.send(claimed); // a failed send rolls the claim back: it stays PENDING
    });
  }
}
