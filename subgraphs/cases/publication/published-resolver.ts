// The public list of debtors found to have no conditions to enforce, as the law requires it to be published:
// anyone may read it, and it carries only the legally public facts (the debtor's name, year of birth and
// ward/province come from the persons subgraph, which shows exactly those for published debtors).
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../../shared/server/context';
import { Connection, PageArgs, findPage } from '../../../shared/pagination';
import { badInput } from '../../../shared/errors';
import { LocalDateScalar, MoneyScalar } from '../../../shared/scalars';
import { findProvince } from '../../../shared/vn/provinces';
import { EnforcementCase } from '../entities/enforcement-case';
import { Agency } from '../entities/agency';
import { CaseStatus, PartyRole } from '../entities/enums';
import { Party, type PartyValue } from '../entities/party-refs';
import { agencyById, historyByCase, obligationsByCase, partiesByCase } from '../loaders';
import { agencyIdForProvince } from '../agencies';

@ObjectType({ description: 'A published finding of no conditions to enforce (thông tin về người phải thi hành án chưa có điều kiện thi hành).' })
export class PublishedCase {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  number!: string;

  @Field(() => String)
  judgmentNumber!: string;

  @Field(() => String)
  courtName!: string;

  @Field(() => LocalDateScalar)
  publishedOn!: string;

  @Field(() => MoneyScalar, { description: 'Still to be enforced, in đồng.' })
  amountOutstanding!: bigint;

  agencyId!: string;
}

@ObjectType({ description: 'A page of published findings.' })
export class PublishedCaseConnection extends Connection(PublishedCase) {}

@ArgsType()
export class PublishedArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only this province (2-digit code).' })
  provinceCode?: string | null;
}

function toPublished(c: EnforcementCase): PublishedCase {
  return { id: c.id, number: c.number, judgmentNumber: c.judgmentNumber, courtName: c.courtName, publishedOn: c.publishedOn!, amountOutstanding: c.amountOutstanding, agencyId: c.agencyId };
}

@Resolver(() => PublishedCase)
export class PublishedCaseResolver {
  @Query(() => PublishedCaseConnection, { description: 'The public list of debtors with no conditions to enforce, newest first. Open to everyone.' })
  async publishedNoConditionCases(@Args(() => PublishedArgs) args: PublishedArgs, @Ctx() ctx: RequestContext) {
    const where: FilterQuery<EnforcementCase> & Record<string, unknown> = { status: CaseStatus.NO_CONDITIONS, publishedOn: { $ne: null } };
    if (args.provinceCode) {
      if (!findProvince(args.provinceCode)) throw badInput('provinceCode', 'province', `"${args.provinceCode}" is not one of the 34 province codes`);
      where.agencyId = agencyIdForProvince(args.provinceCode);
    }
    const page = await findPage(ctx.em, EnforcementCase, where, [{ publishedOn: 'desc' }, { id: 'desc' }], args);
    return { ...page, nodes: page.nodes.map(toPublished) };
  }

  @FieldResolver(() => Agency)
  async agency(@Root() p: PublishedCase, @Ctx() ctx: RequestContext): Promise<Agency> {
    return (await agencyById(ctx).load(p.agencyId))!;
  }

  @FieldResolver(() => [Party], { description: 'The debtors named in the finding.' })
  async debtors(@Root() p: PublishedCase, @Ctx() ctx: RequestContext): Promise<PartyValue[]> {
    return (await partiesByCase(ctx).load(p.id)).filter((x) => x.role === PartyRole.DEBTOR).map((x) => ({ id: x.partyId, partyType: x.partyType }));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the debtor has no conditions to enforce, as recorded in the finding.' })
  async reason(@Root() p: PublishedCase, @Ctx() ctx: RequestContext): Promise<string | null> {
    const history = await historyByCase(ctx).load(p.id);
    return [...history].reverse().find((h) => h.toStatus === CaseStatus.NO_CONDITIONS)?.reason ?? null;
  }

  @FieldResolver(() => [String], { description: 'The obligations still to be enforced, as the judgment words them.' })
  async obligations(@Root() p: PublishedCase, @Ctx() ctx: RequestContext): Promise<string[]> {
    return (await obligationsByCase(ctx).load(p.id)).filter((o) => !o.met).map((o) => o.description);
  }
}
