// Scalars shared by every subgraph, so a type means the same thing everywhere in the supergraph.
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { GraphQLError, GraphQLScalarType } from 'graphql';

export { MoneyScalar, parseMoney, sumMoney } from './money';

const localDate = LocalDateResolver.toConfig();

/** Dates of people and judgments fall in these years; anything else is a typo (and some years PostgreSQL refuses). */
function inRange(value: string): string {
  const year = Number(value.slice(0, 4));
  if (!(year >= 1900 && year <= 2100)) {
    throw new GraphQLError(`LocalDate must be a date between 1900-01-01 and 2100-12-31 (got ${value})`, { extensions: { code: 'BAD_USER_INPUT', rule: 'dateRange' } });
  }
  return value;
}

function refusal(error: unknown): never {
  throw new GraphQLError(error instanceof Error ? error.message : 'Not a valid LocalDate (YYYY-MM-DD)', { extensions: { code: 'BAD_USER_INPUT', rule: 'localDate' } });
}

/** A calendar date (YYYY-MM-DD) in the legal calendar of Vietnam; impossible dates such as 2026-02-30 are rejected. */
export const LocalDateScalar = new GraphQLScalarType({
  ...localDate,
  description: 'A calendar date, YYYY-MM-DD, such as 2026-07-01, between 1900 and 2100. Impossible dates (2026-02-30) are rejected.',
  parseValue(value) {
    let parsed: string;
    try {
      parsed = localDate.parseValue!(value) as string;
    } catch (error) {
      refusal(error);
    }
    return inRange(parsed);
  },
  parseLiteral(ast, variables) {
    let parsed: string;
    try {
      parsed = localDate.parseLiteral!(ast, variables) as string;
    } catch (error) {
      refusal(error);
    }
    return inRange(parsed);
  },
});

/** An instant, ISO-8601 with its offset (e.g. 2026-07-01T09:30:00.000Z). */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  description: 'An instant as an ISO-8601 string with offset, such as 2026-07-01T02:30:00.000Z (09:30 in Hà Nội).',
});
