// Every read of personal data leaves an audit record in the subgraph that owns the data, carried by the outbox to
// access, where auditors query it; a record written while access is down arrives once access is back.
import { startStack, type Stack } from '../support/stack';
import { tokens } from '../support/credentials';
import { eventually } from '../support/wait';
import { W } from '../fixtures/world';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

interface Record_ {
  subgraph: string;
  principal: string;
  principalKind: string;
  agency: string | null;
  operation: string | null;
  action: string;
  entityType: string;
  entityId: string;
  fields: string[];
  requestId: string;
}

async function auditRecordsOf(operation: string): Promise<Record_[]> {
  const { data, errors } = await stack.gql<{ auditRecords: { nodes: Record_[] } }>(
    `{ auditRecords(first: 50, filter: { principal: "staff:officer-tuan" }) { nodes { subgraph principal principalKind agency operation action entityType entityId fields requestId } } }`,
    {},
    await tokens.auditor(),
  );
  expect(errors).toEqual([]);
  return data!.auditRecords.nodes.filter((r) => r.operation === operation);
}

test('an officer reading a debtor’s national ID and balance is recorded with exactly those fields', async () => {
  const read = await stack.gql(
    `query ReadDebtor { person(id: "${W.persons.an.id}") { fullName nationalId } bankAccount(id: "${W.accounts.anVcb.id}") { accountNumberMasked balance } }`,
    {},
    await tokens.officerTuan(),
  );
  expect(read.errors).toEqual([]);
  const requestId = read.headers.get('x-request-id');
  expect(requestId).toBeTruthy();
  const records = await eventually(async () => {
    const found = await auditRecordsOf('ReadDebtor');
    return found.length === 2 ? found : null;
  }, 15_000, 'two audit records');
  const common = { principal: 'staff:officer-tuan', principalKind: 'STAFF', agency: 'THADS-01', operation: 'ReadDebtor', action: 'READ', requestId };
  expect(records.sort((a, b) => a.subgraph.localeCompare(b.subgraph))).toEqual([
    { ...common, subgraph: 'assets', entityType: 'BankAccount', entityId: W.accounts.anVcb.id, fields: ['balance'] },
    { ...common, subgraph: 'persons', entityType: 'Person', entityId: W.persons.an.id, fields: ['nationalId'] },
  ]);
});

test('reading only public fields leaves no audit record', async () => {
  await stack.gql(`query ReadName { person(id: "${W.persons.an.id}") { fullName nationalIdMasked } }`, {}, await tokens.officerTuan());
  await new Promise((r) => setTimeout(r, 800)); // a few relay rounds
  expect(await auditRecordsOf('ReadName')).toEqual([]);
});

test('an audit record written while access is stopped arrives after it restarts', async () => {
  await stack.stopSubgraph('access');
  const read = await stack.gql(`query WhileAccessDown { person(id: "${W.persons.an.id}") { phone } }`, {}, await tokens.officerTuan());
  expect(read.data).toEqual({ person: { phone: '0912345678' } });
  // The record waits in the persons outbox while access is away.
  await eventually(async () => {
    const rows = await stack.sql<{ attempts: number }>(`select attempts from persons.outbox where destination = 'access' and delivered_at is null and payload::text like '%WhileAccessDown%'`);
    return rows.length === 1 && rows[0].attempts > 0;
  }, 10_000, 'a failed delivery attempt');
  await stack.restartSubgraph('access');
  const [record] = await eventually(async () => {
    const found = await auditRecordsOf('WhileAccessDown');
    return found.length ? found : null;
  }, 15_000, 'the record to arrive');
  expect(record).toMatchObject({ subgraph: 'persons', entityType: 'Person', entityId: W.persons.an.id, fields: ['phone'], action: 'READ' });
});
