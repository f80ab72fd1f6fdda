// What the workflow refuses, and what it never does twice: illegal transitions, stale versions, repeated idempotency
// keys, concurrent payments, and notifications while the delivery worker is down.
import { startStack, type Stack } from '../support/stack';
import { openCase, STEP } from '../support/cases';
import { tokens } from '../support/credentials';
import { eventually } from '../support/wait';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

test('an illegal transition is refused with the current and requested status, and changes nothing', async () => {
  const c = await openCase(stack, 'rules-open-illegal');
  const { data, errors } = await stack.gql(STEP('beginCoerciveMeasures'), { input: { caseId: c.id, expectedVersion: 1, idempotencyKey: 'rules-illegal-1' } }, c.officer);
  expect(data).toBeNull();
  expect(errors).toHaveLength(1);
  expect(errors[0].message).toBe('A case in status RECEIVED cannot go to COERCIVE_MEASURES');
  expect(errors[0].extensions).toEqual({ code: 'INVALID_TRANSITION', currentStatus: 'RECEIVED', requestedStatus: 'COERCIVE_MEASURES' });
  const after = await stack.sql<{ status: string; version: number; steps: string }>(`select status, version, (select count(*) from cases.status_change where case_id = $1)::text as steps from cases.enforcement_case where id = $1`, [c.id]);
  expect(after).toEqual([{ status: 'RECEIVED', version: 1, steps: '1' }]);
  const resume = await stack.gql(STEP('resumeEnforcement'), { input: { caseId: c.id, expectedVersion: 1, idempotencyKey: 'rules-illegal-2' } }, c.officer);
  expect(resume.errors[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', currentStatus: 'RECEIVED', requestedStatus: 'RESUME' });
});

test('a stale version gets CONFLICT and changes nothing; postponing needs a reason; resuming returns to the paused stage', async () => {
  const c = await openCase(stack, 'rules-open-stale');
  const issue = (version: number, key: string) =>
    stack.gql(STEP('issueEnforcementDecision', 'IssueDecisionInput'), { input: { caseId: c.id, expectedVersion: version, decisionNumber: '2001/QĐ-THADS', idempotencyKey: key } }, c.officer);
  expect((await issue(1, 'rules-stale-1')).data.issueEnforcementDecision.enforcementCase).toEqual({ status: 'DECISION_ISSUED', version: 2 });
  const stale = await stack.gql(STEP('recordPartiesNotified'), { input: { caseId: c.id, expectedVersion: 1, idempotencyKey: 'rules-stale-2' } }, c.officer);
  expect(stale.errors.map((e) => e.extensions)).toEqual([{ code: 'CONFLICT', field: 'expectedVersion', currentVersion: 2 }]);
  expect(await stack.sql(`select status, version from cases.enforcement_case where id = $1`, [c.id])).toEqual([{ status: 'DECISION_ISSUED', version: 2 }]);

  const noReason = await stack.gql(STEP('postponeEnforcement'), { input: { caseId: c.id, expectedVersion: 2, idempotencyKey: 'rules-postpone-1' } }, c.officer);
  expect(noReason.errors.map((e) => [e.extensions?.code, e.extensions?.field, e.extensions?.rule])).toEqual([['BAD_USER_INPUT', 'reason', 'required']]);
  const postponed = await stack.gql(STEP('postponeEnforcement'), { input: { caseId: c.id, expectedVersion: 2, reason: 'Người phải thi hành án ốm nặng', idempotencyKey: 'rules-postpone-2' } }, c.officer);
  expect(postponed.data.postponeEnforcement.enforcementCase).toEqual({ status: 'POSTPONED', version: 3 });
  const resumed = await stack.gql(STEP('resumeEnforcement'), { input: { caseId: c.id, expectedVersion: 3, idempotencyKey: 'rules-resume-1' } }, c.officer);
  expect(resumed.errors).toEqual([]);
  expect(resumed.data.resumeEnforcement.enforcementCase).toEqual({ status: 'DECISION_ISSUED', version: 4 });
});

test('the same idempotency key and input returns the first result; with other input it is refused', async () => {
  const c = await openCase(stack, 'rules-open-idem');
  const input = { caseId: c.id, expectedVersion: 1, decisionNumber: '3001/QĐ-THADS', idempotencyKey: 'rules-idem-decision' };
  const first = await stack.gql(STEP('issueEnforcementDecision', 'IssueDecisionInput'), { input }, c.officer);
  const again = await stack.gql(STEP('issueEnforcementDecision', 'IssueDecisionInput'), { input }, c.officer);
  expect(first.errors).toEqual([]);
  expect(again.errors).toEqual([]);
  expect(again.data.issueEnforcementDecision.change).toEqual(first.data.issueEnforcementDecision.change);
  expect(await stack.sql(`select count(*)::int as n from cases.status_change where case_id = $1`, [c.id])).toEqual([{ n: 2 }]);
  const other = await stack.gql(STEP('issueEnforcementDecision', 'IssueDecisionInput'), { input: { ...input, decisionNumber: '3002/QĐ-THADS' } }, c.officer);
  expect(other.errors.map((e) => e.extensions?.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
  // Opening a case is idempotent too: the same key opens it once.
  const reopened = await openCase(stack, 'rules-open-idem');
  expect(reopened.id).toBe(c.id);
});

test('two identical requests at once make one effect', async () => {
  const c = await openCase(stack, 'rules-open-race');
  const input = { caseId: c.id, expectedVersion: 1, decisionNumber: '4001/QĐ-THADS', idempotencyKey: 'rules-race-decision' };
  const results = await Promise.all([1, 2, 3].map(() => stack.gql(STEP('issueEnforcementDecision', 'IssueDecisionInput'), { input }, c.officer)));
  expect(results.map((r) => r.errors)).toEqual([[], [], []]);
  expect(new Set(results.map((r) => r.data.issueEnforcementDecision.change.sequence))).toEqual(new Set([2]));
  expect(await stack.sql(`select count(*)::int as n from cases.status_change where case_id = $1`, [c.id])).toEqual([{ n: 2 }]);
});

test('concurrent payments on one case lose no update: what was collected is exactly what was accepted', async () => {
  const c = await openCase(stack, 'rules-open-pay', { amount: '5000000' });
  await stack.gql(STEP('issueEnforcementDecision', 'IssueDecisionInput'), { input: { caseId: c.id, expectedVersion: 1, decisionNumber: '5001/QĐ-THADS', idempotencyKey: 'rules-pay-decision' } }, c.officer);
  const pay = (i: number) =>
    stack.gql(`mutation Pay($input: RecordPaymentInput!) { recordPayment(input: $input) { payment { amount } } }`, {
      input: { caseId: c.id, obligationId: c.obligations[0].id, amount: '700000', paidOn: '2026-06-05', method: 'VOLUNTARY', idempotencyKey: `rules-pay-${i}` },
    }, c.officer);
  const results = await Promise.all(Array.from({ length: 10 }, (_, i) => pay(i)));
  const accepted = results.filter((r) => r.errors.length === 0).length;
  // 5.000.000 đồng owed in instalments of 700.000: seven fit (4.900.000), the other three exceed what is left.
  expect(accepted).toBe(7);
  expect(results.filter((r) => r.errors.length).map((r) => r.errors[0].extensions?.rule)).toEqual(['notAboveOutstanding', 'notAboveOutstanding', 'notAboveOutstanding']);
  const [row] = await stack.sql<{ collected: string; paid: string; payments: string }>(
    `select c.amount_collected::text as collected, o.amount_paid::text as paid, (select sum(amount) from cases.payment where case_id = c.id)::text as payments
       from cases.enforcement_case c join cases.obligation o on o.case_id = c.id where c.id = $1`,
    [c.id],
  );
  expect(row).toEqual({ collected: '4900000', paid: '4900000', payments: '4900000' });
});

test('with the notification worker stopped, three status changes, then a restart: each notification is delivered exactly once', async () => {
  const c = await openCase(stack, 'rules-open-notify');
  await eventually(async () => (await stack.sql<{ n: number }>(`select count(*)::int as n from cases.notification where case_id = $1 and status = 'DELIVERED'`, [c.id]))[0].n === 2, 10_000, 'the opening notices');
  const worker = stack.subgraphs.cases.workers.find((w) => w.name === 'notifications')!;
  await worker.stop();
  const steps: [string, string, Record<string, unknown>][] = [
    ['issueEnforcementDecision', 'IssueDecisionInput', { decisionNumber: '6001/QĐ-THADS' }],
    ['recordPartiesNotified', 'CaseStepInput', {}],
    ['startVoluntaryCompliance', 'CaseStepInput', {}],
  ];
  let version = 1;
  for (const [mutation, type, extra] of steps) {
    const r = await stack.gql(STEP(mutation, type), { input: { caseId: c.id, expectedVersion: version++, idempotencyKey: `rules-notify-${mutation}`, ...extra } }, c.officer);
    expect(r.errors).toEqual([]);
  }
  await new Promise((r) => setTimeout(r, 1000)); // relay rounds fail while the worker is down
  const pending = await stack.sql<{ status: string; n: number }>(`select status, count(*)::int as n from cases.notification where case_id = $1 group by status order by status`, [c.id]);
  expect(pending).toEqual([{ status: 'DELIVERED', n: 2 }, { status: 'PENDING', n: 6 }]);
  worker.start();
  const delivered = await eventually(async () => {
    const rows = await stack.sql<{ kind: string; deliveries: number; party_identifier: string }>(`select kind, deliveries, party_identifier from cases.notification where case_id = $1 order by created_at, party_identifier`, [c.id]);
    return rows.every((r) => r.deliveries > 0) ? rows : null;
  }, 15_000, 'the worker to catch up');
  expect(delivered).toHaveLength(8); // opening + three steps, for two parties
  expect(delivered.map((r) => r.deliveries)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
});

test('the head reassigns a case with a reason; the new officer may act on it, the old one no longer', async () => {
  const c = await openCase(stack, 'rules-open-reassign');
  const head = await tokens.headBao();
  const to = (await stack.sql<{ id: string }>(`select id from cases.officer where agency_id = 'THADS-01' and role = 'OFFICER' and id <> (select officer_id from cases.enforcement_case where id = $1) order by id limit 1`, [c.id]))[0].id;
  const byOfficer = await stack.gql(`mutation { reassignCase(input: { caseId: "${c.id}", expectedVersion: 1, officerId: "${to}", reason: "x", idempotencyKey: "rules-reassign-0" }) { id } }`, {}, c.officer);
  expect(byOfficer.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  const noReason = await stack.gql(`mutation { reassignCase(input: { caseId: "${c.id}", expectedVersion: 1, officerId: "${to}", reason: " ", idempotencyKey: "rules-reassign-1" }) { id } }`, {}, head);
  expect(noReason.errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'reason']]);
  const moved = await stack.gql(
    `mutation { reassignCase(input: { caseId: "${c.id}", expectedVersion: 1, officerId: "${to}", reason: "Chấp hành viên cũ nghỉ phép dài ngày", idempotencyKey: "rules-reassign-2" }) { officer { id } version assignments { assignedBy reason officer { id } } } }`,
    {},
    head,
  );
  expect(moved.errors).toEqual([]);
  expect(moved.data.reassignCase.officer.id).toBe(to);
  expect(moved.data.reassignCase.version).toBe(2);
  expect(moved.data.reassignCase.assignments.map((a: { assignedBy: string; reason: string }) => a.assignedBy)).toEqual(['system', 'staff:head-bao']);
  expect(moved.data.reassignCase.assignments[1]).toEqual({ assignedBy: 'staff:head-bao', reason: 'Chấp hành viên cũ nghỉ phép dài ngày', officer: { id: to } });
  const oldOfficer = await stack.gql(STEP('issueEnforcementDecision', 'IssueDecisionInput'), { input: { caseId: c.id, expectedVersion: 2, decisionNumber: '8001/QĐ-THADS', idempotencyKey: 'rules-reassign-old' } }, c.officer);
  expect(oldOfficer.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
});
