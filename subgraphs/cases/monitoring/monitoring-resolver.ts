// Monitoring: overdue cases, a head's dashboard, and statistics by province, agency and period.
import { Arg, Args, ArgsType, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../../shared/server/context';
import { Connection, PageArgs, findPage, type Page } from '../../../shared/pagination';
import { badInput, forbidden } from '../../../shared/errors';
import { scoped } from '../../../shared/db/scope-filter';
import { isUuid } from '../../../shared/ids';
import { LocalDateScalar, MoneyScalar } from '../../../shared/scalars';
import { findProvince } from '../../../shared/vn/provinces';
import { todayInVietnam } from '../deadlines';
import { EnforcementCase } from '../entities/enforcement-case';
import { Agency } from '../entities/agency';
import { Officer } from '../entities/officer';
import { CaseStatus } from '../entities/enums';
import { caseScope } from '../scope';
import { agencyById, officerById } from '../loaders';
import { agencyIdForProvince } from '../agencies';
import { statistics, total, type StatisticsRow } from './statistics';

const RUNNING = [CaseStatus.RECEIVED, CaseStatus.DECISION_ISSUED, CaseStatus.PARTIES_NOTIFIED, CaseStatus.VOLUNTARY_COMPLIANCE, CaseStatus.VERIFICATION, CaseStatus.COERCIVE_MEASURES];

@ObjectType({ description: 'A page of cases past a statutory deadline.' })
export class OverdueCaseConnection extends Connection(EnforcementCase) {}

@ArgsType()
export class OverdueArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this agency’s cases.' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this officer’s cases.' })
  officerId?: string | null;
}

@ObjectType({ description: 'Cases in one status.' })
export class StatusCount {
  @Field(() => CaseStatus)
  status!: CaseStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'One officer’s load, for a head’s dashboard.' })
export class OfficerLoad {
  @Field(() => Officer)
  officer!: Officer;

  @Field(() => Int)
  openCases!: number;

  @Field(() => Int, { description: 'Open cases past a statutory deadline.' })
  overdueCases!: number;

  @Field(() => MoneyScalar, { description: 'Still to collect on the officer’s open cases, in đồng.' })
  amountOutstanding!: bigint;
}

@ObjectType({ description: 'The state of an agency at a glance, for its head.' })
export class AgencyDashboard {
  @Field(() => Agency)
  agency!: Agency;

  @Field(() => LocalDateScalar, { description: 'The day (in Vietnam) the figures are for.' })
  asOf!: string;

  @Field(() => Int)
  openCases!: number;

  @Field(() => Int, { description: 'Open cases past a statutory deadline.' })
  overdueCases!: number;

  @Field(() => Int, { description: 'Open cases with a deadline in the next 7 days.' })
  dueWithinAWeek!: number;

  @Field(() => [StatusCount])
  byStatus!: StatusCount[];

  @Field(() => [OfficerLoad], { description: 'Officers by overdue cases, then open cases.' })
  officers!: OfficerLoad[];

  @Field(() => MoneyScalar)
  amountOutstanding!: bigint;
}

@ObjectType({ description: 'Enforcement statistics of one agency (or the total) for the cases received in a period, as in the official reports.' })
export class EnforcementStatistics {
  @Field(() => Agency, { nullable: true, description: 'Null for the total line.' })
  agency!: Agency | null;

  @Field(() => Int, { description: 'Cases received (thụ lý) in the period.' })
  received!: number;

  @Field(() => Int, { description: 'Of which found with no conditions to enforce (chưa có điều kiện).' })
  withoutConditions!: number;

  @Field(() => Int, { description: 'Of which postponed or suspended.' })
  paused!: number;

  @Field(() => Int, { description: 'Of which with conditions to enforce (có điều kiện thi hành).' })
  withConditions!: number;

  @Field(() => Int, { description: 'Completed (thi hành xong).' })
  completed!: number;

  @Field(() => Int, { description: 'Terminated (đình chỉ), counted with completed in the completion rate as the reports do.' })
  terminated!: number;

  @Field(() => Float, { nullable: true, description: '(completed + terminated) / withConditions, in percent, two decimals.' })
  completionRate!: number | null;

  @Field(() => MoneyScalar, { description: 'Money due on all cases received, in đồng.' })
  amountDue!: bigint;

  @Field(() => MoneyScalar, { description: 'Money due on the cases with conditions, in đồng.' })
  amountWithConditions!: bigint;

  @Field(() => MoneyScalar, { description: 'Money collected on the cases with conditions, in đồng.' })
  amountCollected!: bigint;

  @Field(() => Float, { nullable: true, description: 'amountCollected / amountWithConditions, in percent, two decimals.' })
  collectionRate!: number | null;
}

function staffAgency(ctx: RequestContext, agencyId: string | null | undefined): string | null {
  const p = ctx.principal;
  if (p.kind !== 'STAFF') throw forbidden('Monitoring is for enforcement staff');
  if (p.role === 'AUDITOR') return agencyId ?? null;
  if (agencyId && agencyId !== p.agencyId) throw forbidden('Heads and officers see their own agency only');
  return p.agencyId;
}

@Resolver()
export class MonitoringResolver {
  @Query(() => OverdueCaseConnection, { description: 'Open cases past a statutory deadline, most overdue first.' })
  overdueCases(@Args(() => OverdueArgs) args: OverdueArgs, @Ctx() ctx: RequestContext): Promise<Page<EnforcementCase>> {
    const where: FilterQuery<EnforcementCase> & Record<string, unknown> = { nextDueOn: { $lt: todayInVietnam(new Date()) }, status: { $in: RUNNING } };
    if (args.agencyId) where.agencyId = args.agencyId;
    if (args.officerId) {
      if (!isUuid(args.officerId)) throw badInput('officerId', 'format', 'officerId is not an officer id');
      where.officerId = args.officerId.toLowerCase();
    }
    return findPage(ctx.em, EnforcementCase, scoped(where, caseScope(ctx.principal)), [{ nextDueOn: 'asc' }, { id: 'asc' }], args);
  }

  @Query(() => AgencyDashboard, { description: 'The dashboard of an agency: heads see their own, auditors any.' })
  async agencyDashboard(@Arg('agencyId', () => ID, { nullable: true }) agencyId: string | null, @Ctx() ctx: RequestContext): Promise<AgencyDashboard> {
    const id = staffAgency(ctx, agencyId);
    if (!id) throw badInput('agencyId', 'required', 'agencyId is required');
    const agency = await agencyById(ctx).load(id);
    if (!agency) throw badInput('agencyId', 'exists', `no agency ${id}`);
    const today = todayInVietnam(new Date());
    const weekAhead = new Date(`${today}T00:00:00Z`);
    weekAhead.setUTCDate(weekAhead.getUTCDate() + 7);
    const rows = (await ctx.em.execute(
      `select officer_id, status, count(*)::int as n,
              count(*) filter (where next_due_on < ? and status in (?))::int as overdue,
              count(*) filter (where next_due_on between ? and ? and status in (?))::int as due_soon,
              coalesce(sum(amount_due - amount_collected), 0)::text as outstanding
         from cases.enforcement_case where agency_id = ? and status not in ('COMPLETED', 'TERMINATED')
        group by officer_id, status`,
      [today, RUNNING, today, weekAhead.toISOString().slice(0, 10), RUNNING, id],
    )) as { officer_id: string | null; status: CaseStatus; n: number; overdue: number; due_soon: number; outstanding: string }[];
    const byOfficer = new Map<string, { open: number; overdue: number; outstanding: bigint }>();
    const byStatus = new Map<CaseStatus, number>();
    for (const r of rows) {
      byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + r.n);
      if (!r.officer_id) continue;
      const o = byOfficer.get(r.officer_id) ?? { open: 0, overdue: 0, outstanding: 0n };
      o.open += r.n;
      o.overdue += r.overdue;
      o.outstanding += BigInt(r.outstanding);
      byOfficer.set(r.officer_id, o);
    }
    const officers = await Promise.all([...byOfficer.keys()].map((oid) => officerById(ctx).load(oid)));
    return {
      agency,
      asOf: today,
      openCases: rows.reduce((n, r) => n + r.n, 0),
      overdueCases: rows.reduce((n, r) => n + r.overdue, 0),
      dueWithinAWeek: rows.reduce((n, r) => n + r.due_soon, 0),
      byStatus: [...byStatus.entries()].map(([status, count]) => ({ status, count })).sort((a, b) => a.status.localeCompare(b.status)),
      officers: officers
        .filter((o): o is Officer => o !== null)
        .map((officer) => ({ officer, openCases: byOfficer.get(officer.id)!.open, overdueCases: byOfficer.get(officer.id)!.overdue, amountOutstanding: byOfficer.get(officer.id)!.outstanding }))
        .sort((a, b) => b.overdueCases - a.overdueCases || b.openCases - a.openCases || a.officer.fullName.localeCompare(b.officer.fullName, 'vi')),
      amountOutstanding: rows.reduce((n, r) => n + BigInt(r.outstanding), 0n),
    };
  }

  @Query(() => [EnforcementStatistics], {
    description: 'Statistics for the cases received between two dates, one line per agency and a final total line; by province or agency if given.',
  })
  async enforcementStatistics(
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Arg('provinceCode', () => String, { nullable: true }) provinceCode: string | null,
    @Arg('agencyId', () => ID, { nullable: true }) agencyId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<EnforcementStatistics[]> {
    if (from > to) throw badInput('to', 'range', 'to must not be before from');
    if (provinceCode && !findProvince(provinceCode)) throw badInput('provinceCode', 'province', `"${provinceCode}" is not one of the 34 province codes`);
    const own = staffAgency(ctx, agencyId ?? (provinceCode ? agencyIdForProvince(provinceCode) : null));
    const agencies = own ? [own] : null;
    const rows = await statistics(ctx.em, from, to, caseScope(ctx.principal), agencies);
    const toGraphQL = async (r: StatisticsRow): Promise<EnforcementStatistics> => ({ ...r, agency: r.agencyId === 'TOTAL' ? null : await agencyById(ctx).load(r.agencyId) });
    return Promise.all([...rows, total(rows)].map(toGraphQL));
  }
}
