// Statistics in the shape of the official reports, checked against values computed by hand on a small fixture;
// overdue cases and a head's dashboard; the public list of debtors with no conditions to enforce.
import { randomUUID } from 'node:crypto';
import { startStack, type Stack } from '../support/stack';
import { tokens } from '../support/credentials';
import { openCase, STEP } from '../support/cases';
import { eventually } from '../support/wait';
import { W } from '../fixtures/world';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
  // Cases received on 1–2 December 2026, a window no generated case falls in (they end on 30 November).
  const cases: [string, string, string, string][] = [
    ['THADS-01', 'COMPLETED', '100000000', '100000000'],
    ['THADS-01', 'COERCIVE_MEASURES', '2500000000', '1000000000'],
    ['THADS-01', 'NO_CONDITIONS', '9007199254740993', '0'], // more than 2^53 đồng: a float would lose the last one
    ['THADS-01', 'POSTPONED', '50000000', '0'],
    ['THADS-01', 'TERMINATED', '30000000', '10000000'],
    ['THADS-79', 'COMPLETED', '7', '7'],
    ['THADS-79', 'RECEIVED', '3', '0'],
  ];
  for (const [i, [agency, status, due, collected]] of cases.entries()) {
    await stack.sql(
      `insert into cases.enforcement_case (id, number, agency_id, status, case_type, initiation, judgment_number, court_code, court_name, judgment_date, received_on, amount_due, amount_collected)
       values ($1, $2, $3, $4, 'CIVIL', 'ON_REQUEST', '1/2026/DS-ST', 'TAND-01', 'Tòa án', '2026-11-20', $5, $6, $7)`,
      [randomUUID(), `STAT-${i}`, agency, status, i % 2 ? '2026-12-01' : '2026-12-02', due, collected],
    );
  }
  // An open case of officer Tuấn whose verification was due on 20 November.
  await stack.sql(
    `insert into cases.enforcement_case (id, number, agency_id, officer_id, status, case_type, initiation, judgment_number, court_code, court_name, judgment_date, received_on, amount_due, amount_collected, next_deadline_stage, next_due_on)
     values ($1, 'OVERDUE-1', 'THADS-01', $2, 'VERIFICATION', 'CIVIL', 'ON_REQUEST', '2/2026/DS-ST', 'TAND-01', 'Tòa án', '2026-10-01', '2026-10-05', 1000, 0, 'VERIFICATION', '2026-11-20')`,
    [randomUUID(), W.officers.tuan.id],
  );
});
afterAll(() => stack?.stop());

const STATS = `{ enforcementStatistics(from: "2026-12-01", to: "2026-12-02") {
  agency { id } received withoutConditions paused withConditions completed terminated completionRate amountDue amountWithConditions amountCollected collectionRate
} }`;

test('statistics by agency and in total equal the sums and rates counted by hand', async () => {
  const { data, errors } = await stack.gql(STATS, {}, await tokens.auditor());
  expect(errors).toEqual([]);
  expect(data.enforcementStatistics).toEqual([
    {
      // 5 received; 1 without conditions; 1 postponed; 3 with conditions, of which 1 completed and 1 terminated:
      // 2 / 3 = 66.67 %. Money with conditions 100 M + 2,500 M + 30 M = 2,630 M; collected 100 M + 1,000 M + 10 M =
      // 1,110 M: 42.205… % → 42.21 %.
      agency: { id: 'THADS-01' },
      received: 5,
      withoutConditions: 1,
      paused: 1,
      withConditions: 3,
      completed: 1,
      terminated: 1,
      completionRate: 66.67,
      amountDue: '9007201934740993',
      amountWithConditions: '2630000000',
      amountCollected: '1110000000',
      collectionRate: 42.21,
    },
    {
      agency: { id: 'THADS-79' },
      received: 2,
      withoutConditions: 0,
      paused: 0,
      withConditions: 2,
      completed: 1,
      terminated: 0,
      completionRate: 50,
      amountDue: '10',
      amountWithConditions: '10',
      amountCollected: '7',
      collectionRate: 70,
    },
    {
      // 3 completed or terminated of 5 with conditions: 60 %; 1,110,000,007 / 2,630,000,010 = 42.205… % → 42.21 %.
      agency: null,
      received: 7,
      withoutConditions: 1,
      paused: 1,
      withConditions: 5,
      completed: 2,
      terminated: 1,
      completionRate: 60,
      amountDue: '9007201934741003',
      amountWithConditions: '2630000010',
      amountCollected: '1110000007',
      collectionRate: 42.21,
    },
  ]);
});

test('a head sees the statistics of their own agency only; an officer not at all', async () => {
  const { data } = await stack.gql(STATS, {}, await tokens.headBao());
  expect(data.enforcementStatistics.map((r: { agency: { id: string } | null; received: number }) => [r.agency?.id ?? 'TOTAL', r.received])).toEqual([
    ['THADS-01', 5],
    ['TOTAL', 5],
  ]);
  const other = await stack.gql(`{ enforcementStatistics(from: "2026-12-01", to: "2026-12-02", agencyId: "THADS-79") { received } }`, {}, await tokens.headBao());
  expect(other.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  const officer = await stack.gql(STATS, {}, await tokens.officerTuan());
  expect(officer.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
});

test('overdue cases and the head’s dashboard show the case past its deadline', async () => {
  const head = await tokens.headBao();
  const overdue = await stack.gql(`{ overdueCases(first: 100, officerId: "${W.officers.tuan.id}") { nodes { number nextDeadline { stage } } } }`, {}, head);
  expect(overdue.errors).toEqual([]);
  expect(overdue.data.overdueCases.nodes.map((n: { number: string }) => n.number)).toContain('OVERDUE-1');
  const dashboard = await stack.gql(`{ agencyDashboard(agencyId: "THADS-01") { agency { id } openCases overdueCases officers { officer { id fullName } openCases overdueCases } } }`, {}, head);
  expect(dashboard.errors).toEqual([]);
  const d = dashboard.data.agencyDashboard;
  expect(d.agency.id).toBe('THADS-01');
  expect(d.overdueCases).toBeGreaterThanOrEqual(1);
  const tuan = d.officers.find((o: { officer: { id: string } }) => o.officer.id === W.officers.tuan.id);
  // Tuấn has the fixture world's Hà Nội case and the overdue one open.
  expect(tuan).toEqual({ officer: { id: W.officers.tuan.id, fullName: 'Phạm Minh Tuấn' }, openCases: 2, overdueCases: 1 });
});

test('a finding of no conditions to enforce is published: anyone reads the debtor’s name, year of birth and ward, nothing more', async () => {
  const c = await openCase(stack, 'publish-open-1', { debtor: 'cuong', creditor: 'dung', receivedOn: '2026-06-01' });
  const steps: [string, string, Record<string, unknown>][] = [
    ['issueEnforcementDecision', 'IssueDecisionInput', { decisionNumber: '7001/QĐ-THADS', effectiveOn: '2026-06-02' }],
    ['recordPartiesNotified', 'CaseStepInput', { effectiveOn: '2026-06-03' }],
    ['startVoluntaryCompliance', 'CaseStepInput', { effectiveOn: '2026-06-05' }],
    ['startVerification', 'CaseStepInput', { effectiveOn: '2026-06-16' }],
    ['declareNoConditions', 'CaseStepInput', { effectiveOn: '2026-06-25', reason: 'Người phải thi hành án không có tài sản, thu nhập' }],
  ];
  let version = 1;
  for (const [mutation, type, extra] of steps) {
    const r = await stack.gql(STEP(mutation, type), { input: { caseId: c.id, expectedVersion: version++, idempotencyKey: `publish-${mutation}`, ...extra } }, c.officer);
    expect(r.errors).toEqual([]);
  }
  const LIST = `{ publishedNoConditionCases(first: 100, provinceCode: "01") { nodes { number publishedOn reason amountOutstanding obligations agency { name }
    debtors { ... on Person { fullName birthYear publishedAddress } } } } }`;
  const entry = await eventually(async () => {
    const r = await stack.gql(LIST, {}, null);
    if (!r.data) {
      const raw = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LIST }) });
      throw new Error(`${raw.status} ${await raw.text()}`);
    }
    const found = r.data.publishedNoConditionCases.nodes.find((n: { number: string }) => n.number === c.number);
    return found?.debtors[0]?.fullName ? found : null;
  }, 10_000, 'the debtor to be public in persons');
  expect(entry).toEqual({
    number: c.number,
    publishedOn: '2026-06-25',
    reason: 'Người phải thi hành án không có tài sản, thu nhập',
    amountOutstanding: '5000000',
    obligations: ['Trả nợ'],
    agency: { name: 'Thi hành án dân sự thành phố Hà Nội' },
    debtors: [{ fullName: 'Hoàng Văn Cường', birthYear: 1978, publishedAddress: 'Phường Sài Gòn, Thành phố Hồ Chí Minh' }],
  });
  // Everything else about the debtor stays closed to an anonymous caller.
  const more = await stack.gql(`{ person(id: "${W.persons.cuong.id}") { fullName nationalId phone } }`, {}, null);
  expect(more.data.person).toEqual({ fullName: 'Hoàng Văn Cường', nationalId: null, phone: null });
  expect(more.errors.map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual([
    ['UNAUTHENTICATED', 'person.nationalId'],
    ['UNAUTHENTICATED', 'person.phone'],
  ]);
  // …and the creditor is not public at all.
  expect((await stack.gql(`{ person(id: "${W.persons.dung.id}") { fullName } }`, {}, null)).data.person).toBeNull();
});
