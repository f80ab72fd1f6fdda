// Money is exact: parsing refuses anything but whole đồng, sums do not lose a đồng past 2^53, rates round half up.
import { GraphQLError } from 'graphql';
import { MoneyScalar, parseMoney, sumMoney } from '../../shared/scalars/money';
import { percent, total } from '../../subgraphs/cases/monitoring/statistics';

test('money parses strings of digits and refuses floats, negatives and words', () => {
  expect(parseMoney('150000000')).toBe(150000000n);
  expect(parseMoney('0')).toBe(0n);
  for (const bad of ['1.5', '-1', '1e9', ' 12', '', 'abc', 1.5, '9223372036854775808', '007']) {
    expect(() => parseMoney(bad)).toThrow(GraphQLError);
  }
});

test('money serializes as a string of digits', () => {
  expect(MoneyScalar.serialize(2400000000n)).toBe('2400000000');
  expect(MoneyScalar.serialize(9007199254740993n)).toBe('9007199254740993');
});

test('sums past 2^53 stay exact', () => {
  // 690,000 billion đồng in play nationally, plus one đồng: a float would lose the last đồng.
  expect(sumMoney(['690000000000000000', '1'])).toBe(690000000000000001n);
  expect(sumMoney([9007199254740992n, 1n, '2'])).toBe(9007199254740995n);
});

test('rates are percentages rounded half up to two decimals, exactly', () => {
  expect(percent(1n, 3n)).toBe(33.33);
  expect(percent(2n, 3n)).toBe(66.67);
  expect(percent(1n, 8n)).toBe(12.5);
  expect(percent(0n, 5n)).toBe(0);
  expect(percent(5n, 0n)).toBeNull();
  // 123.456.789.012.345 of 987.654.321.098.765 đồng = 12.4999998860...% → 12.5
  expect(percent(123456789012345n, 987654321098765n)).toBe(12.5);
});

test('the total line sums every agency exactly and recomputes its rates', () => {
  const row = (agencyId: string, withConditions: number, completed: number, due: bigint, collected: bigint) => ({
    agencyId,
    received: withConditions + 1,
    withoutConditions: 1,
    paused: 0,
    withConditions,
    completed,
    terminated: 0,
    completionRate: null,
    amountDue: due,
    amountWithConditions: due,
    amountCollected: collected,
    collectionRate: null,
  });
  const t = total([row('A', 3, 1, 9007199254740993n, 1n), row('B', 1, 1, 7n, 7n)]);
  expect(t).toMatchObject({ agencyId: 'TOTAL', received: 6, withConditions: 4, completed: 2, completionRate: 50, amountDue: 9007199254741000n, amountCollected: 8n });
});
