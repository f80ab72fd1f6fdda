// Notices served by post (documents.postal_delivery and its history): one delivery to each party of a case that
// reached the notice stage. The earliest delivery is the day the case records as notice_delivered_on, the day the
// debtor's voluntary period starts; deliveries still on their way belong to cases waiting at that stage.
import 'reflect-metadata'; // postal-delivery.ts declares GraphQL types, whose decorators need it
import { CaseStatus as S } from '../../subgraphs/cases/entities/enums';
import { DocumentKind as D } from '../../subgraphs/documents/entities/enums';
import { DeliveryStatus as P } from '../../subgraphs/documents/entities/postal-delivery';
import { trackingNumber } from '../../subgraphs/documents/flows/tracking-number';
import { LAST_EVENT_DAY, planCase, type CasePlan } from './case-plan';
import { isoDate, vnTimestamp, addWorkingDays } from './calendar';
import type { SeedContext } from './case-index';
import type { Row } from './copy-text';
import { partyInfo } from './wording';
import { entityRng } from './seed-rng';

export const POSTAL_DELIVERY_COLUMNS = [
  'id', 'document_id', 'case_id', 'tracking_number', 'recipient_name', 'recipient_address', 'recipient_identifier',
  'status', 'handed_over_at', 'status_on', 'note', 'version',
] as const;
export const POSTAL_DELIVERY_EVENT_COLUMNS = ['id', 'delivery_id', 'from_status', 'to_status', 'occurred_on', 'at', 'actor', 'note'] as const;

/** Seeded tracking serials are case × 5 + party position: at most 10,000,000, below the service's own sequence
 *  (documents.tracking_serial starts at 10,000,001), so numbers it issues later never collide with them. */
const SERIALS_PER_CASE = 5;
const POST = 'partner:post-vnpost';
const UNDELIVERED_NOTES: Readonly<Partial<Record<P, string>>> = {
  [P.REFUSED]: 'Người nhận từ chối nhận văn bản',
  [P.ADDRESS_UNKNOWN]: 'Không có người nhận tại địa chỉ ghi trên bì thư',
};

interface DeliveryEvent {
  readonly from: P | null;
  readonly to: P;
  readonly day: number;
  readonly minute: number;
  readonly actor: string;
}

interface DeliveryPlan {
  readonly key: string;
  readonly serial: number;
  readonly recipientPosition: number;
  readonly status: P;
  readonly events: readonly DeliveryEvent[];
}

function planDeliveries(ctx: SeedContext, plan: CasePlan): DeliveryPlan[] {
  const notified = plan.steps.find((s) => s.to === S.PARTIES_NOTIFIED);
  if (!notified) return [];
  const rng = entityRng(ctx.seed, 'case-postal', plan.index);
  const officer = `staff:${plan.officer.localPart}`;
  const deliveredFrom = plan.noticeDeliveredDay;
  const firstDebtor = plan.debtors[0]!;
  return plan.parties.map((party) => {
    const handed = { day: notified.day, minute: Math.min(1380, notified.minute + rng.int(10, 120)) };
    let status: P;
    let day: number;
    if (deliveredFrom === null) {
      // The case still waits at the notice stage: nothing has arrived yet.
      status = notified.day >= LAST_EVENT_DAY - 1 ? P.HANDED_OVER : rng.bool(0.9) ? P.IN_TRANSIT : P.ADDRESS_UNKNOWN;
      day = status === P.HANDED_OVER ? handed.day : Math.min(LAST_EVENT_DAY, handed.day + 1);
    } else if (party === firstDebtor) {
      status = P.DELIVERED; // the delivery that started the voluntary period
      day = deliveredFrom;
    } else {
      const r = rng.next();
      status = r < 0.9 ? P.DELIVERED : r < 0.94 ? P.REFUSED : P.ADDRESS_UNKNOWN;
      day = Math.min(LAST_EVENT_DAY, addWorkingDays(deliveredFrom, rng.int(0, 4)));
    }
    const events: DeliveryEvent[] = [{ from: null, to: P.HANDED_OVER, day: handed.day, minute: handed.minute, actor: officer }];
    const later = (prev: DeliveryEvent, on: number) => (on === prev.day ? Math.min(1439, prev.minute + rng.int(10, 120)) : rng.int(450, 1080));
    if (status === P.IN_TRANSIT) {
      events.push({ from: P.HANDED_OVER, to: P.IN_TRANSIT, day, minute: later(events[0]!, day), actor: POST });
    } else if (status !== P.HANDED_OVER) {
      if (day > handed.day) events.push({ from: P.HANDED_OVER, to: P.IN_TRANSIT, day: handed.day, minute: later(events[0]!, handed.day), actor: POST });
      const prev = events[events.length - 1]!;
      events.push({ from: prev.to, to: status, day, minute: later(prev, day), actor: POST });
    }
    return { key: `${D.NOTICE}.1.${party.position}`, serial: plan.index * SERIALS_PER_CASE + party.position, recipientPosition: party.position, status, events };
  });
}

export function* postalDeliveryRows(ctx: SeedContext): Generator<Row> {
  for (let i = 0; i < ctx.sizes.cases; i++) {
    const plan = planCase(ctx, i);
    const deliveries = planDeliveries(ctx, plan);
    if (deliveries.length === 0) continue;
    const documentId = ctx.ids.document(i, `${D.NOTICE}.1`);
    for (const d of deliveries) {
      const info = partyInfo(ctx, plan.parties[d.recipientPosition - 1]!);
      const first = d.events[0]!;
      const last = d.events[d.events.length - 1]!;
      yield [
        ctx.ids.postalDelivery(i, d.key), documentId, plan.id, trackingNumber(d.serial), info.name, info.address, info.identifier,
        d.status, vnTimestamp(first.day, first.minute), d.events.length > 1 ? isoDate(last.day) : null,
        UNDELIVERED_NOTES[d.status] ?? null, d.events.length,
      ];
    }
  }
}

export function* postalDeliveryEventRows(ctx: SeedContext): Generator<Row> {
  for (let i = 0; i < ctx.sizes.cases; i++) {
    const plan = planCase(ctx, i);
    for (const d of planDeliveries(ctx, plan)) {
      for (const [k, e] of d.events.entries()) {
        yield [
          ctx.ids.postalDeliveryEvent(i, `${d.key}.${k + 1}`), ctx.ids.postalDelivery(i, d.key), e.from, e.to, isoDate(e.day),
          vnTimestamp(e.day, e.minute), e.actor, UNDELIVERED_NOTES[e.to] ?? null,
        ];
      }
    }
  }
}
