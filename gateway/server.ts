// The gateway: @apollo/gateway on the static supergraph composed from the committed subgraph SDL, inside
// @apollo/server. It authenticates the caller, forwards a signed principal to each subgraph, applies depth, alias,
// cost and token limits, and serves the sandbox outside production. It sends nothing to any vendor.
import http from 'node:http';
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled, ApolloServerPluginSchemaReportingDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway } from '@apollo/gateway';
import { SubgraphDataSource } from './subgraph-data-source';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, NoSchemaIntrospectionCustomRule, validate } from 'graphql';
import { intEnv, isProduction, servicePort, subgraphBaseUrl, subgraphUrl, SUBGRAPH_NAMES, type SubgraphName } from '../shared/config';
import { ANONYMOUS, PRINCIPAL_HEADER, REQUEST_ID_HEADER, signPrincipal, type Principal } from '../shared/auth/principal';
import { identityConfig } from '../shared/auth/identity-tokens';
import { formatError } from '../shared/errors';
import { serviceLogger } from '../shared/logger';
import { ApiKeyVerifier } from './api-key-verifier';
import { authenticate } from './authenticate';
import { SUPERGRAPH_FILE } from './compose';
import type { GatewayExecutor } from './public-routes';
import { jsonErrors } from '../shared/server/http-errors';

export interface GatewayContext {
  principal: Principal;
  requestId: string;
  clientIp: string | null;
  /** One signed principal per subgraph per request. */
  signed: Map<string, Promise<string>>;
}

export interface GatewayOptions {
  port?: number;
  env?: Record<string, string | undefined>;
  supergraphSdl?: string;
  /** Extra routes (e.g. public pages) mounted before the GraphQL endpoint. */
  routes?: (app: Express, gateway: GatewayExecutor) => void;
}

export interface RunningGateway {
  url: string;
  port: number;
  apiKeys: ApiKeyVerifier;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const env = options.env ?? process.env;
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const logger = serviceLogger('gateway');
  const production = isProduction(env);
  const identity = identityConfig(env);
  const apiKeys = new ApiKeyVerifier(() => subgraphBaseUrl('access', env), intEnv('KEY_CACHE_SECONDS', 5, env) * 1000);
  const supergraphSdl = options.supergraphSdl ?? fs.readFileSync(SUPERGRAPH_FILE, 'utf8');

  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService({ name }) {
      const url = subgraphUrl(name as SubgraphName, env);
      return new SubgraphDataSource({
        url,
        // Node's own fetch (undici, with keep-alive) instead of the default make-fetch-happen, which is slower per call.
        fetcher: globalThis.fetch as never,
        async willSendRequest(options) {
          const { request, context } = options;
          if (!context.principal) return; // the gateway's own health probes carry no principal
          // Subgraphs see generated operation names; the client's own name is what the audit trail should show.
          const operation = 'incomingRequestContext' in options ? (options.incomingRequestContext.operationName ?? null) : null;
          let token = context.signed.get(name);
          if (!token) context.signed.set(name, (token = signPrincipal(context.principal, name, context.requestId, context.clientIp, operation)));
          request.http?.headers.set(PRINCIPAL_HEADER, await token);
          request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
        },
      });
    },
  });

  const armor = new ApolloArmor({
    maxDepth: { n: intEnv('GRAPHQL_MAX_DEPTH', 12, env) },
    maxAliases: { n: intEnv('GRAPHQL_MAX_ALIASES', 30, env) },
    maxDirectives: { n: 20 },
    // Apollo's own parser applies the token limit (parseOptions below): a query over it is a 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    costLimit: { maxCost: intEnv('GRAPHQL_MAX_COST', 20000, env) },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();

  const app = express();
  app.disable('x-powered-by');
  // Which proxies may tell us the client's address (X-Forwarded-For); by default only this machine.
  app.set('trust proxy', env.TRUST_PROXY || 'loopback');
  const httpServer = http.createServer(app);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    formatError,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    introspection: true, // in production, only staff may introspect (see the plugin below)
    parseOptions: { maxTokens: intEnv('GRAPHQL_MAX_TOKENS', 4000, env) },
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ document, schema, contextValue, request }) {
              // PostgreSQL cannot store a NUL character: refuse it here, with the client's error, for every argument.
              if (request.query?.includes('\\u0000') || JSON.stringify(request.variables ?? {}).includes('\\u0000')) {
                throw new GraphQLError('Strings must not contain NUL characters (\\u0000)', { extensions: { code: 'BAD_USER_INPUT', rule: 'noNul' } });
              }
              if (production && contextValue.principal.kind !== 'STAFF') {
                const errors = validate(schema, document, [NoSchemaIntrospectionCustomRule]);
                if (errors.length) throw new GraphQLError('Introspection is not available to this caller', { extensions: { code: 'FORBIDDEN' } });
              }
            },
            async didEncounterErrors({ errors, contextValue }) {
              for (const error of errors) {
                if (!error.extensions?.code || error.extensions.code === 'INTERNAL_SERVER_ERROR') {
                  logger.error({ err: error.originalError ?? error, path: error.path, requestId: contextValue.requestId }, 'gateway fault');
                }
              }
            },
          };
        },
      },
    ],
  });
  await server.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', async (_req, res) => {
    const checks = await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        try {
          const r = await fetch(`${subgraphBaseUrl(name, env)}/ready`, { signal: AbortSignal.timeout(3000) });
          return [name, r.ok ? 'ready' : 'unavailable'] as const;
        } catch {
          return [name, 'unreachable'] as const;
        }
      }),
    );
    const ready = checks.every(([, s]) => s === 'ready');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', subgraphs: Object.fromEntries(checks) });
  });
  options.routes?.(app, {
    async anonymous(req, query, variables) {
      const response = await server.executeOperation(
        { query, variables },
        { contextValue: { principal: ANONYMOUS, requestId: randomUUID(), clientIp: req.ip ?? null, signed: new Map() } },
      );
      return response.body.kind === 'single' ? (response.body.singleResult as any) : { errors: [{ message: 'unexpected incremental response' }] };
    },
  });
  app.get('/', (_req, res) => {
    res.redirect('/graphql');
  });
  app.use('/graphql', (req, res, next) => {
    // A key is about 70 characters: anything much longer is not one, and must not travel to the access subgraph.
    if ((req.header('x-api-key')?.length ?? 0) > 200) {
      return res.status(401).json({ errors: [{ message: 'The API key is not valid, has expired or was revoked', extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    next();
  });
  app.use(
    '/graphql',
    express.json({ limit: '8mb' }),
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        const incoming = req.header(REQUEST_ID_HEADER);
        const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader(REQUEST_ID_HEADER, requestId);
        const principal = await authenticate({ get: (n) => req.header(n) }, identity, apiKeys);
        return { principal, requestId, clientIp: req.ip ?? null, signed: new Map() };
      },
    }),
  );

  app.use(jsonErrors);

  const port = options.port ?? servicePort('gateway', env);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, env.HOST || '127.0.0.1', () => resolve());
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  logger.info({ port: actualPort }, 'gateway listening');
  return {
    url: `http://127.0.0.1:${actualPort}/graphql`,
    port: actualPort,
    apiKeys,
    stop: () => server.stop(),
  };
}
