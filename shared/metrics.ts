// Prometheus metrics for one service, served at /metrics. SQL statements are counted where they leave the driver and
// attributed to the GraphQL request that caused them (AsyncLocalStorage), which is how tests and the benchmark check
// that the number of statements per request does not grow with the length of the lists it returns.
import { AsyncLocalStorage } from 'node:async_hooks';
import client from 'prom-client';

export interface RequestStats {
  sqlStatements: number;
}

export const requestStats = new AsyncLocalStorage<RequestStats>();

export class ServiceMetrics {
  readonly registry = new client.Registry();
  readonly sqlStatements = new client.Counter({
    name: 'sql_statements_total',
    help: 'SQL statements sent to PostgreSQL, by what caused them (graphql request or background work)',
    labelNames: ['source'] as const,
    registers: [this.registry],
  });
  readonly requests = new client.Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests answered',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly sqlPerRequest = new client.Histogram({
    name: 'graphql_request_sql_statements',
    help: 'SQL statements per GraphQL request',
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89],
    registers: [this.registry],
  });

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
  }

  /** Called by the database layer for every statement sent. */
  countStatement(): void {
    const stats = requestStats.getStore();
    if (stats) {
      stats.sqlStatements += 1;
      this.sqlStatements.inc({ source: 'graphql' });
    } else {
      this.sqlStatements.inc({ source: 'background' });
    }
  }
}
