// Fields this subgraph adds to types owned by others: a party's accounts and parcels, a case's orders and seizures.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { BankAccount } from '../entities/bank-account';
import { LandParcel } from '../entities/land-parcel';
import { FreezeOrder } from '../entities/freeze-order';
import { Seizure } from '../entities/seizure';
import { EnforcementCaseRef, OrganizationRef, PersonRef } from '../entities/refs';
import { accountsByHolder, freezeOrdersByCase, parcelsByOwner, seizuresByCase } from '../loaders';

const ACCOUNTS = 'Bank accounts the holder has, as their banks report them (those the caller may see).';
const PARCELS = 'Land parcels the holder has a land use right in (those the caller may see).';

@Resolver(() => PersonRef)
export class PersonAssetsResolver {
  @FieldResolver(() => [BankAccount], { description: ACCOUNTS })
  bankAccounts(@Root() holder: PersonRef, @Ctx() ctx: RequestContext): Promise<BankAccount[]> {
    return accountsByHolder(ctx).load(holder.id);
  }

  @FieldResolver(() => [LandParcel], { description: PARCELS })
  landParcels(@Root() holder: PersonRef, @Ctx() ctx: RequestContext): Promise<LandParcel[]> {
    return parcelsByOwner(ctx).load(holder.id);
  }
}

@Resolver(() => OrganizationRef)
export class OrganizationAssetsResolver {
  @FieldResolver(() => [BankAccount], { description: ACCOUNTS })
  bankAccounts(@Root() holder: OrganizationRef, @Ctx() ctx: RequestContext): Promise<BankAccount[]> {
    return accountsByHolder(ctx).load(holder.id);
  }

  @FieldResolver(() => [LandParcel], { description: PARCELS })
  landParcels(@Root() holder: OrganizationRef, @Ctx() ctx: RequestContext): Promise<LandParcel[]> {
    return parcelsByOwner(ctx).load(holder.id);
  }
}

@Resolver(() => EnforcementCaseRef)
export class CaseAssetsResolver {
  @FieldResolver(() => [FreezeOrder], { description: 'Orders to freeze bank accounts for this case, oldest first.' })
  freezeOrders(@Root() c: EnforcementCaseRef, @Ctx() ctx: RequestContext): Promise<FreezeOrder[]> {
    return freezeOrdersByCase(ctx).load(c.id);
  }

  @FieldResolver(() => [Seizure], { description: 'Seizures of land for this case, oldest first.' })
  seizures(@Root() c: EnforcementCaseRef, @Ctx() ctx: RequestContext): Promise<Seizure[]> {
    return seizuresByCase(ctx).load(c.id);
  }
}
