// Creating notifications: every status change and deadline produces one notification per party, on the party's
// preferred channel, written in the same transaction as the change, with an outbox message for the delivery worker.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueue } from '../../../shared/outbox/outbox';
import { CaseParty } from '../entities/case-party';
import { PartyType } from '../entities/enums';
import { Notification, NotificationChannel, PartyContact } from '../entities/notification';

export const NOTIFICATIONS_DESTINATION = 'notifications';
export const DELIVER_TOPIC = 'notification.deliver';

export interface NotificationDraft {
  kind: 'CASE_OPENED' | 'STATUS_CHANGED' | 'DEADLINE' | 'PAYMENT';
  title: string;
  body: string;
}

export async function notifyParties(em: EntityManager, caseId: string, draft: NotificationDraft): Promise<Notification[]> {
  const parties = await em.find(CaseParty, { caseId }, { orderBy: { position: 'asc' } });
  if (parties.length === 0) return [];
  const identifiers = [...new Set(parties.map((p) => p.identifier))];
  const contacts = new Map((await em.find(PartyContact, { identifier: { $in: identifiers } })).map((c) => [c.identifier, c.channel]));
  const seen = new Set<string>();
  const created: Notification[] = [];
  for (const party of parties) {
    if (seen.has(party.identifier)) continue;
    seen.add(party.identifier);
    const channel = contacts.get(party.identifier) ?? (party.partyType === PartyType.PERSON ? NotificationChannel.E_ID : NotificationChannel.POST);
    created.push(em.create(Notification, { id: randomUUID(), caseId, partyIdentifier: party.identifier, channel, ...draft }));
  }
  await em.flush();
  await enqueue(em, [{ destination: NOTIFICATIONS_DESTINATION, topic: DELIVER_TOPIC, payload: { ids: created.map((n) => n.id) } }]);
  return created;
}
