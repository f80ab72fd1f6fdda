// Money received against an obligation, exact in đồng. Payments on one case are serialized by the case's row lock,
// so concurrent payments never lose an update: the amounts collected always equal the sum of the payments accepted.
// The payment that meets the last money obligation completes the case.
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../../shared/server/context';
import { principalLabel } from '../../../shared/auth/principal';
import { appError, badInput, ErrorCode } from '../../../shared/errors';
import { once } from '../../../shared/idempotency';
import { formatDong } from '../../../shared/scalars/money';
import { todayInVietnam } from '../deadlines';
import { CaseStatus as S, ObligationKind } from '../entities/enums';
import { Obligation } from '../entities/obligation';
import { Payment, type PaymentMethod } from '../entities/payment';
import { assertMayAct, lockCase } from './case-access';
import { appendHistory } from './steps';
import { loadHistory, setNextDeadline } from './deadline-refresh';
import { isAllowed } from './transitions';
import { notifyParties } from '../notifications/notify';
import { publishCaseScope } from './scope-facts';
import { STATUS_LABEL_VI, viDate } from './labels';

export interface PaymentRequest {
  caseId: string;
  obligationId: string;
  amount: bigint;
  paidOn: string;
  method: PaymentMethod;
  reference?: string | null;
  idempotencyKey: string;
}

const MONEY_KINDS = [ObligationKind.PAY_MONEY, ObligationKind.COURT_FEE, ObligationKind.FINE];
const ACCEPTS_PAYMENTS = [S.DECISION_ISSUED, S.PARTIES_NOTIFIED, S.VOLUNTARY_COMPLIANCE, S.VERIFICATION, S.COERCIVE_MEASURES, S.NO_CONDITIONS, S.POSTPONED, S.SUSPENDED];

export async function recordPayment(ctx: RequestContext, request: PaymentRequest): Promise<{ paymentId: string; caseId: string }> {
  const { idempotencyKey, ...input } = request;
  if (request.amount <= 0n) throw badInput('amount', 'positive', 'amount must be more than 0 đồng');
  const today = todayInVietnam(new Date());
  if (request.paidOn > today) throw badInput('paidOn', 'notInFuture', `paidOn must not be after today (${today})`);
  const { result } = await ctx.em.transactional((em) =>
    once(em, ctx.principal, idempotencyKey, 'recordPayment', input, async () => {
      const c = await lockCase(em, ctx.principal, request.caseId, null);
      assertMayAct(ctx.principal, c);
      if (!ACCEPTS_PAYMENTS.includes(c.status)) {
        throw appError(ErrorCode.INVALID_TRANSITION, `A case in status ${c.status} does not take payments`, { currentStatus: c.status });
      }
      if (request.paidOn < c.receivedOn) throw badInput('paidOn', 'afterReceipt', `paidOn must not be before the case was received (${c.receivedOn})`);
      const obligations = await em.find(Obligation, { caseId: c.id }, { orderBy: { position: 'asc' } });
      const history = await loadHistory(em, c.id);
      const obligation = obligations.find((o) => o.id === request.obligationId);
      if (!obligation) throw badInput('obligationId', 'ofCase', 'obligationId is not an obligation of this case');
      if (!MONEY_KINDS.includes(obligation.kind) || obligation.amountDue === null) throw badInput('obligationId', 'money', 'this obligation is not a sum of money');
      const outstanding = obligation.amountDue - obligation.amountPaid;
      if (request.amount > outstanding) {
        throw badInput('amount', 'notAboveOutstanding', `amount exceeds what is still owed on this obligation (${formatDong(outstanding)})`);
      }
      obligation.amountPaid += request.amount;
      c.amountCollected += request.amount;
      const paymentId = randomUUID();
      em.create(Payment, {
        id: paymentId,
        caseId: c.id,
        obligationId: obligation.id,
        amount: request.amount,
        paidOn: request.paidOn,
        method: request.method,
        reference: request.reference?.trim() || null,
        recordedBy: principalLabel(ctx.principal),
        recordedAt: new Date(),
      });
      const allMet = obligations.filter((o) => o.amountDue !== null).every((o) => o.amountPaid >= (o.amountDue as bigint));
      const completes = allMet && isAllowed(c.status, S.COMPLETED);
      if (completes) {
        appendHistory(em, history, c, c.status, S.COMPLETED, request.paidOn >= (history.at(-1)?.effectiveOn ?? '') ? request.paidOn : today, principalLabel(ctx.principal), 'Đã thu đủ các khoản phải thi hành', null);
        c.status = S.COMPLETED;
        setNextDeadline(c, history);
      }
      await notifyParties(em, c.id, {
        kind: completes ? 'STATUS_CHANGED' : 'PAYMENT',
        title: completes ? `Hồ sơ thi hành án ${c.number}: ${STATUS_LABEL_VI[S.COMPLETED]}` : `Hồ sơ thi hành án ${c.number}: đã nhận ${formatDong(request.amount)}`,
        body: `Ngày ${viDate(request.paidOn)} đã thu ${formatDong(request.amount)} cho khoản "${obligation.description}". Còn phải thi hành: ${formatDong(c.amountOutstanding)}.`,
      });
      await ctx.audit.mutation(em, 'EnforcementCase', c.id, completes ? ['payments', 'amountCollected', 'status'] : ['payments', 'amountCollected']);
      await em.flush();
      await publishCaseScope(em, c); // what is still owed (and the stage, when this completes the case)
      return { paymentId, caseId: c.id };
    }),
  );
  return result;
}
