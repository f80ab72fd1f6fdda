// One case through the whole lifecycle, through the gateway, each step by the right principal: opened by an officer
// (allocated automatically), decided, notified, the voluntary period, verification, coercion, payments until it is
// complete. History, deadlines and the citizens' notifications are checked on the way.
import { issueDevToken } from '../../shared/auth/identity-tokens';
import { startStack, type Credential, type Stack } from '../support/stack';
import { tokens } from '../support/credentials';
import { eventually } from '../support/wait';
import { W } from '../fixtures/world';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const OPEN = `mutation Open($input: OpenCaseInput!) {
  openEnforcementCase(input: $input) {
    id number status version amountDue officer { id fullName }
    assignments { assignedBy reason candidates { officerId workload excluded } }
    nextDeadline { stage dueOn }
  }
}`;

const STEP_FIELDS = `enforcementCase { id status version decisionNumber nextDeadline { stage dueOn } } change { sequence fromStatus toStatus effectiveOn reason }`;

function openInput(key: string) {
  return {
    caseType: 'CIVIL',
    initiation: 'ON_REQUEST',
    judgmentNumber: '77/2026/DS-ST',
    courtCode: 'TAND-01-KV1',
    courtName: 'Tòa án nhân dân khu vực 1 - Hà Nội',
    judgmentDate: '2026-03-20',
    receivedOn: '2026-04-01',
    parties: [
      { role: 'DEBTOR', partyType: 'PERSON', partyId: W.persons.an.id, identifier: W.persons.an.nationalId },
      { role: 'CREDITOR', partyType: 'PERSON', partyId: W.persons.binh.id, identifier: W.persons.binh.nationalId },
    ],
    obligations: [
      { kind: 'PAY_MONEY', description: 'Trả cho bà Trần Thị Bình tiền vay', amountDue: '45000000', debtor: 0, creditor: 1 },
      { kind: 'COURT_FEE', description: 'Án phí dân sự sơ thẩm', amountDue: '2250000', debtor: 0 },
    ],
    idempotencyKey: key,
  };
}

async function officerToken(officer: { id: string; fullName: string }): Promise<Credential> {
  return { token: await issueDevToken({ typ: 'staff', sub: `officer-${officer.id.slice(0, 8)}`, name: officer.fullName, role: 'OFFICER', agency_id: 'THADS-01', officer_id: officer.id }) };
}

async function step(mutation: string, input: Record<string, unknown>, as: Credential) {
  const { data, errors } = await stack.gql(`mutation Step($input: ${mutation === 'issueEnforcementDecision' ? 'IssueDecisionInput' : 'CaseStepInput'}!) { ${mutation}(input: $input) { ${STEP_FIELDS} } }`, { input }, as);
  return { result: data?.[mutation] ?? null, errors };
}

test('a case goes from request to completion with history, deadlines and notifications', async () => {
  const opened = await stack.gql(OPEN, { input: openInput('lifecycle-open-1') }, await tokens.officerTuan());
  expect(opened.errors).toEqual([]);
  const c = opened.data.openEnforcementCase;
  expect(c).toMatchObject({ status: 'RECEIVED', version: 1, amountDue: '47250000', nextDeadline: { stage: 'ENFORCEMENT_DECISION', dueOn: '2026-04-08' } });
  expect(c.number).toMatch(/^01-2026-\d{6}$/);
  expect(c.assignments).toHaveLength(1);
  expect(c.assignments[0].assignedBy).toBe('system');
  expect(c.assignments[0].reason).toMatch(/^Lowest workload/);
  expect(c.assignments[0].candidates.map((x: { officerId: string }) => x.officerId)).toContain(c.officer.id);
  const officer = await officerToken(c.officer);

  // Only the assigned officer or the head may act: another officer of the agency is refused.
  if (c.officer.id !== W.officers.tuan.id) {
    const refused = await step('issueEnforcementDecision', { caseId: c.id, expectedVersion: 1, decisionNumber: '1001/QĐ-THADS', effectiveOn: '2026-04-03', idempotencyKey: 'lifecycle-wrong-officer' }, await tokens.officerTuan());
    expect(refused.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  }

  let version = 1;
  const steps: [string, Record<string, unknown>, string][] = [
    ['issueEnforcementDecision', { decisionNumber: '1001/QĐ-THADS', effectiveOn: '2026-04-03' }, 'DECISION_ISSUED'],
    ['recordPartiesNotified', { effectiveOn: '2026-04-07' }, 'PARTIES_NOTIFIED'],
    ['startVoluntaryCompliance', { effectiveOn: '2026-04-20' }, 'VOLUNTARY_COMPLIANCE'],
    ['startVerification', { effectiveOn: '2026-05-05' }, 'VERIFICATION'],
    ['beginCoerciveMeasures', { effectiveOn: '2026-05-12', reason: 'Người phải thi hành án có tài khoản tại Vietcombank' }, 'COERCIVE_MEASURES'],
  ];
  for (const [mutation, extra, status] of steps) {
    const { result, errors } = await step(mutation, { caseId: c.id, expectedVersion: version, idempotencyKey: `lifecycle-${mutation}`, ...extra }, officer);
    expect(errors).toEqual([]);
    expect(result.enforcementCase.status).toBe(status);
    expect(result.enforcementCase.version).toBe(version + 1);
    version += 1;
  }

  // Deadlines, counted by hand: decision due 8 Apr (received Wed 1 Apr + 5 working days), met 3 Apr; notice due
  // 8 Apr (3 working days from Fri 3 Apr: Mon 6, Tue 7, Wed 8), met 7 Apr; voluntary period from delivery Mon 20 Apr,
  // 10 days → Thu 30 Apr is a holiday, 1 May too, then the weekend → ends Mon 4 May; verification 10 days from 4 May →
  // Thu 14 May, met 12 May by coercion.
  const deadlines = await stack.gql(`{ enforcementCase(id: "${c.id}") { deadlines { stage startedOn dueOn metOn met overdue } nextDeadline { stage } } }`, {}, officer);
  expect(deadlines.data.enforcementCase.deadlines).toEqual([
    { stage: 'ENFORCEMENT_DECISION', startedOn: '2026-04-01', dueOn: '2026-04-08', metOn: '2026-04-03', met: true, overdue: false },
    { stage: 'NOTIFICATION', startedOn: '2026-04-03', dueOn: '2026-04-08', metOn: '2026-04-07', met: true, overdue: false },
    { stage: 'VOLUNTARY_COMPLIANCE', startedOn: '2026-04-20', dueOn: '2026-05-04', metOn: '2026-05-04', met: true, overdue: false },
    { stage: 'VERIFICATION', startedOn: '2026-05-04', dueOn: '2026-05-14', metOn: '2026-05-12', met: true, overdue: false },
  ]);
  expect(deadlines.data.enforcementCase.nextDeadline).toBeNull();

  // Payments: the court fee, then part of the debt, then the rest, which completes the case.
  const obligations = (await stack.gql(`{ enforcementCase(id: "${c.id}") { obligations { id kind amountDue } } }`, {}, officer)).data.enforcementCase.obligations;
  const debt = obligations.find((o: { kind: string }) => o.kind === 'PAY_MONEY').id;
  const fee = obligations.find((o: { kind: string }) => o.kind === 'COURT_FEE').id;
  const pay = (obligationId: string, amount: string, key: string) =>
    stack.gql(`mutation Pay($input: RecordPaymentInput!) { recordPayment(input: $input) { enforcementCase { status amountCollected amountOutstanding } payment { amount } } }`, {
      input: { caseId: c.id, obligationId, amount, paidOn: '2026-05-20', method: 'DEDUCTION', idempotencyKey: key },
    }, officer);
  expect((await pay(fee, '2250000', 'lifecycle-pay-1')).data.recordPayment.enforcementCase).toEqual({ status: 'COERCIVE_MEASURES', amountCollected: '2250000', amountOutstanding: '45000000' });
  expect((await pay(debt, '20000000', 'lifecycle-pay-2')).data.recordPayment.enforcementCase).toEqual({ status: 'COERCIVE_MEASURES', amountCollected: '22250000', amountOutstanding: '25000000' });
  const overpay = await pay(debt, '25000001', 'lifecycle-pay-3');
  expect(overpay.errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'amount']]);
  expect((await pay(debt, '25000000', 'lifecycle-pay-4')).data.recordPayment.enforcementCase).toEqual({ status: 'COMPLETED', amountCollected: '47250000', amountOutstanding: '0' });

  const history = await stack.gql(`{ enforcementCase(id: "${c.id}") { history { sequence fromStatus toStatus effectiveOn actor } } }`, {}, officer);
  expect(history.data.enforcementCase.history.map((h: { fromStatus: string | null; toStatus: string; effectiveOn: string }) => [h.fromStatus, h.toStatus, h.effectiveOn])).toEqual([
    [null, 'RECEIVED', '2026-04-01'],
    ['RECEIVED', 'DECISION_ISSUED', '2026-04-03'],
    ['DECISION_ISSUED', 'PARTIES_NOTIFIED', '2026-04-07'],
    ['PARTIES_NOTIFIED', 'VOLUNTARY_COMPLIANCE', '2026-04-20'],
    ['VOLUNTARY_COMPLIANCE', 'VERIFICATION', '2026-05-05'],
    ['VERIFICATION', 'COERCIVE_MEASURES', '2026-05-12'],
    ['COERCIVE_MEASURES', 'COMPLETED', '2026-05-20'],
  ]);

  // The debtor, signed in with the e-ID, sees the case and was notified of every step, each delivered once.
  const citizen = await tokens.citizenAn();
  const mine = await stack.gql(`{ enforcementCase(id: "${c.id}") { number status amountCollected } }`, {}, citizen);
  expect(mine.data.enforcementCase).toEqual({ number: c.number, status: 'COMPLETED', amountCollected: '47250000' });
  const notes = await eventually(async () => {
    const r = await stack.gql(`{ myNotifications(first: 50) { nodes { kind title status channel } } }`, {}, citizen);
    const ofCase = r.data.myNotifications.nodes.filter((n: { title: string }) => n.title.includes(c.number));
    return ofCase.length === 9 && ofCase.every((n: { status: string }) => n.status === 'DELIVERED') ? ofCase : null;
  }, 15_000, 'nine delivered notifications');
  // opened; five steps; two payments; completion (the refused overpayment notified nobody)
  expect(notes.map((n: { kind: string }) => n.kind).reverse()).toEqual([
    'CASE_OPENED', 'STATUS_CHANGED', 'STATUS_CHANGED', 'STATUS_CHANGED', 'STATUS_CHANGED', 'STATUS_CHANGED', 'PAYMENT', 'PAYMENT', 'STATUS_CHANGED',
  ]);
  expect(notes[0].title).toBe(`Hồ sơ thi hành án ${c.number}: Đã thi hành xong`);
  expect(notes.every((n: { channel: string }) => n.channel === 'E_ID')).toBe(true);
});
