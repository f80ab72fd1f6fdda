import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../../shared/server/context';
import { Connection, PageArgs, findPage, type Page } from '../../../shared/pagination';
import { badInput } from '../../../shared/errors';
import { isUuid } from '../../../shared/ids';
import { LocalDateScalar } from '../../../shared/scalars';
import { findProvince } from '../../../shared/vn/provinces';
import { EnforcementCase } from '../entities/enforcement-case';
import { Agency } from '../entities/agency';
import { Officer } from '../entities/officer';
import { Obligation } from '../entities/obligation';
import { StatusChange } from '../entities/status-change';
import { CaseStatus, CaseType, PartyRole } from '../entities/enums';
import { Party, type PartyValue } from '../entities/party-refs';
import { agencyById, caseById, caseByNumber, historyByCase, obligationsByCase, officerById, partiesByCase } from '../loaders';
import { caseScope } from '../scope';
import { scoped } from '../../../shared/db/scope-filter';
import { agencyIdForProvince } from '../agencies';

@ObjectType({ description: 'A page of enforcement cases.' })
export class EnforcementCaseConnection extends Connection(EnforcementCase) {}

@InputType({ description: 'Conditions on the list of cases; all given conditions must hold.' })
export class EnforcementCaseFilter {
  @Field(() => [CaseStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: CaseStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Cases of this agency.' })
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Cases of the agency of this province (2-digit code).' })
  provinceCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Cases assigned to this officer.' })
  officerId?: string | null;

  @Field(() => CaseType, { nullable: true, description: 'Cases of this type.' })
  caseType?: CaseType | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Received on or after this date.' })
  receivedFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Received on or before this date.' })
  receivedTo?: string | null;
}

@ArgsType()
export class EnforcementCasesArgs extends PageArgs {
  @Field(() => EnforcementCaseFilter, { nullable: true })
  filter?: EnforcementCaseFilter | null;
}

function filterToWhere(filter: EnforcementCaseFilter | null | undefined): FilterQuery<EnforcementCase> {
  const where: FilterQuery<EnforcementCase> & Record<string, unknown> = {};
  if (!filter) return where;
  if (filter.status?.length) where.status = { $in: filter.status };
  if (filter.caseType) where.caseType = filter.caseType;
  if (filter.officerId) {
    if (!isUuid(filter.officerId)) throw badInput('filter.officerId', 'format', 'filter.officerId is not an officer id');
    where.officerId = filter.officerId;
  }
  const agencies: string[] = [];
  if (filter.agencyId) agencies.push(filter.agencyId);
  if (filter.provinceCode) {
    if (!findProvince(filter.provinceCode)) throw badInput('filter.provinceCode', 'province', `"${filter.provinceCode}" is not one of the 34 province codes`);
    agencies.push(agencyIdForProvince(filter.provinceCode));
  }
  if (agencies.length === 2 && agencies[0] !== agencies[1]) where.agencyId = { $in: [] };
  else if (agencies.length) where.agencyId = agencies[0];
  if (filter.receivedFrom || filter.receivedTo) {
    if (filter.receivedFrom && filter.receivedTo && filter.receivedFrom > filter.receivedTo) {
      throw badInput('filter.receivedTo', 'range', 'filter.receivedTo must not be before filter.receivedFrom');
    }
    where.receivedOn = { ...(filter.receivedFrom ? { $gte: filter.receivedFrom } : {}), ...(filter.receivedTo ? { $lte: filter.receivedTo } : {}) };
  }
  return where;
}

@Resolver(() => EnforcementCase)
export class EnforcementCaseResolver {
  @Query(() => EnforcementCase, { nullable: true, description: 'A case by id; null when there is none the caller may see.' })
  enforcementCase(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<EnforcementCase | null> {
    return caseById(ctx).load(id);
  }

  @Query(() => EnforcementCase, { nullable: true, description: 'A case by its platform number, e.g. "01-2025-000123".' })
  enforcementCaseByNumber(@Arg('number', () => String) number: string, @Ctx() ctx: RequestContext): Promise<EnforcementCase | null> {
    return caseByNumber(ctx).load(number.trim());
  }

  @Query(() => EnforcementCaseConnection, { description: 'Cases the caller may see, newest received first.' })
  enforcementCases(@Args(() => EnforcementCasesArgs) args: EnforcementCasesArgs, @Ctx() ctx: RequestContext): Promise<Page<EnforcementCase>> {
    return findPage(ctx.em, EnforcementCase, scoped(filterToWhere(args.filter), caseScope(ctx.principal)), [{ receivedOn: 'desc' }, { id: 'desc' }], args);
  }

  @FieldResolver(() => Agency, { description: 'The agency handling the case.' })
  async agency(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext): Promise<Agency> {
    return (await agencyById(ctx).load(c.agencyId))!;
  }

  @FieldResolver(() => Officer, { nullable: true, description: 'The officer assigned to the case (chấp hành viên), if any.' })
  officer(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext): Promise<Officer | null> | null {
    return c.officerId ? officerById(ctx).load(c.officerId) : null;
  }

  @FieldResolver(() => [Party], { description: 'Judgment creditors (người được thi hành án).' })
  async creditors(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext): Promise<PartyValue[]> {
    return (await partiesByCase(ctx).load(c.id)).filter((p) => p.role === PartyRole.CREDITOR).map((p) => ({ id: p.partyId, partyType: p.partyType }));
  }

  @FieldResolver(() => [Party], { description: 'Judgment debtors (người phải thi hành án).' })
  async debtors(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext): Promise<PartyValue[]> {
    return (await partiesByCase(ctx).load(c.id)).filter((p) => p.role === PartyRole.DEBTOR).map((p) => ({ id: p.partyId, partyType: p.partyType }));
  }

  @FieldResolver(() => [Obligation], { description: 'What the judgment obliges the debtors to do, in order.' })
  obligations(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext): Promise<Obligation[]> {
    return obligationsByCase(ctx).load(c.id);
  }

  @FieldResolver(() => [StatusChange], { nullable: true, description: 'Every step of the case, oldest first.' })
  history(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext): Promise<StatusChange[]> {
    return historyByCase(ctx).load(c.id);
  }
}
