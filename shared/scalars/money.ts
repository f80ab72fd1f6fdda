// Money: an exact, non-negative integer number of Vietnamese đồng, serialized as a decimal string.
// Int overflows at 2^31 (about 2.1 billion đồng, less than one large judgment) and Float loses precision past 2^53.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DIGITS = /^(0|[1-9][0-9]{0,19})$/;
/** The largest amount accepted: PostgreSQL bigint's maximum, far above any real obligation. */
export const MAX_MONEY = 9_223_372_036_854_775_807n;

export function parseMoney(value: unknown): bigint {
  if (typeof value === 'bigint') return checkRange(value);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return checkRange(BigInt(value));
  if (typeof value === 'string' && DIGITS.test(value)) return checkRange(BigInt(value));
  throw new GraphQLError(
    `Money must be a string of digits: a whole, non-negative number of đồng such as "150000000" (got ${JSON.stringify(value)})`,
    { extensions: { code: 'BAD_USER_INPUT', rule: 'money' } },
  );
}

function checkRange(amount: bigint): bigint {
  if (amount < 0n || amount > MAX_MONEY) {
    throw new GraphQLError(`Money must be between 0 and ${MAX_MONEY} đồng`, { extensions: { code: 'BAD_USER_INPUT', rule: 'money' } });
  }
  return amount;
}

/** Exact sum of amounts (bigint, strings of digits or safe integers). */
export function sumMoney(amounts: Iterable<bigint | string | number>): bigint {
  let total = 0n;
  for (const a of amounts) total += typeof a === 'bigint' ? a : BigInt(a);
  return total;
}

export const MoneyScalar = new GraphQLScalarType<bigint, string>({
  name: 'Money',
  description:
    'An exact amount of Vietnamese đồng (VND) as a string of digits, e.g. "150000000" for 150.000.000 đồng. ' +
    'Never a float: amounts in this graph reach tens of billions of đồng per case and are summed exactly.',
  serialize(value) {
    if (typeof value === 'bigint') return value.toString();
    return parseMoney(value).toString();
  },
  parseValue: parseMoney,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parseMoney(ast.kind === Kind.INT ? ast.value : ast.value);
    throw new GraphQLError('Money must be a string of digits, such as "150000000"', { extensions: { code: 'BAD_USER_INPUT', rule: 'money' } });
  },
});

/** 150000000n → "150.000.000 đồng", as amounts are written in Vietnamese documents and messages. */
export function formatDong(amount: bigint | string): string {
  return `${amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
}
