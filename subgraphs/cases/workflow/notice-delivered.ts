// The post delivered an enforcement decision or notice (a fact from the documents subgraph, through the outbox): the
// debtor's voluntary period runs from that day, so the case's next deadline moves.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EnforcementCase } from '../entities/enforcement-case';
import { loadHistory, setNextDeadline } from './deadline-refresh';

export const NOTICE_DELIVERED_TOPIC = 'notice.delivered';

export async function applyNoticeDelivered(em: EntityManager, fact: { caseId: string; documentId: string; deliveredOn: string }): Promise<void> {
  const c = await em.findOne(EnforcementCase, { id: fact.caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!c) return;
  // The earliest delivery starts the period; a later copy of the same notice does not restart it.
  if (c.noticeDeliveredOn !== null && c.noticeDeliveredOn <= fact.deliveredOn) return;
  const history = await loadHistory(em, c.id);
  c.noticeDeliveredOn = fact.deliveredOn;
  setNextDeadline(c, history);
  await em.flush();
}
