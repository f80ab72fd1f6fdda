// Keeps a case's next statutory deadline current after every event, so monitoring can find overdue cases with an
// index instead of recounting calendars for every case.
import type { EntityManager } from '@mikro-orm/postgresql';
import { StatusChange } from '../entities/status-change';
import type { EnforcementCase } from '../entities/enforcement-case';
import { caseDeadlines, nextDeadline, type Deadline } from './case-deadlines';
import { todayInVietnam } from '../deadlines';

type HistoryStep = Pick<StatusChange, 'toStatus' | 'effectiveOn'>;

export function deadlinesFor(c: EnforcementCase, history: HistoryStep[], today = todayInVietnam(new Date())): Deadline[] {
  return caseDeadlines({ status: c.status, initiation: c.initiation, receivedOn: c.receivedOn, noticeDeliveredOn: c.noticeDeliveredOn, history }, today);
}

export async function loadHistory(em: EntityManager, caseId: string): Promise<StatusChange[]> {
  return em.find(StatusChange, { caseId }, { orderBy: { sequence: 'asc' } });
}

/** Sets the case's next deadline from its history (which must include the step just taken). */
export function setNextDeadline(c: EnforcementCase, history: HistoryStep[]): Deadline | null {
  const next = nextDeadline(deadlinesFor(c, history), c.status);
  c.nextDueOn = next?.dueOn ?? null;
  c.nextDeadlineStage = next?.stage ?? null;
  return next;
}
