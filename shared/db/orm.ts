// The one way a service opens its database: MikroORM on its own PostgreSQL schema, pending migrations applied at
// startup (under an advisory lock, so services starting together do not race), every statement counted.
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ReflectMetadataProvider, type Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import type { ServiceMetrics } from '../metrics';

export interface OrmOptions {
  schema: string;
  url: string;
  entities: Constructor<object>[];
  migrations: Constructor<Migration>[];
  poolMax?: number;
  metrics?: ServiceMetrics;
}

const MIGRATION_LOCK = 74_320_001;

export function ormConfig(options: OrmOptions): Options {
  return {
    clientUrl: options.url,
    schema: options.schema,
    entities: options.entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: {
      tableName: `${options.schema}.mikro_orm_migrations`,
      migrationsList: options.migrations.map((m) => ({ name: m.name, class: m })),
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
      disableForeignKeys: false,
    },
    pool: { min: 0, max: options.poolMax ?? 10 },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    discovery: { warnWhenNoEntities: false },
    debug: false,
    // Entity identity lives in the request's EntityManager fork only: no cross-request caches of rows.
    resultCache: { expiration: 0 },
  };
}

export async function openOrm(options: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(options));
  if (options.metrics) {
    const metrics = options.metrics;
    orm.em.getConnection().getKnex().on('query', () => metrics.countStatement());
  }
  return orm;
}

/** Apply pending migrations of one subgraph. Returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const knex = orm.em.getConnection().getKnex();
  // One session holds the lock for the whole run; `create extension` in two schemas at once would otherwise race.
  return knex.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
    const applied = await orm.getMigrator().up();
    return applied.map((m) => m.name);
  });
}
