// The number of SQL statements behind a list does not grow with the list's length: every entity reference and every
// to-many field is batched (one DataLoader set and one EntityManager fork per request).
import { startStack, type Stack } from '../support/stack';
import { tokens } from '../support/credentials';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const QUERY = `query Cases($first: Int!) {
  enforcementCases(first: $first) {
    nodes {
      number
      agency { name }
      officer { fullName }
      debtors {
        ... on Person { fullName bankAccounts { accountNumberMasked status bank { shortName } } landParcels { certificateSerial } }
        ... on Organization { name bankAccounts { accountNumberMasked status bank { shortName } } landParcels { certificateSerial } }
      }
      freezeOrders { status }
      documents { kind number }
    }
  }
}`;

async function statementsFor(first: number, as: Awaited<ReturnType<typeof tokens.auditor>>) {
  const before = await stack.sqlStatements();
  const { data, errors } = await stack.gql<{ enforcementCases: { nodes: unknown[] } }>(QUERY, { first }, as);
  const after = await stack.sqlStatements();
  expect(errors).toEqual([]);
  expect(data!.enforcementCases.nodes).toHaveLength(first);
  return Object.fromEntries(Object.keys(after).map((k) => [k, after[k as keyof typeof after] - before[k as keyof typeof before]]));
}

test('cases(first: 10) and cases(first: 50) with debtors, their accounts and land, orders and documents cost the same statements per subgraph', async () => {
  const auditor = await tokens.auditor();
  await statementsFor(5, auditor); // warm-up: nothing lazy is left to initialise
  const ten = await statementsFor(10, auditor);
  const fifty = await statementsFor(50, auditor);
  console.log(`SQL statements per request (cases/persons/assets/documents/access): first 10 → ${JSON.stringify(ten)}, first 50 → ${JSON.stringify(fifty)}`);
  expect(fifty).toEqual(ten);
  // cases: the page, the parties of all its cases, their agencies, their officers
  expect(ten.cases).toBe(4);
  // persons: the debtors that are persons, the debtors that are organizations
  expect(ten.persons).toBe(2);
  // assets: accounts of every debtor, their banks, parcels of every debtor, the cases' freeze orders
  expect(ten.assets).toBe(4);
  // documents: the cases' documents
  expect(ten.documents).toBe(1);
});
