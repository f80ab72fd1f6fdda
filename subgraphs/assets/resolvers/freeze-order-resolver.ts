import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { FreezeOrder } from '../entities/freeze-order';
import { Seizure } from '../entities/seizure';
import { BankAccount } from '../entities/bank-account';
import { Bank } from '../entities/bank';
import { LandParcel } from '../entities/land-parcel';
import { EnforcementCaseRef } from '../entities/refs';
import { caseVisibility } from '../../../shared/scope/case-scope';
import { accountById, bankByCode, freezeOrderById, parcelById, seizureById } from '../loaders';

@Resolver(() => FreezeOrder)
export class FreezeOrderResolver {
  @Query(() => FreezeOrder, { nullable: true, description: 'A freeze order by id.' })
  freezeOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<FreezeOrder | null> {
    return freezeOrderById(ctx).load(id);
  }

  @FieldResolver(() => BankAccount, { nullable: true, description: 'The account to freeze.' })
  account(@Root() order: FreezeOrder, @Ctx() ctx: RequestContext): Promise<BankAccount | null> {
    return accountById(ctx).load(order.accountId);
  }

  @FieldResolver(() => Bank, { description: 'The bank that must answer the order.' })
  async bank(@Root() order: FreezeOrder, @Ctx() ctx: RequestContext): Promise<Bank> {
    return (await bankByCode(ctx).load(order.bankCode))!;
  }

  @FieldResolver(() => EnforcementCaseRef, { nullable: true, description: 'The case the order serves, when the caller may see it.' })
  async enforcementCase(@Root() order: FreezeOrder, @Ctx() ctx: RequestContext): Promise<EnforcementCaseRef | null> {
    return (await caseVisibility(ctx).load(order.caseId)) ? { id: order.caseId } : null;
  }
}

@Resolver(() => Seizure)
export class SeizureResolver {
  @Query(() => Seizure, { nullable: true, description: 'A seizure by id.' })
  seizure(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Seizure | null> {
    return seizureById(ctx).load(id);
  }

  @FieldResolver(() => LandParcel, { nullable: true, description: 'The parcel seized.' })
  parcel(@Root() seizure: Seizure, @Ctx() ctx: RequestContext): Promise<LandParcel | null> {
    return parcelById(ctx).load(seizure.parcelId);
  }

  @FieldResolver(() => EnforcementCaseRef, { nullable: true, description: 'The case the seizure serves, when the caller may see it.' })
  async enforcementCase(@Root() seizure: Seizure, @Ctx() ctx: RequestContext): Promise<EnforcementCaseRef | null> {
    return (await caseVisibility(ctx).load(seizure.caseId)) ? { id: seizure.caseId } : null;
  }
}
