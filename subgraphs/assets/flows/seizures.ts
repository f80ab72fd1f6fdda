// Seizing land for a case: the officer registers a suspension of transfer registration, the land registry of the
// parcel's province confirms or rejects it through its key, and the officer lifts it. Every step has its history,
// audit record and idempotency key.
import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../shared/server/context';
import { principalLabel } from '../../../shared/auth/principal';
import { appError, badInput, conflict, ErrorCode, forbidden } from '../../../shared/errors';
import { once } from '../../../shared/idempotency';
import { isUuid } from '../../../shared/ids';
import { scoped } from '../../../shared/db/scope-filter';
import { assertMayActOnCase, isDebtorOf } from '../../../shared/scope/case-scope';
import { LandParcel, ParcelOwner } from '../entities/land-parcel';
import { Seizure } from '../entities/seizure';
import { SeizureEvent } from '../entities/order-events';
import { SeizureStatus as Z } from '../entities/enums';
import { parcelScope, seizureScope } from '../scope';

function record(em: EntityManager, seizure: Seizure, from: Z | null, to: Z, actor: string, note: string | null) {
  em.create(SeizureEvent, { id: randomUUID(), seizureId: seizure.id, fromStatus: from, toStatus: to, at: new Date(), actor, note });
}

async function lockSeizure(em: EntityManager, ctx: RequestContext, seizureId: string): Promise<Seizure> {
  const seizure = isUuid(seizureId) ? await em.findOne(Seizure, scoped({ id: seizureId }, seizureScope(ctx.principal)), { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!seizure) throw appError(ErrorCode.NOT_FOUND, 'No such seizure', { field: 'seizureId' });
  return seizure;
}

function refuse(seizure: Seizure, to: Z): never {
  throw appError(ErrorCode.INVALID_TRANSITION, `A seizure in status ${seizure.status} cannot go to ${to}`, { currentStatus: seizure.status, requestedStatus: to });
}

export async function registerSeizure(ctx: RequestContext, request: { caseId: string; parcelId: string; idempotencyKey: string }): Promise<string> {
  const { idempotencyKey, ...input } = request;
  const { result } = await ctx.em.transactional((em) =>
    once(em, ctx.principal, idempotencyKey, 'registerSeizure', input, async () => {
      await assertMayActOnCase(em, ctx.principal, request.caseId, 'register a seizure');
      const parcel = isUuid(request.parcelId) ? await em.findOne(LandParcel, scoped({ id: request.parcelId }, parcelScope(ctx.principal))) : null;
      if (!parcel) throw appError(ErrorCode.NOT_FOUND, 'No such land parcel', { field: 'parcelId' });
      const owners = await em.find(ParcelOwner, { parcelId: parcel.id });
      const debtorOwns = (await Promise.all(owners.map((o) => isDebtorOf(em, request.caseId, o.ownerId)))).some(Boolean);
      if (!debtorOwns) throw badInput('parcelId', 'debtorParcel', 'no debtor of this case holds a right in this parcel');
      const open = await em.count(Seizure, { parcelId: parcel.id, caseId: request.caseId, status: { $in: [Z.REQUESTED, Z.CONFIRMED] } });
      if (open > 0) throw conflict('This parcel is already seized for this case');
      const seizure = em.create(Seizure, { id: randomUUID(), caseId: request.caseId, parcelId: parcel.id, provinceCode: parcel.provinceCode, status: Z.REQUESTED, requestedAt: new Date() });
      record(em, seizure, null, Z.REQUESTED, principalLabel(ctx.principal), null);
      await em.flush();
      await ctx.audit.mutation(em, 'Seizure', seizure.id, ['created']);
      return seizure.id;
    }),
  );
  return result;
}

export async function answerSeizure(ctx: RequestContext, request: { seizureId: string; outcome: Z; reason?: string | null; idempotencyKey: string }): Promise<string> {
  const p = ctx.principal;
  if (p.kind !== 'PARTNER' || p.partnerType !== 'LAND_REGISTRY') throw forbidden('Only the land registry may answer a seizure');
  if (request.outcome !== Z.CONFIRMED && request.outcome !== Z.REJECTED) throw badInput('outcome', 'oneOf', 'outcome must be CONFIRMED or REJECTED');
  const { idempotencyKey, ...input } = request;
  const { result } = await ctx.em.transactional((em) =>
    once(em, p, idempotencyKey, 'answerSeizure', input, async () => {
      const seizure = await lockSeizure(em, ctx, request.seizureId);
      if (seizure.status !== Z.REQUESTED) refuse(seizure, request.outcome);
      const reason = request.reason?.trim() || null;
      if (request.outcome === Z.REJECTED && !reason) throw badInput('reason', 'required', 'reason is required to reject a seizure');
      const from = seizure.status;
      seizure.status = request.outcome;
      seizure.answeredAt = new Date();
      seizure.rejectionReason = request.outcome === Z.REJECTED ? reason : null;
      record(em, seizure, from, request.outcome, principalLabel(p), reason);
      await em.flush();
      await ctx.audit.mutation(em, 'Seizure', seizure.id, ['status']);
      return seizure.id;
    }),
  );
  return result;
}

export async function liftSeizure(ctx: RequestContext, request: { seizureId: string; reason: string; idempotencyKey: string }): Promise<string> {
  const reason = request.reason.trim();
  if (!reason) throw badInput('reason', 'required', 'reason is required to lift a seizure');
  const { idempotencyKey, ...input } = request;
  const { result } = await ctx.em.transactional((em) =>
    once(em, ctx.principal, idempotencyKey, 'liftSeizure', input, async () => {
      const seizure = await lockSeizure(em, ctx, request.seizureId);
      await assertMayActOnCase(em, ctx.principal, seizure.caseId, 'lift a seizure');
      if (seizure.status !== Z.REQUESTED && seizure.status !== Z.CONFIRMED) refuse(seizure, Z.LIFTED);
      const from = seizure.status;
      seizure.status = Z.LIFTED;
      record(em, seizure, from, Z.LIFTED, principalLabel(ctx.principal), reason);
      await em.flush();
      await ctx.audit.mutation(em, 'Seizure', seizure.id, ['status']);
      return seizure.id;
    }),
  );
  return result;
}
