import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { groupByKey } from '../../../shared/loaders';
import { Agency } from '../entities/agency';
import { Officer } from '../entities/officer';
import { agencyById, officerById } from '../loaders';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => [Agency], { description: 'The 34 provincial enforcement agencies, by province code.' })
  agencies(@Ctx() ctx: RequestContext): Promise<Agency[]> {
    return ctx.em.find(Agency, {}, { orderBy: { provinceCode: 'asc' } });
  }

  @Query(() => Agency, { nullable: true, description: 'An agency by id, e.g. "THADS-01".' })
  agency(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Agency | null> {
    return agencyById(ctx).load(id);
  }

  @FieldResolver(() => [Officer], { nullable: true, description: 'Active officers and heads of the agency, by name. Staff only.' })
  officers(@Root() agency: Agency, @Ctx() ctx: RequestContext): Promise<Officer[]> {
    return ctx.loaders
      .get<string, Officer[]>('officersByAgency', async (ids) => {
        const rows = await ctx.em.find(Officer, { agencyId: { $in: [...ids] }, active: true }, { orderBy: { fullName: 'asc', id: 'asc' } });
        return groupByKey(ids, rows, (r) => r.agencyId);
      })
      .load(agency.id);
  }
}

@Resolver(() => Officer)
export class OfficerResolver {
  @Query(() => Officer, { nullable: true, description: 'An officer by id.' })
  officer(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Officer | null> {
    return officerById(ctx).load(id);
  }

  @FieldResolver(() => Agency, { description: 'The agency the officer works at.' })
  async agency(@Root() officer: Officer, @Ctx() ctx: RequestContext): Promise<Agency> {
    return (await agencyById(ctx).load(officer.agencyId))!;
  }
}
