// Per-client limits on public case lookups, with counters in PostgreSQL (rate-limiter-flexible), so the limit holds
// across restarts and across instances.
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { MikroORM } from '@mikro-orm/postgresql';
import { appError, ErrorCode } from '../../../shared/errors';

export class LookupRateLimiter {
  private readonly limiter: RateLimiterPostgres;

  constructor(orm: MikroORM, pointsPerMinute: number) {
    this.limiter = new RateLimiterPostgres({
      storeClient: orm.em.getConnection().getKnex(),
      storeType: 'knex',
      schemaName: 'cases',
      tableName: 'rate_limit',
      tableCreated: true, // by the migration
      keyPrefix: 'lookup',
      points: pointsPerMinute,
      duration: 60,
    });
  }

  async consume(clientKey: string): Promise<void> {
    try {
      await this.limiter.consume(clientKey);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        const retryAfterSeconds = Math.ceil(error.msBeforeNext / 1000);
        throw appError(ErrorCode.RATE_LIMITED, `Too many lookups from this address: try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
      }
      throw error;
    }
  }
}
