// How the gateway talks to a subgraph: over HTTP with Node's fetch, with the signed principal of the request. When a
// subgraph refuses a request as a whole (HTTP 4xx: a value its scalars reject, an operation it cannot validate), its
// own error and code reach the client, instead of an opaque internal error.
import { GraphQLError } from 'graphql';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GatewayContext } from './server';

const PASSED_THROUGH = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'UNAUTHENTICATED', 'PAYLOAD_TOO_LARGE']);

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const fallback = await super.errorFromResponse(response.clone() as typeof response);
    try {
      const body = (await response.json()) as { errors?: { message?: string; extensions?: { code?: string; field?: string; rule?: string } }[] };
      const first = body.errors?.[0];
      const code = first?.extensions?.code;
      if (first?.message && code && PASSED_THROUGH.has(code)) {
        const { field, rule } = first.extensions ?? {};
        // A scalar's refusal of a value (e.g. LocalDate 2026-02-30) is the client's input error.
        const clientCode = code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' ? 'BAD_USER_INPUT' : code;
        return new GraphQLError(first.message, { extensions: { code: clientCode, ...(field ? { field } : {}), ...(rule ? { rule } : {}) } });
      }
    } catch {
      // not JSON: keep the generic error
    }
    return fallback;
  }
}
