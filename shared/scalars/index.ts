// Scalars shared by every subgraph, so a type means the same thing everywhere in the supergraph.
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { GraphQLScalarType } from 'graphql';

export { MoneyScalar, parseMoney, sumMoney } from './money';

/** A calendar date (YYYY-MM-DD) in the legal calendar of Vietnam; impossible dates such as 2026-02-30 are rejected. */
export const LocalDateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  description: 'A calendar date, YYYY-MM-DD, such as 2026-07-01. Impossible dates (2026-02-30) are rejected.',
});

/** An instant, ISO-8601 with its offset (e.g. 2026-07-01T09:30:00.000Z). */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  description: 'An instant as an ISO-8601 string with offset, such as 2026-07-01T02:30:00.000Z (09:30 in Hà Nội).',
});
