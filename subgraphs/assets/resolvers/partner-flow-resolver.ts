// The mutations and work queues of banks and land registries, and the officers' side of the same orders.
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { Connection, PageArgs, findPage, type Page } from '../../../shared/pagination';
import { scoped } from '../../../shared/db/scope-filter';
import { groupByKey } from '../../../shared/loaders';
import { MoneyScalar } from '../../../shared/scalars';
import { FreezeOrder } from '../entities/freeze-order';
import { Seizure } from '../entities/seizure';
import { FreezeOrderEvent, SeizureEvent } from '../entities/order-events';
import { FreezeOrderStatus, SeizureStatus } from '../entities/enums';
import { freezeOrderScope, seizureScope } from '../scope';
import { answerFreezeOrder, officerStep, orderFreeze } from '../flows/freeze-orders';
import { answerSeizure, liftSeizure, registerSeizure } from '../flows/seizures';

const IDEMPOTENCY = 'A key you choose (8–128 letters, digits, . _ : -): retrying with the same key and input returns the first result instead of acting twice.';

@ObjectType({ description: 'A page of freeze orders.' })
export class FreezeOrderConnection extends Connection(FreezeOrder) {}

@ObjectType({ description: 'A page of seizures.' })
export class SeizureConnection extends Connection(Seizure) {}

@ArgsType()
export class FreezeOrdersArgs extends PageArgs {
  @Field(() => [FreezeOrderStatus], { nullable: true, description: 'Only orders in these statuses (a bank’s queue: PENDING, DEDUCTION_ORDERED, RELEASE_ORDERED).' })
  status?: FreezeOrderStatus[] | null;
}

@ArgsType()
export class SeizuresArgs extends PageArgs {
  @Field(() => [SeizureStatus], { nullable: true, description: 'Only seizures in these statuses (a registry’s queue: REQUESTED).' })
  status?: SeizureStatus[] | null;
}

@InputType({ description: 'An order to freeze an account of a debtor of the case.' })
export class OrderFreezeInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  accountId!: string;

  @Field(() => MoneyScalar, { description: 'Amount to freeze, in đồng.' })
  amount!: bigint;

  @Field(() => String, { description: IDEMPOTENCY })
  idempotencyKey!: string;
}

@InputType({ description: 'The bank’s answer to an order: EXECUTED (with the amount frozen and the balance), REJECTED (with a reason), ACCOUNT_CLOSED; or, later, DEDUCTED or RELEASED.' })
export class AnswerFreezeOrderInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => FreezeOrderStatus)
  outcome!: FreezeOrderStatus;

  @Field(() => MoneyScalar, { nullable: true, description: 'EXECUTED: the amount actually frozen (may be less than asked). DEDUCTED: the amount transferred.' })
  amount?: bigint | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'EXECUTED: the account balance now, in đồng.' })
  balance?: bigint | null;

  @Field(() => String, { nullable: true, description: 'REJECTED: why.' })
  reason?: string | null;

  @Field(() => String, { description: IDEMPOTENCY })
  idempotencyKey!: string;
}

@InputType({ description: 'The officer’s next step on an executed order.' })
export class FreezeOrderStepInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => String, { description: IDEMPOTENCY })
  idempotencyKey!: string;
}

@InputType({ description: 'A seizure of a debtor’s parcel for the case.' })
export class RegisterSeizureInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  parcelId!: string;

  @Field(() => String, { description: IDEMPOTENCY })
  idempotencyKey!: string;
}

@InputType({ description: 'The land registry’s answer to a seizure: CONFIRMED or REJECTED (with a reason).' })
export class AnswerSeizureInput {
  @Field(() => ID)
  seizureId!: string;

  @Field(() => SeizureStatus)
  outcome!: SeizureStatus;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => String, { description: IDEMPOTENCY })
  idempotencyKey!: string;
}

@InputType({ description: 'Lifting a seizure.' })
export class LiftSeizureInput {
  @Field(() => ID)
  seizureId!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => String, { description: IDEMPOTENCY })
  idempotencyKey!: string;
}

const reload = (ctx: RequestContext, id: string) => ctx.em.findOneOrFail(FreezeOrder, { id }, { refresh: true });
const reloadSeizure = (ctx: RequestContext, id: string) => ctx.em.findOneOrFail(Seizure, { id }, { refresh: true });

@Resolver(() => FreezeOrder)
export class FreezeOrderFlowResolver {
  @Query(() => FreezeOrderConnection, { description: 'Freeze orders the caller may see, oldest first: a bank sees its own bank’s only.' })
  freezeOrders(@Args(() => FreezeOrdersArgs) args: FreezeOrdersArgs, @Ctx() ctx: RequestContext): Promise<Page<FreezeOrder>> {
    const where = args.status?.length ? { status: { $in: args.status } } : {};
    return findPage(ctx.em, FreezeOrder, scoped(where, freezeOrderScope(ctx.principal)), [{ orderedAt: 'asc' }, { id: 'asc' }], args);
  }

  @Mutation(() => FreezeOrder, { description: 'Order a bank to freeze an account of a debtor of the case (officer of the case or head of agency).' })
  async orderAccountFreeze(@Arg('input', () => OrderFreezeInput) input: OrderFreezeInput, @Ctx() ctx: RequestContext): Promise<FreezeOrder> {
    return reload(ctx, await orderFreeze(ctx, input));
  }

  @Mutation(() => FreezeOrder, { description: 'Answer a freeze, deduction or release order (the bank the order is addressed to).' })
  async answerFreezeOrder(@Arg('input', () => AnswerFreezeOrderInput) input: AnswerFreezeOrderInput, @Ctx() ctx: RequestContext): Promise<FreezeOrder> {
    return reload(ctx, await answerFreezeOrder(ctx, input));
  }

  @Mutation(() => FreezeOrder, { description: 'Order the bank to transfer the frozen amount to the agency’s account (khấu trừ).' })
  async orderDeduction(@Arg('input', () => FreezeOrderStepInput) input: FreezeOrderStepInput, @Ctx() ctx: RequestContext): Promise<FreezeOrder> {
    return reload(ctx, await officerStep(ctx, input.orderId, FreezeOrderStatus.DEDUCTION_ORDERED, input.expectedVersion, input.idempotencyKey, input.note ?? null));
  }

  @Mutation(() => FreezeOrder, { description: 'Order the bank to lift the freeze (giải tỏa).' })
  async orderRelease(@Arg('input', () => FreezeOrderStepInput) input: FreezeOrderStepInput, @Ctx() ctx: RequestContext): Promise<FreezeOrder> {
    return reload(ctx, await officerStep(ctx, input.orderId, FreezeOrderStatus.RELEASE_ORDERED, input.expectedVersion, input.idempotencyKey, input.note ?? null));
  }

  @FieldResolver(() => [FreezeOrderEvent], { description: 'Every step of the order, oldest first.' })
  history(@Root() order: FreezeOrder, @Ctx() ctx: RequestContext): Promise<FreezeOrderEvent[]> {
    return ctx.loaders
      .get<string, FreezeOrderEvent[]>('freezeOrderEvents', async (ids) =>
        groupByKey(ids, await ctx.em.find(FreezeOrderEvent, { orderId: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } }), (e) => e.orderId),
      )
      .load(order.id);
  }
}

@Resolver(() => Seizure)
export class SeizureFlowResolver {
  @Query(() => SeizureConnection, { description: 'Seizures the caller may see, oldest first: a land registry sees its own province’s only.' })
  seizures(@Args(() => SeizuresArgs) args: SeizuresArgs, @Ctx() ctx: RequestContext): Promise<Page<Seizure>> {
    const where = args.status?.length ? { status: { $in: args.status } } : {};
    return findPage(ctx.em, Seizure, scoped(where, seizureScope(ctx.principal)), [{ requestedAt: 'asc' }, { id: 'asc' }], args);
  }

  @Mutation(() => Seizure, { description: 'Register a seizure of a debtor’s parcel: the land registry suspends transfer registration.' })
  async registerSeizure(@Arg('input', () => RegisterSeizureInput) input: RegisterSeizureInput, @Ctx() ctx: RequestContext): Promise<Seizure> {
    return reloadSeizure(ctx, await registerSeizure(ctx, input));
  }

  @Mutation(() => Seizure, { description: 'Confirm or reject a seizure (the land registry of the parcel’s province).' })
  async answerSeizure(@Arg('input', () => AnswerSeizureInput) input: AnswerSeizureInput, @Ctx() ctx: RequestContext): Promise<Seizure> {
    return reloadSeizure(ctx, await answerSeizure(ctx, input));
  }

  @Mutation(() => Seizure, { description: 'Lift a seizure (officer of the case or head of agency).' })
  async liftSeizure(@Arg('input', () => LiftSeizureInput) input: LiftSeizureInput, @Ctx() ctx: RequestContext): Promise<Seizure> {
    return reloadSeizure(ctx, await liftSeizure(ctx, input));
  }

  @FieldResolver(() => [SeizureEvent], { description: 'Every step of the seizure, oldest first.' })
  history(@Root() seizure: Seizure, @Ctx() ctx: RequestContext): Promise<SeizureEvent[]> {
    return ctx.loaders
      .get<string, SeizureEvent[]>('seizureEvents', async (ids) =>
        groupByKey(ids, await ctx.em.find(SeizureEvent, { seizureId: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } }), (e) => e.seizureId),
      )
      .load(seizure.id);
  }
}
