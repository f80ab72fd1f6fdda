// Serving documents by post: an officer hands a document to the post with a tracking number; the postal service
// records the delivery status through its key. A delivery date of an enforcement decision or notice reaches the
// cases subgraph through the outbox, where it starts the debtor's voluntary period (the case's deadline moves).
import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../../shared/server/context';
import { principalLabel } from '../../../shared/auth/principal';
import { appError, badInput, ErrorCode, forbidden } from '../../../shared/errors';
import { once } from '../../../shared/idempotency';
import { vietnamDateOf } from '../../../shared/vn/dates';
import { isUuid } from '../../../shared/ids';
import { scoped } from '../../../shared/db/scope-filter';
import { enqueue } from '../../../shared/outbox/outbox';
import { assertMayActOnCase } from '../../../shared/scope/case-scope';
import { Document } from '../entities/document';
import { DocumentKind } from '../entities/enums';
import { DeliveryStatus as D, PostalDelivery, PostalDeliveryEvent } from '../entities/postal-delivery';
import { documentScope } from '../scope';
import { isValidTrackingNumber, trackingNumber } from './tracking-number';

export const NOTICE_DELIVERED_TOPIC = 'notice.delivered';

/** Kinds of document whose delivery to the debtor starts a legal period. */
const STARTS_PERIODS = [DocumentKind.ENFORCEMENT_DECISION, DocumentKind.NOTICE];

const NEXT: Record<D, D[]> = {
  [D.HANDED_OVER]: [D.IN_TRANSIT, D.DELIVERED, D.REFUSED, D.ADDRESS_UNKNOWN],
  [D.IN_TRANSIT]: [D.DELIVERED, D.REFUSED, D.ADDRESS_UNKNOWN],
  [D.DELIVERED]: [],
  [D.REFUSED]: [],
  [D.ADDRESS_UNKNOWN]: [],
};

export async function handOverToPost(
  ctx: RequestContext,
  request: { documentId: string; recipientName: string; recipientAddress: string; recipientIdentifier?: string | null; idempotencyKey: string },
): Promise<string> {
  if (!request.recipientName.trim()) throw badInput('recipientName', 'required', 'recipientName is required');
  if (!request.recipientAddress.trim()) throw badInput('recipientAddress', 'required', 'recipientAddress is required');
  const { idempotencyKey, ...input } = request;
  const { result } = await ctx.em.transactional((em) =>
    once(em, ctx.principal, idempotencyKey, 'handOverToPost', input, async () => {
      const doc = isUuid(request.documentId) ? await em.findOne(Document, scoped({ id: request.documentId }, documentScope(ctx.principal))) : null;
      if (!doc) throw appError(ErrorCode.NOT_FOUND, 'No such document', { field: 'documentId' });
      if (!doc.caseId) throw badInput('documentId', 'ofCase', 'only documents of a case are served by post');
      await assertMayActOnCase(em, ctx.principal, doc.caseId, 'serve its documents');
      const [{ serial }] = (await em.execute(`select nextval('documents.tracking_serial')::int as serial`)) as { serial: number }[];
      const delivery = em.create(PostalDelivery, {
        id: randomUUID(),
        documentId: doc.id,
        caseId: doc.caseId,
        trackingNumber: trackingNumber(serial),
        recipientName: request.recipientName.trim(),
        recipientAddress: request.recipientAddress.trim(),
        recipientIdentifier: request.recipientIdentifier?.trim() || null,
        status: D.HANDED_OVER,
        handedOverAt: new Date(),
      });
      const today = vietnamDateOf();
      em.create(PostalDeliveryEvent, { id: randomUUID(), deliveryId: delivery.id, fromStatus: null, toStatus: D.HANDED_OVER, occurredOn: today, actor: principalLabel(ctx.principal), note: null });
      await em.flush();
      await ctx.audit.mutation(em, 'PostalDelivery', delivery.id, ['created']);
      return delivery.id;
    }),
  );
  return result;
}

export async function updateDeliveryStatus(
  ctx: RequestContext,
  request: { trackingNumber: string; status: D; occurredOn: string; note?: string | null; idempotencyKey: string },
): Promise<string> {
  const p = ctx.principal;
  if (p.kind !== 'PARTNER' || p.partnerType !== 'POST') throw forbidden('Only the postal service may record deliveries');
  const tracking = request.trackingNumber.trim().toUpperCase();
  if (!isValidTrackingNumber(tracking)) throw badInput('trackingNumber', 'format', 'trackingNumber must be an S10 tracking number such as "RR123456785VN"');
  const { idempotencyKey, ...input } = request;
  const { result } = await ctx.em.transactional((em) =>
    once(em, p, idempotencyKey, 'updateDeliveryStatus', input, async () => {
      const delivery = await em.findOne(PostalDelivery, { trackingNumber: tracking }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!delivery) throw appError(ErrorCode.NOT_FOUND, 'No delivery with this tracking number', { field: 'trackingNumber' });
      if (!NEXT[delivery.status].includes(request.status)) {
        throw appError(ErrorCode.INVALID_TRANSITION, `A delivery in status ${delivery.status} cannot go to ${request.status}`, { currentStatus: delivery.status, requestedStatus: request.status });
      }
      const handedOn = vietnamDateOf(delivery.handedOverAt);
      const today = vietnamDateOf();
      if (request.occurredOn > today) throw badInput('occurredOn', 'notInFuture', `occurredOn must not be after today (${today})`);
      if (request.occurredOn < handedOn) throw badInput('occurredOn', 'afterHandOver', `occurredOn must not be before the document was handed over (${handedOn})`);
      const from = delivery.status;
      delivery.status = request.status;
      delivery.statusOn = request.occurredOn;
      delivery.note = request.note?.trim() || null;
      em.create(PostalDeliveryEvent, { id: randomUUID(), deliveryId: delivery.id, fromStatus: from, toStatus: request.status, occurredOn: request.occurredOn, actor: principalLabel(p), note: delivery.note });
      await em.flush();
      const doc = await em.findOneOrFail(Document, { id: delivery.documentId });
      if (request.status === D.DELIVERED && delivery.caseId && STARTS_PERIODS.includes(doc.kind)) {
        await enqueue(em, [{ destination: 'cases', topic: NOTICE_DELIVERED_TOPIC, payload: { caseId: delivery.caseId, documentId: doc.id, deliveredOn: request.occurredOn } }]);
      }
      await ctx.audit.mutation(em, 'PostalDelivery', delivery.id, ['status']);
      return delivery.id;
    }),
  );
  return result;
}
