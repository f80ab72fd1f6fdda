// Runs one subgraph as its own HTTP service: /graphql (only with the gateway's signed principal), /health, /ready,
// /metrics and its internal endpoints; opens its database, applies pending migrations, relays its outbox.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import type { Logger } from 'pino';
import { databaseUrl, intEnv, isProduction, servicePort, subgraphBaseUrl, SUBGRAPH_NAMES, type SubgraphName } from '../config';
import { openOrm, migrate } from '../db/orm';
import { ServiceMetrics, requestStats, type RequestStats } from '../metrics';
import { PRINCIPAL_HEADER, verifyPrincipal } from '../auth/principal';
import { AuditBuffer } from '../audit';
import { Loaders } from '../loaders';
import { formatError } from '../errors';
import { serviceLogger } from '../logger';
import { inboxRouter, type InboxHandler } from '../outbox/inbox';
import { OutboxRelay, httpTransport, type Transport } from '../outbox/relay';
import { buildSubgraphGraphQLSchema, type SchemaDefinition } from './schema';
import { jsonErrors } from './http-errors';
import type { RequestContext } from './context';

export interface SubgraphDeps {
  orm: MikroORM;
  logger: Logger;
  metrics: ServiceMetrics;
  env: Record<string, string | undefined>;
}

export interface Worker {
  readonly name: string;
  start(): void;
  stop(): Promise<void>;
}

export interface SubgraphModule extends SchemaDefinition {
  name: SubgraphName;
  entities: Constructor<object>[];
  migrations: Constructor<Migration>[];
  /** Topics this subgraph accepts from other services' outboxes. */
  inboxHandlers?: Record<string, InboxHandler>;
  /** Outbox destinations handled inside this service (e.g. a notification adapter) rather than over HTTP. */
  localTransports?: (deps: SubgraphDeps, workers: Worker[]) => Record<string, Transport>;
  /** Extra routes (internal endpoints, public pages) mounted before /graphql. */
  routes?: (app: Express, deps: SubgraphDeps) => void;
  workers?: (deps: SubgraphDeps) => Worker[];
  /** Long-lived helpers put in every request's context as `services`. */
  services?: (deps: SubgraphDeps) => Record<string, unknown>;
  /** Largest accepted request body (documents carry full texts). */
  bodyLimit?: string;
}

export interface RunningSubgraph {
  name: SubgraphName;
  url: string;
  port: number;
  orm: MikroORM;
  metrics: ServiceMetrics;
  relay: OutboxRelay;
  workers: Worker[];
  stop(): Promise<void>;
}

export interface StartOptions {
  port?: number;
  env?: Record<string, string | undefined>;
  /** Apply pending migrations before serving (default true). */
  migrate?: boolean;
}

export async function startSubgraph(module: SubgraphModule, options: StartOptions = {}): Promise<RunningSubgraph> {
  const env = options.env ?? process.env;
  const logger = serviceLogger(module.name);
  const metrics = new ServiceMetrics(module.name);
  const orm = await openOrm({
    schema: module.name,
    url: databaseUrl(module.name, env),
    entities: module.entities,
    migrations: module.migrations,
    poolMax: intEnv('DB_POOL_MAX', 10, env),
    metrics,
  });
  if (options.migrate !== false) {
    const applied = await migrate(orm);
    if (applied.length) logger.info({ applied }, 'migrations applied');
  }
  const deps: SubgraphDeps = { orm, logger, metrics, env };

  const services = module.services?.(deps) ?? {};
  const { schema } = await buildSubgraphGraphQLSchema(module, { withoutFieldRules: benchWithoutFieldRules(env) });
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    introspection: true, // only reachable with the gateway's principal; the gateway decides what clients may see
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ contextValue, operationName }) {
              contextValue.audit.operation ??= operationName ?? null;
            },
            async didEncounterErrors({ errors, contextValue }) {
              for (const error of errors) {
                const code = error.extensions?.code;
                if (!code || code === 'INTERNAL_SERVER_ERROR') {
                  logger.error({ err: error.originalError ?? error, path: error.path, requestId: contextValue.requestId }, 'resolver fault');
                }
              }
            },
            async willSendResponse({ contextValue, response }) {
              await contextValue.audit.flushReads(contextValue.em.fork());
              const stats = requestStats.getStore();
              if (stats) metrics.sqlPerRequest.observe(stats.sqlStatements);
              const failed = response.body.kind === 'single' && response.body.singleResult.errors?.length;
              metrics.requests.inc({ outcome: failed ? 'with_errors' : 'ok' });
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: module.name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await orm.em.fork().execute('select 1');
      res.json({ status: 'ready', service: module.name, database: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', service: module.name, database: 'unreachable' });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  if (module.inboxHandlers) app.use(inboxRouter(module.name, orm, module.inboxHandlers, logger));
  module.routes?.(app, deps);

  app.use(
    '/graphql',
    async (req, res, next) => {
      const token = req.header(PRINCIPAL_HEADER);
      if (!token) return res.status(401).json(unauthenticatedBody('This service answers only the gateway'));
      try {
        res.locals.identity = await verifyPrincipal(token, module.name);
      } catch {
        return res.status(401).json(unauthenticatedBody('The principal token is invalid or expired'));
      }
      const stats: RequestStats = { sqlStatements: 0 };
      requestStats.run(stats, () => next());
    },
    express.json({ limit: module.bodyLimit ?? '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const { principal, requestId, clientIp, operation } = res.locals.identity as Awaited<ReturnType<typeof verifyPrincipal>>;
        return {
          principal,
          requestId,
          clientIp,
          em: orm.em.fork(),
          loaders: new Loaders(),
          audit: new AuditBuffer(module.name, principal, requestId, operation),
          services,
        };
      },
    }),
  );

  const workers = module.workers?.(deps) ?? [];
  app.use(jsonErrors);

  const transports: Record<string, Transport> = { ...(module.localTransports?.(deps, workers) ?? {}) };
  for (const destination of SUBGRAPH_NAMES) {
    if (destination !== module.name) transports[destination] = httpTransport(module.name, destination, () => subgraphBaseUrl(destination, env));
  }
  const relay = new OutboxRelay({ orm, source: module.name, transports, logger, pollMs: intEnv('OUTBOX_POLL_MS', 500, env), maxBackoffMs: intEnv('OUTBOX_MAX_BACKOFF_MS', 30_000, env) });
  relay.start();
  for (const w of workers) w.start();

  const port = options.port ?? servicePort(module.name, env);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  logger.info({ port: actualPort }, 'subgraph listening');

  return {
    name: module.name,
    url: `http://127.0.0.1:${actualPort}/graphql`,
    port: actualPort,
    orm,
    metrics,
    relay,
    workers,
    async stop() {
      await relay.stop();
      await Promise.all(workers.map((w) => w.stop()));
      await apollo.stop();
      await orm.close(true);
    },
  };
}

/**
 * Only for measuring what authorization costs (`npm run bench -- --compare-rules`): the field rules off, row scope
 * still on. Refused in production.
 */
function benchWithoutFieldRules(env: Record<string, string | undefined>): boolean {
  if (env.BENCH_WITHOUT_FIELD_RULES !== 'true') return false;
  if (isProduction(env)) throw new Error('BENCH_WITHOUT_FIELD_RULES is refused when NODE_ENV=production');
  return true;
}

function unauthenticatedBody(message: string) {
  return { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] };
}
