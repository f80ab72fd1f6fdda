// Freezing bank accounts for a case (phong tỏa tài khoản): the officer orders, the bank answers through its key, the
// officer orders a deduction to the agency's account or a release, the bank confirms. Every step is a state
// transition with its history and audit record, under the order's row lock, with an idempotency key: a bank retrying
// after a timeout never freezes twice. The amounts frozen on an account never exceed the balance the bank reported.
import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../shared/server/context';
import { principalLabel } from '../../../shared/auth/principal';
import { appError, badInput, conflict, ErrorCode, forbidden } from '../../../shared/errors';
import { once } from '../../../shared/idempotency';
import { formatDong } from '../../../shared/scalars/money';
import { isUuid } from '../../../shared/ids';
import { scoped } from '../../../shared/db/scope-filter';
import { assertMayActOnCase, isDebtorOf } from '../../../shared/scope/case-scope';
import { BankAccount } from '../entities/bank-account';
import { FreezeOrder } from '../entities/freeze-order';
import { FreezeOrderEvent } from '../entities/order-events';
import { AccountStatus, FreezeOrderStatus as F } from '../entities/enums';
import { accountScope, freezeOrderScope } from '../scope';

/** Who moves an order from each status, and to where. */
const BANK_STEPS: Partial<Record<F, F[]>> = {
  [F.PENDING]: [F.EXECUTED, F.REJECTED, F.ACCOUNT_CLOSED],
  [F.DEDUCTION_ORDERED]: [F.DEDUCTED],
  [F.RELEASE_ORDERED]: [F.RELEASED],
};
const OFFICER_STEPS: Partial<Record<F, F[]>> = {
  [F.EXECUTED]: [F.DEDUCTION_ORDERED, F.RELEASE_ORDERED],
};
/** Orders whose frozen amount still holds money on the account. */
const HOLDING = [F.EXECUTED, F.DEDUCTION_ORDERED, F.RELEASE_ORDERED];

function record(em: EntityManager, order: FreezeOrder, from: F | null, to: F, actor: string, amount: bigint | null, note: string | null) {
  em.create(FreezeOrderEvent, { id: randomUUID(), orderId: order.id, fromStatus: from, toStatus: to, at: new Date(), actor, amount, note });
}

async function lockOrder(em: EntityManager, ctx: RequestContext, orderId: string, expectedVersion: number | null): Promise<FreezeOrder> {
  const order = isUuid(orderId) ? await em.findOne(FreezeOrder, scoped({ id: orderId }, freezeOrderScope(ctx.principal)), { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!order) throw appError(ErrorCode.NOT_FOUND, 'No such freeze order', { field: 'orderId' });
  if (expectedVersion !== null && order.version !== expectedVersion) {
    throw conflict(`The order changed since you read it: it is at version ${order.version}, not ${expectedVersion}`, { field: 'expectedVersion', currentVersion: order.version });
  }
  return order;
}

function refuse(order: FreezeOrder, to: F): never {
  throw appError(ErrorCode.INVALID_TRANSITION, `A freeze order in status ${order.status} cannot go to ${to}`, { currentStatus: order.status, requestedStatus: to });
}

export interface OrderFreezeRequest {
  caseId: string;
  accountId: string;
  amount: bigint;
  idempotencyKey: string;
}

export async function orderFreeze(ctx: RequestContext, request: OrderFreezeRequest): Promise<string> {
  const { idempotencyKey, ...input } = request;
  if (request.amount <= 0n) throw badInput('amount', 'positive', 'amount must be more than 0 đồng');
  const { result } = await ctx.em.transactional((em) =>
    once(em, ctx.principal, idempotencyKey, 'orderAccountFreeze', input, async () => {
      await assertMayActOnCase(em, ctx.principal, request.caseId, 'order a freeze');
      const [state] = (await em.execute('select status, amount_outstanding::text as outstanding from assets.case_scope where case_id = ?', [request.caseId])) as { status: string | null; outstanding: string | null }[];
      if (state.status !== null && state.status !== 'COERCIVE_MEASURES') {
        throw appError(ErrorCode.INVALID_TRANSITION, `Accounts are frozen in coercive measures; the case is in status ${state.status}`, { currentStatus: state.status });
      }
      if (state.outstanding !== null && request.amount > BigInt(state.outstanding)) {
        throw badInput('amount', 'notAboveOutstanding', `amount must not exceed what the case still has to collect (${formatDong(state.outstanding)})`);
      }
      const account = isUuid(request.accountId) ? await em.findOne(BankAccount, scoped({ id: request.accountId }, accountScope(ctx.principal))) : null;
      if (!account) throw appError(ErrorCode.NOT_FOUND, 'No such bank account', { field: 'accountId' });
      if (!(await isDebtorOf(em, request.caseId, account.holderId))) throw badInput('accountId', 'debtorAccount', 'the account is not held by a debtor of this case');
      if (account.status === AccountStatus.CLOSED) throw badInput('accountId', 'open', 'the account is closed');
      const open = await em.count(FreezeOrder, { caseId: request.caseId, accountId: account.id, status: { $in: [F.PENDING, ...HOLDING] } });
      if (open > 0) throw conflict('This case already has an open freeze order on this account');
      const order = em.create(FreezeOrder, {
        id: randomUUID(),
        caseId: request.caseId,
        accountId: account.id,
        bankCode: account.bankCode,
        amountRequested: request.amount,
        status: F.PENDING,
        orderedAt: new Date(),
      });
      record(em, order, null, F.PENDING, principalLabel(ctx.principal), request.amount, null);
      await em.flush();
      await ctx.audit.mutation(em, 'FreezeOrder', order.id, ['created']);
      return order.id;
    }),
  );
  return result;
}

export interface AnswerRequest {
  orderId: string;
  outcome: F;
  /** For EXECUTED: the amount actually frozen. For DEDUCTED: the amount transferred. */
  amount?: bigint | null;
  /** For EXECUTED: the account balance the bank reports now. */
  balance?: bigint | null;
  reason?: string | null;
  idempotencyKey: string;
}

export async function answerFreezeOrder(ctx: RequestContext, request: AnswerRequest): Promise<string> {
  const p = ctx.principal;
  if (p.kind !== 'PARTNER' || p.partnerType !== 'BANK') throw forbidden('Only the bank may answer a freeze order');
  const { idempotencyKey, ...input } = request;
  const { result } = await ctx.em.transactional((em) =>
    once(em, p, idempotencyKey, 'answerFreezeOrder', input, async () => {
      const order = await lockOrder(em, ctx, request.orderId, null);
      const to = request.outcome;
      if (!BANK_STEPS[order.status]?.includes(to)) refuse(order, to);
      const account = await em.findOneOrFail(BankAccount, { id: order.accountId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const from = order.status;
      let amount: bigint | null = null;
      if (to === F.EXECUTED) {
        if (request.amount == null || request.amount <= 0n) throw badInput('amount', 'positive', 'amount (the amount frozen) is required and must be more than 0 đồng');
        if (request.balance == null) throw badInput('balance', 'required', 'balance (the account balance now) is required to execute an order');
        if (request.amount > order.amountRequested) throw badInput('amount', 'notAboveRequested', 'amount must not exceed the amount the officer asked to freeze');
        const [{ held }] = (await em.execute(
          `select coalesce(sum(amount_frozen), 0)::text as held from assets.freeze_order where account_id = ? and status in (?) and id <> ?`,
          [account.id, HOLDING, order.id],
        )) as { held: string }[];
        if (BigInt(held) + request.amount > request.balance) {
          throw badInput('amount', 'notAboveBalance', `amount plus what is already frozen on the account (${formatDong(held)}) must not exceed the balance reported (${formatDong(request.balance)})`);
        }
        order.amountFrozen = amount = request.amount;
        account.balance = request.balance;
        account.balanceAsOf = new Date();
        account.status = AccountStatus.FROZEN;
      } else if (to === F.REJECTED) {
        const reason = request.reason?.trim();
        if (!reason) throw badInput('reason', 'required', 'reason is required to reject an order');
        order.rejectionReason = reason;
      } else if (to === F.ACCOUNT_CLOSED) {
        account.status = AccountStatus.CLOSED;
      } else if (to === F.DEDUCTED) {
        amount = request.amount ?? order.amountFrozen;
        if (amount === null || amount <= 0n || amount > (order.amountFrozen ?? 0n)) throw badInput('amount', 'notAboveFrozen', 'amount deducted must be more than 0 and at most the amount frozen');
        order.amountDeducted = amount;
        account.balance = account.balance >= amount ? account.balance - amount : 0n;
        account.balanceAsOf = new Date();
      }
      order.status = to;
      order.answeredAt = new Date();
      if (to === F.DEDUCTED || to === F.RELEASED) {
        const stillHeld = await em.count(FreezeOrder, { accountId: account.id, status: { $in: HOLDING }, id: { $ne: order.id } });
        if (stillHeld === 0 && account.status === AccountStatus.FROZEN) account.status = AccountStatus.ACTIVE;
      }
      record(em, order, from, to, principalLabel(p), amount, request.reason?.trim() || null);
      await em.flush();
      await ctx.audit.mutation(em, 'FreezeOrder', order.id, ['status']);
      return order.id;
    }),
  );
  return result;
}

export async function officerStep(ctx: RequestContext, orderId: string, to: F, expectedVersion: number, idempotencyKey: string, note: string | null): Promise<string> {
  const { result } = await ctx.em.transactional((em) =>
    once(em, ctx.principal, idempotencyKey, `freezeOrder:${to}`, { orderId, expectedVersion, note }, async () => {
      const order = await lockOrder(em, ctx, orderId, expectedVersion);
      await assertMayActOnCase(em, ctx.principal, order.caseId, 'do this');
      if (!OFFICER_STEPS[order.status]?.includes(to)) refuse(order, to);
      const from = order.status;
      order.status = to;
      record(em, order, from, to, principalLabel(ctx.principal), to === F.DEDUCTION_ORDERED ? order.amountFrozen : null, note);
      await em.flush();
      await ctx.audit.mutation(em, 'FreezeOrder', order.id, ['status']);
      return order.id;
    }),
  );
  return result;
}
