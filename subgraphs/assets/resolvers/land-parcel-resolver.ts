import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { scoped } from '../../../shared/db/scope-filter';
import { LandParcel } from '../entities/land-parcel';
import { HolderType } from '../entities/enums';
import { Party, type HolderValue } from '../entities/refs';
import { ownersByParcel, parcelById } from '../loaders';
import { parcelScope } from '../scope';

@ObjectType({ description: 'A holder of the land use right of a parcel, with the share held.' })
export class LandOwnership {
  @Field(() => Party, { description: 'The person or organization holding the right.' })
  owner!: HolderValue;

  @Field(() => Int, { description: 'Share held, in percent.' })
  sharePercent!: number;
}

@Resolver(() => LandParcel)
export class LandParcelResolver {
  @Query(() => LandParcel, { nullable: true, description: 'A land parcel by id.' })
  landParcel(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<LandParcel | null> {
    return parcelById(ctx).load(id);
  }

  @Query(() => LandParcel, { nullable: true, description: 'A land parcel by the serial of its certificate, e.g. "BS 123456".' })
  landParcelByCertificate(@Arg('serial', () => String) serial: string, @Ctx() ctx: RequestContext): Promise<LandParcel | null> {
    const normalized = serial.trim().toUpperCase().replace(/^([A-Z]{2})\s*(\d+)$/, '$1 $2');
    return ctx.em.findOne(LandParcel, scoped({ certificateSerial: normalized }, parcelScope(ctx.principal)));
  }

  @FieldResolver(() => [LandOwnership], { nullable: true, description: 'Who holds the land use right. Restricted and audited.' })
  async owners(@Root() parcel: LandParcel, @Ctx() ctx: RequestContext): Promise<LandOwnership[]> {
    return (await ownersByParcel(ctx).load(parcel.id)).map((o) => ({
      owner: { id: o.ownerId, holderType: o.ownerType as HolderType },
      sharePercent: o.sharePercent,
    }));
  }
}
