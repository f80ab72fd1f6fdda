// Workflow fields of a case: its deadlines, payments, assignments.
import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { groupByKey } from '../../../shared/loaders';
import { LocalDateScalar } from '../../../shared/scalars';
import { EnforcementCase } from '../entities/enforcement-case';
import { Payment } from '../entities/payment';
import { Assignment } from '../entities/assignment';
import { Officer } from '../entities/officer';
import { historyByCase, officerById } from '../loaders';
import { deadlinesFor } from '../workflow/deadline-refresh';
import { nextDeadline, type Deadline } from '../workflow/case-deadlines';
import { STAGE_LABEL_VI } from '../workflow/labels';

@ObjectType({ description: 'A statutory deadline of a case, counted by the rule in force on the date of the event that starts it.' })
export class CaseDeadline {
  @Field(() => String, { description: 'ENFORCEMENT_DECISION, NOTIFICATION, VOLUNTARY_COMPLIANCE or VERIFICATION.' })
  stage!: string;

  @Field(() => String, { description: 'The stage in Vietnamese.' })
  stageLabel!: string;

  @Field(() => LocalDateScalar, { description: 'Date of the event that started the period (not counted).' })
  startedOn!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the period.' })
  dueOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date the step was taken, when it was (for the voluntary period: when it ended).' })
  metOn!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when met on time, false when late, null while still open.' })
  met!: boolean | null;

  @Field(() => Boolean, { description: 'True when still open past its due date.' })
  overdue!: boolean;

  @Field(() => Int, { description: 'Working days past the due date (0 when not overdue).' })
  workingDaysOverdue!: number;

  @Field(() => String, { description: 'The rule, e.g. "5 WORKING_DAYS from the request".' })
  rule!: string;

  @Field(() => String, { description: 'Law and article the rule comes from, in Vietnamese.' })
  legalBasis!: string;

  @Field(() => Boolean, { description: 'False when the figure under this law could not yet be checked against its text.' })
  verified!: boolean;
}

function toGraphQL(d: Deadline): CaseDeadline {
  return {
    stage: d.stage,
    stageLabel: STAGE_LABEL_VI[d.stage] ?? d.stage,
    startedOn: d.startedOn,
    dueOn: d.dueOn,
    metOn: d.metOn,
    met: d.met,
    overdue: d.overdue,
    workingDaysOverdue: d.workingDaysOverdue,
    rule: `${d.limit.amount} ${d.limit.unit} from ${d.limit.trigger}`,
    legalBasis: d.limit.citation,
    verified: d.limit.verification.status === 'VERIFIED',
  };
}

@Resolver(() => EnforcementCase)
export class CaseWorkflowFieldsResolver {
  @FieldResolver(() => [CaseDeadline], { description: 'The statutory deadlines that apply to the case so far, in order, each with whether it was met.' })
  async deadlines(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext): Promise<CaseDeadline[]> {
    return deadlinesFor(c, await historyByCase(ctx).load(c.id)).map(toGraphQL);
  }

  @FieldResolver(() => CaseDeadline, { nullable: true, description: 'The next deadline still open, if any.' })
  async nextDeadline(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext): Promise<CaseDeadline | null> {
    const next = nextDeadline(deadlinesFor(c, await historyByCase(ctx).load(c.id)), c.status);
    return next && toGraphQL(next);
  }

  @FieldResolver(() => [Payment], { nullable: true, description: 'Money received, oldest first.' })
  payments(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext): Promise<Payment[]> {
    return ctx.loaders
      .get<string, Payment[]>('paymentsByCase', async (ids) =>
        groupByKey(ids, await ctx.em.find(Payment, { caseId: { $in: [...ids] } }, { orderBy: { recordedAt: 'asc', id: 'asc' } }), (p) => p.caseId),
      )
      .load(c.id);
  }

  @FieldResolver(() => [Assignment], { nullable: true, description: 'Who the case was given to, when and why, oldest first.' })
  assignments(@Root() c: EnforcementCase, @Ctx() ctx: RequestContext): Promise<Assignment[]> {
    return ctx.loaders
      .get<string, Assignment[]>('assignmentsByCase', async (ids) =>
        groupByKey(ids, await ctx.em.find(Assignment, { caseId: { $in: [...ids] } }, { orderBy: { assignedAt: 'asc', id: 'asc' } }), (a) => a.caseId),
      )
      .load(c.id);
  }
}

@Resolver(() => Assignment)
export class AssignmentResolver {
  @FieldResolver(() => Officer, { nullable: true, description: 'The officer the case was given to.' })
  officer(@Root() a: Assignment, @Ctx() ctx: RequestContext): Promise<Officer | null> {
    return officerById(ctx).load(a.officerId);
  }
}
