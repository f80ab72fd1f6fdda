// A case's deadlines from its own events, counted by hand on the 2026 calendar.
import { caseDeadlines, nextDeadline } from '../../subgraphs/cases/workflow/case-deadlines';
import { CaseStatus as S, Initiation } from '../../subgraphs/cases/entities/enums';

const base = { initiation: Initiation.ON_REQUEST, noticeDeliveredOn: null };

test('a request received on Thursday 12 Feb 2026 must be decided by Thursday 26 Feb (5 working days; Tết 14–22 Feb is off)', () => {
  // Fri 13 = 1; Sat 14 … Sun 22 off (weekend + Tết); Mon 23 = 2, Tue 24 = 3, Wed 25 = 4, Thu 26 = 5.
  const [decision] = caseDeadlines({ ...base, status: S.RECEIVED, receivedOn: '2026-02-12', history: [{ toStatus: S.RECEIVED, effectiveOn: '2026-02-12' }] }, '2026-02-20');
  expect(decision).toMatchObject({ stage: 'ENFORCEMENT_DECISION', startedOn: '2026-02-12', dueOn: '2026-02-26', metOn: null, met: null, overdue: false });
});

test('a decision taken late is recorded as not met; the notice deadline then runs from the decision', () => {
  // Received Mon 2 Mar 2026: due Mon 9 Mar (Tue 3, Wed 4, Thu 5, Fri 6, Mon 9). Decided Wed 11 Mar: late.
  // Notice: 3 working days from Wed 11 → Thu 12, Fri 13, Mon 16.
  const deadlines = caseDeadlines(
    {
      ...base,
      status: S.DECISION_ISSUED,
      receivedOn: '2026-03-02',
      history: [
        { toStatus: S.RECEIVED, effectiveOn: '2026-03-02' },
        { toStatus: S.DECISION_ISSUED, effectiveOn: '2026-03-11' },
      ],
    },
    '2026-03-18',
  );
  expect(deadlines.map((d) => [d.stage, d.dueOn, d.metOn, d.met, d.overdue])).toEqual([
    ['ENFORCEMENT_DECISION', '2026-03-09', '2026-03-11', false, false],
    ['NOTIFICATION', '2026-03-16', null, null, true],
  ]);
  // Overdue since Mon 16: Tue 17 and Wed 18 are 2 working days late.
  expect(deadlines[1].workingDaysOverdue).toBe(2);
  expect(nextDeadline(deadlines, S.DECISION_ISSUED)?.stage).toBe('NOTIFICATION');
});

test('the voluntary period runs 10 calendar days from delivery of the notice, then verification 10 more', () => {
  // Delivered Mon 20 Apr 2026: 10 days → Thu 30 Apr, a holiday (30/4), then Fri 1 May (holiday), Sat, Sun →
  // the period ends at the end of Mon 4 May. Verification: 10 days from 4 May → Thu 14 May.
  const deadlines = caseDeadlines(
    {
      ...base,
      status: S.VOLUNTARY_COMPLIANCE,
      receivedOn: '2026-04-01',
      noticeDeliveredOn: '2026-04-20',
      history: [
        { toStatus: S.RECEIVED, effectiveOn: '2026-04-01' },
        { toStatus: S.DECISION_ISSUED, effectiveOn: '2026-04-03' },
        { toStatus: S.PARTIES_NOTIFIED, effectiveOn: '2026-04-07' },
        { toStatus: S.VOLUNTARY_COMPLIANCE, effectiveOn: '2026-04-20' },
      ],
    },
    '2026-05-06',
  );
  expect(deadlines.map((d) => [d.stage, d.dueOn])).toEqual([
    ['ENFORCEMENT_DECISION', '2026-04-08'],
    ['NOTIFICATION', '2026-04-08'],
    ['VOLUNTARY_COMPLIANCE', '2026-05-04'],
    ['VERIFICATION', '2026-05-14'],
  ]);
  expect(nextDeadline(deadlines, S.VOLUNTARY_COMPLIANCE)).toMatchObject({ stage: 'VERIFICATION', dueOn: '2026-05-14', overdue: false });
});

test('a paused case is never overdue', () => {
  const [decision] = caseDeadlines({ ...base, status: S.POSTPONED, receivedOn: '2026-03-02', history: [{ toStatus: S.RECEIVED, effectiveOn: '2026-03-02' }] }, '2026-06-01');
  expect(decision.overdue).toBe(false);
});

test('events before the recorded calendar give no deadline rather than a wrong one', () => {
  expect(caseDeadlines({ ...base, status: S.RECEIVED, receivedOn: '2024-05-06', history: [{ toStatus: S.RECEIVED, effectiveOn: '2024-05-06' }] }, '2026-06-01')).toEqual([]);
});
