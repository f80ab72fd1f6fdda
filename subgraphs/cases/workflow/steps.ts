// Taking a case from one stage to the next: one transaction that checks scope, version, who acts and whether the
// law allows the step; appends the history; refreshes the next deadline; notifies the parties; audits; and records
// the idempotency key with the effect.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../shared/server/context';
import { principalLabel } from '../../../shared/auth/principal';
import { appError, badInput, ErrorCode } from '../../../shared/errors';
import { once } from '../../../shared/idempotency';
import { isUuid } from '../../../shared/ids';
import { CaseStatus as S } from '../entities/enums';
import { EnforcementCase } from '../entities/enforcement-case';
import { StatusChange } from '../entities/status-change';
import { Agency } from '../entities/agency';
import { todayInVietnam } from '../deadlines';
import { isAllowed, PAUSED_STATUSES, canResumeInto } from './transitions';
import { assertMayAct, lockCase } from './case-access';
import { loadHistory, setNextDeadline } from './deadline-refresh';
import { notifyParties } from '../notifications/notify';
import { publishCaseScope } from './scope-facts';
import { STAGE_LABEL_VI, STATUS_LABEL_VI, viDate } from './labels';

export interface StepRequest {
  caseId: string;
  expectedVersion: number;
  effectiveOn?: string | null;
  reason?: string | null;
  documentId?: string | null;
  idempotencyKey: string;
}

export interface StepResult {
  caseId: string;
  statusChangeId: string;
}

/** `RESUME` goes back to the stage the case was paused in. */
export type StepTarget = S | 'RESUME';

export interface StepOptions {
  reasonRequired?: boolean;
  /** Changes to make on the case besides its status (e.g. the decision number). */
  apply?: (c: EnforcementCase, effectiveOn: string, em: EntityManager) => void | Promise<void>;
}

/** Appends a step to a history loaded in this transaction (under the case's row lock, so sequences never clash). */
export function appendHistory(em: EntityManager, history: StatusChange[], c: EnforcementCase, from: S | null, to: S, effectiveOn: string, actor: string, reason: string | null, documentId: string | null): StatusChange {
  const sequence = (history.at(-1)?.sequence ?? 0) + 1;
  const change = em.create(StatusChange, { id: randomUUID(), caseId: c.id, sequence, fromStatus: from, toStatus: to, at: new Date(), effectiveOn, actor, reason, documentId });
  history.push(change);
  return change;
}

function checkEffectiveOn(c: EnforcementCase, value: string | null | undefined, lastEffectiveOn: string | null): string {
  const today = todayInVietnam(new Date());
  const effectiveOn = value ?? today;
  if (effectiveOn > today) throw badInput('effectiveOn', 'notInFuture', `effectiveOn must not be after today (${today})`);
  if (effectiveOn < c.receivedOn) throw badInput('effectiveOn', 'afterReceipt', `effectiveOn must not be before the case was received (${c.receivedOn})`);
  if (lastEffectiveOn && effectiveOn < lastEffectiveOn) throw badInput('effectiveOn', 'chronological', `effectiveOn must not be before the previous step (${lastEffectiveOn})`);
  return effectiveOn;
}

export async function takeStep(ctx: RequestContext, operation: string, target: StepTarget, request: StepRequest, options: StepOptions = {}): Promise<StepResult> {
  const { idempotencyKey, ...input } = request;
  const reason = request.reason?.trim() || null;
  if (options.reasonRequired && !reason) throw badInput('reason', 'required', 'reason is required for this step');
  if (reason && reason.length > 2000) throw badInput('reason', 'maxLength', 'reason must be at most 2000 characters');
  if (request.documentId != null && !isUuid(request.documentId)) throw badInput('documentId', 'format', 'documentId is not a document id');
  const { result } = await ctx.em.transactional((em) =>
    once(em, ctx.principal, idempotencyKey, operation, input, async () => {
      const c = await lockCase(em, ctx.principal, request.caseId, request.expectedVersion);
      assertMayAct(ctx.principal, c);
      const from = c.status;
      const to = target === 'RESUME' ? c.statusBeforePause : target;
      if (target === 'RESUME' && !(PAUSED_STATUSES.includes(from) && canResumeInto(to))) {
        throw appError(ErrorCode.INVALID_TRANSITION, `A case in status ${from} cannot be resumed: only POSTPONED or SUSPENDED cases can`, { currentStatus: from, requestedStatus: 'RESUME' });
      }
      // Resuming returns to the paused stage (checked above); every other step must be one the law allows from here.
      if (to === null || (target !== 'RESUME' && !isAllowed(from, to))) {
        throw appError(ErrorCode.INVALID_TRANSITION, `A case in status ${from} cannot go to ${to}`, { currentStatus: from, requestedStatus: to });
      }
      // Everything is read before anything changes, so the case is written once, with one version increment.
      const history = await loadHistory(em, c.id);
      const agency = await em.findOneOrFail(Agency, { id: c.agencyId });
      const effectiveOn = checkEffectiveOn(c, request.effectiveOn, history.at(-1)?.effectiveOn ?? null);
      await options.apply?.(c, effectiveOn, em);
      if (PAUSED_STATUSES.includes(to)) c.statusBeforePause = from;
      if (PAUSED_STATUSES.includes(from)) c.statusBeforePause = null;
      c.status = to;
      const change = appendHistory(em, history, c, from, to, effectiveOn, principalLabel(ctx.principal), reason, request.documentId ?? null);
      const next = setNextDeadline(c, history);
      await notifyParties(em, c.id, {
        kind: 'STATUS_CHANGED',
        title: `Hồ sơ thi hành án ${c.number}: ${STATUS_LABEL_VI[to]}`,
        body: [
          `Ngày ${viDate(effectiveOn)}, ${agency.name}: ${STATUS_LABEL_VI[to].toLowerCase()}.`,
          reason ? `Lý do: ${reason}.` : null,
          next ? `Hạn tiếp theo: ${STAGE_LABEL_VI[next.stage] ?? next.stage}, chậm nhất ngày ${viDate(next.dueOn)}.` : null,
        ]
          .filter(Boolean)
          .join(' '),
      });
      await ctx.audit.mutation(em, 'EnforcementCase', c.id, ['status', 'history']);
      await em.flush();
      // The other subgraphs' read models learn the new version (and whether the case is now a published finding).
      await publishCaseScope(em, c);
      return { caseId: c.id, statusChangeId: change.id };
    }),
  );
  return result;
}
