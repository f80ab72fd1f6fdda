// Bad input gets a clear error with its code and field, never an internal error, a stack trace or SQL. Each case here
// was found by attacking the running graph.
import { startStack, type Stack } from '../support/stack';
import { partnerKey, tokens } from '../support/credentials';
import { W } from '../fixtures/world';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const codes = (r: { errors: { extensions?: { code?: string } }[] }) => r.errors.map((e) => e.extensions?.code);

test('impossible or out-of-range dates, as variables or inline, are BAD_USER_INPUT', async () => {
  const head = await tokens.headBao();
  for (const from of ['2026-02-30', '2026-13-01', '2026-1-1', '', '0000-01-01']) {
    const asVariable = await stack.gql(`query S($from: LocalDate!) { enforcementStatistics(from: $from, to: "2026-12-31") { received } }`, { from }, head);
    expect([from, codes(asVariable)]).toEqual([from, ['BAD_USER_INPUT']]);
  }
  const inline = await stack.gql(`{ enforcementStatistics(from: "2026-02-30", to: "2026-12-31") { received } }`, {}, head);
  expect(codes(inline)).toEqual(['BAD_USER_INPUT']);
  expect(inline.errors[0].message).toMatch(/2026-02-30/);
});

test('money that is not a whole, non-negative number of đồng is BAD_USER_INPUT', async () => {
  const tuan = await tokens.officerTuan();
  for (const amount of ['-1', '1.5', '1e9', '12345678901234567890', 'abc', ' 100', '007']) {
    const r = await stack.gql(`mutation P($amount: Money!) { recordPayment(input: { caseId: "${W.cases.hn.id}", obligationId: "${W.cases.hn.id}", amount: $amount, paidOn: "2026-06-01", method: VOLUNTARY, idempotencyKey: "bad-money-1" }) { payment { id } } }`, { amount }, tuan);
    expect([amount, codes(r)]).toEqual([amount, ['BAD_USER_INPUT']]);
  }
});

test('a cursor that is not one of this list’s is BAD_USER_INPUT on every list', async () => {
  const auditor = await tokens.auditor();
  const otherList = (await stack.gql(`{ searchPersons(name: "nguyen", first: 1) { pageInfo { endCursor } } }`, {}, auditor)).data.searchPersons.pageInfo.endCursor;
  const bad = ['abc', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('["2026-99-99","abc"]').toString('base64url'), Buffer.from('["x"]').toString('base64url'), otherList];
  for (const after of bad) {
    for (const [query, as] of [
      [`query L($after: String) { enforcementCases(first: 5, after: $after) { nodes { id } } }`, auditor],
      [`query L($after: String) { publishedNoConditionCases(first: 5, after: $after) { nodes { id } } }`, null],
      [`query L($after: String) { auditRecords(first: 5, after: $after) { nodes { id } } }`, auditor],
    ] as const) {
      const r = await stack.gql(query, { after }, as);
      expect([after, query.slice(20, 45), r.errors.map((e) => [e.extensions?.code, e.extensions?.field])]).toEqual([after, query.slice(20, 45), [['BAD_USER_INPUT', 'after']]]);
    }
  }
});

test('NUL characters, non-UUID ids and oversized keys are refused as input, not failed on', async () => {
  const nul = await stack.gql(`query Q($n: String!) { enforcementCaseByNumber(number: $n) { id } }`, { n: '01-2025-900001\u0000' }, await tokens.officerTuan());
  expect(codes(nul)).toEqual(['BAD_USER_INPUT']);
  const overdue = await stack.gql(`{ overdueCases(officerId: "garbage") { nodes { id } } }`, {}, await tokens.headBao());
  expect(overdue.errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'officerId']]);
  const huge = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': `thads_${'a'.repeat(6000)}` }, body: JSON.stringify({ query: '{ viewer { kind } }' }) });
  expect(huge.status).toBe(401);
});

test('a body that is not a GraphQL request gets a JSON error without a stack trace', async () => {
  for (const body of ['{"query":', '"hello"', 'null']) {
    const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const text = await response.text();
    expect(text).not.toMatch(/node_modules|at .*\(|<html/i);
  }
});

test('ids are found whatever the case of their letters', async () => {
  const { data } = await stack.gql(`{ enforcementCase(id: "${W.cases.hn.id.toUpperCase()}") { number } }`, {}, await tokens.officerTuan());
  expect(data).toEqual({ enforcementCase: { number: '01-2025-900001' } });
});

test('a field the caller may not read is null at its own path, and the case around it stands', async () => {
  const court = { apiKey: (await partnerKey(stack.databaseUrl, W.partners.courtHn.id, 'COURT')).apiKey };
  const r = await stack.gql(`{ enforcementCaseByNumber(number: "${W.cases.hn.number}") { number payments { amount } } }`, {}, court);
  expect(r.data).toEqual({ enforcementCaseByNumber: { number: '01-2025-900001', payments: null } });
  expect(r.errors.map((e) => [e.extensions?.code, e.path])).toEqual([['FORBIDDEN', ['enforcementCaseByNumber', 'payments']]]);
});

test('signed-in callers see the published debtors anyone may see', async () => {
  const [published] = await stack.sql<{ party_id: string }>(`select party_id from persons.case_party cp join persons.case_scope cs using (case_id) where cs.published and cp.role = 'DEBTOR' and cp.party_type = 'PERSON' limit 1`);
  const query = `{ person(id: "${published.party_id}") { fullName birthYear } }`;
  const anonymous = await stack.gql(query, {}, null);
  expect(anonymous.data.person.fullName).toBeTruthy();
  const bank = { apiKey: (await partnerKey(stack.databaseUrl, W.partners.bankVcb.id, 'BANK')).apiKey };
  for (const as of [bank, await tokens.citizenAn(), await tokens.admin()]) {
    expect((await stack.gql(query, {}, as)).data).toEqual(anonymous.data);
  }
});

test('a search needs two letters or digits', async () => {
  const r = await stack.gql(`{ searchPersons(name: "%%%") { nodes { id } } }`, {}, await tokens.auditor());
  expect(r.errors.map((e) => [e.extensions?.code, e.extensions?.field, e.extensions?.rule])).toEqual([['BAD_USER_INPUT', 'name', 'minLength']]);
});

test('a case is opened only from a consistent judgment: number, type, year, court and amounts', async () => {
  const input = {
    caseType: 'CIVIL',
    initiation: 'ON_REQUEST',
    judgmentNumber: '5/2026/DS-ST',
    courtCode: 'TAND-01-KV1',
    courtName: 'Tòa án nhân dân khu vực 1 - Hà Nội',
    judgmentDate: '2026-05-04',
    receivedOn: '2026-06-01',
    parties: [
      { role: 'DEBTOR', partyType: 'PERSON', partyId: W.persons.an.id, identifier: W.persons.an.nationalId },
      { role: 'CREDITOR', partyType: 'PERSON', partyId: W.persons.binh.id, identifier: W.persons.binh.nationalId },
    ],
    obligations: [{ kind: 'PAY_MONEY', description: 'Trả nợ', amountDue: '5000000', debtor: 0, creditor: 1 }],
    idempotencyKey: 'bad-open-1',
  };
  const head = await tokens.headBao();
  const open = (change: Record<string, unknown>, key: string) =>
    stack.gql(`mutation O($input: OpenCaseInput!) { openEnforcementCase(input: $input) { id } }`, { input: { ...input, ...change, idempotencyKey: key } }, head);
  const refusals: [Record<string, unknown>, string, string][] = [
    [{ caseType: 'CRIMINAL' }, 'caseType', 'matchesJudgmentNumber'],
    [{ judgmentNumber: 'abc' }, 'judgmentNumber', 'format'],
    [{ judgmentDate: '2025-05-04' }, 'judgmentDate', 'matchesJudgmentNumber'],
    [{ courtCode: 'NOPE' }, 'courtCode', 'format'],
    [{ obligations: [{ ...input.obligations[0], amountDue: '9223372036854775807' }] }, 'obligations[0].amountDue', 'max'],
  ];
  for (const [i, [change, field, rule]] of refusals.entries()) {
    const r = await open(change, `bad-open-${i + 2}`);
    expect(r.errors.map((e) => [e.extensions?.code, e.extensions?.field, e.extensions?.rule])).toEqual([['BAD_USER_INPUT', field, rule]]);
  }
});

test('a court cannot submit a judgment dated in the future, badly numbered, or for an agency that does not exist', async () => {
  const court = { apiKey: (await partnerKey(stack.databaseUrl, W.partners.courtHn.id, 'COURT')).apiKey };
  const base = { kind: 'JUDGMENT', number: '7/2026/DS-ST', title: 'x', issuedOn: '2026-05-01', text: 'BẢN ÁN', addressedAgencyId: 'THADS-01' };
  const cases: [Record<string, unknown>, string][] = [
    [{ issuedOn: '2099-01-01' }, 'issuedOn'],
    [{ number: 'abc' }, 'number'],
    [{ addressedAgencyId: 'THADS-99' }, 'addressedAgencyId'],
  ];
  for (const [i, [change, field]] of cases.entries()) {
    const r = await stack.gql(`mutation S($input: SubmitJudgmentInput!) { submitJudgment(input: $input) { id } }`, { input: { ...base, ...change, idempotencyKey: `bad-submit-${i}` } }, court);
    expect(r.errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', field]]);
  }
});

test('a query that does not parse, or has too many tokens, is a 400 with GRAPHQL_PARSE_FAILED', async () => {
  for (const query of ['{viewer{kind}', `{ ${Array.from({ length: 2100 }, () => 'viewer { kind }').join(' ')} }`]) {
    const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
  }
});
