// The mutations of the enforcement workflow. Each step refuses what the law does not allow with INVALID_TRANSITION
// (naming the current and requested status), a stale version with CONFLICT, and takes an idempotency key.
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../shared/server/context';
import { badInput } from '../../../shared/errors';
import { CaseStatus as S } from '../entities/enums';
import { EnforcementCase } from '../entities/enforcement-case';
import { StatusChange } from '../entities/status-change';
import { Obligation } from '../entities/obligation';
import { Payment } from '../entities/payment';
import { takeStep, type StepRequest, type StepTarget, type StepOptions } from '../workflow/steps';
import { openCase } from '../workflow/open-case';
import { recordPayment } from '../workflow/payments';
import { reassignCase } from '../workflow/reassign';
import { CaseStepInput, CaseStepResult, IssueDecisionInput, OpenCaseInput, PaymentResult, ReassignCaseInput, RecordPaymentInput } from './workflow-types';

const DECISION_NUMBER = /^\d{1,6}\/QĐ-[A-ZĐ]+$/u;

async function stepResult(ctx: RequestContext, result: { caseId: string; statusChangeId: string }): Promise<CaseStepResult> {
  return {
    enforcementCase: await ctx.em.findOneOrFail(EnforcementCase, { id: result.caseId }, { refresh: true }),
    change: await ctx.em.findOneOrFail(StatusChange, { id: result.statusChangeId }),
  };
}

async function step(ctx: RequestContext, operation: string, target: StepTarget, input: StepRequest, options?: StepOptions) {
  return stepResult(ctx, await takeStep(ctx, operation, target, { ...input }, options));
}

@Resolver()
export class WorkflowResolver {
  @Mutation(() => EnforcementCase, { description: 'Open a case from a judgment; an officer of your agency is allocated automatically (see assignments).' })
  async openEnforcementCase(@Arg('input', () => OpenCaseInput) input: OpenCaseInput, @Ctx() ctx: RequestContext): Promise<EnforcementCase> {
    const { caseId } = await openCase(ctx, input);
    return ctx.em.findOneOrFail(EnforcementCase, { id: caseId }, { refresh: true });
  }

  @Mutation(() => CaseStepResult, { description: 'Issue the enforcement decision (RECEIVED → DECISION_ISSUED).' })
  issueEnforcementDecision(@Arg('input', () => IssueDecisionInput) input: IssueDecisionInput, @Ctx() ctx: RequestContext) {
    const decisionNumber = input.decisionNumber.trim().normalize('NFC');
    if (!DECISION_NUMBER.test(decisionNumber)) throw badInput('decisionNumber', 'format', 'decisionNumber must look like "123/QĐ-THADS"');
    return step(ctx, 'issueEnforcementDecision', S.DECISION_ISSUED, input, {
      apply: (c, effectiveOn) => {
        c.decisionNumber = decisionNumber;
        c.decisionOn = effectiveOn;
      },
    });
  }

  @Mutation(() => CaseStepResult, { description: 'Record that the parties were sent the decision (DECISION_ISSUED → PARTIES_NOTIFIED).' })
  recordPartiesNotified(@Arg('input', () => CaseStepInput) input: CaseStepInput, @Ctx() ctx: RequestContext) {
    return step(ctx, 'recordPartiesNotified', S.PARTIES_NOTIFIED, input);
  }

  @Mutation(() => CaseStepResult, {
    description: "Start the debtor's voluntary period, from the day they received the decision (PARTIES_NOTIFIED → VOLUNTARY_COMPLIANCE).",
  })
  startVoluntaryCompliance(@Arg('input', () => CaseStepInput) input: CaseStepInput, @Ctx() ctx: RequestContext) {
    return step(ctx, 'startVoluntaryCompliance', S.VOLUNTARY_COMPLIANCE, input, {
      apply: (c, effectiveOn) => {
        c.noticeDeliveredOn ??= effectiveOn;
      },
    });
  }

  @Mutation(() => CaseStepResult, { description: "Start verifying the debtor's conditions (after the voluntary period, or again after a finding of no conditions)." })
  startVerification(@Arg('input', () => CaseStepInput) input: CaseStepInput, @Ctx() ctx: RequestContext) {
    return step(ctx, 'startVerification', S.VERIFICATION, input);
  }

  @Mutation(() => CaseStepResult, { description: 'Begin coercive measures: freezing and deducting accounts, seizing and selling property.' })
  beginCoerciveMeasures(@Arg('input', () => CaseStepInput) input: CaseStepInput, @Ctx() ctx: RequestContext) {
    return step(ctx, 'beginCoerciveMeasures', S.COERCIVE_MEASURES, input);
  }

  @Mutation(() => CaseStepResult, { description: 'Find that the debtor has no conditions to enforce; the finding is published in the public list. Reason required.' })
  declareNoConditions(@Arg('input', () => CaseStepInput) input: CaseStepInput, @Ctx() ctx: RequestContext) {
    return step(ctx, 'declareNoConditions', S.NO_CONDITIONS, input, {
      reasonRequired: true,
      apply: (c, effectiveOn) => {
        c.publishedOn = effectiveOn;
      },
    });
  }

  @Mutation(() => CaseStepResult, { description: 'Postpone enforcement (hoãn). Reason required.' })
  postponeEnforcement(@Arg('input', () => CaseStepInput) input: CaseStepInput, @Ctx() ctx: RequestContext) {
    return step(ctx, 'postponeEnforcement', S.POSTPONED, input, { reasonRequired: true });
  }

  @Mutation(() => CaseStepResult, { description: 'Suspend enforcement (tạm đình chỉ). Reason required.' })
  suspendEnforcement(@Arg('input', () => CaseStepInput) input: CaseStepInput, @Ctx() ctx: RequestContext) {
    return step(ctx, 'suspendEnforcement', S.SUSPENDED, input, { reasonRequired: true });
  }

  @Mutation(() => CaseStepResult, { description: 'Resume a postponed or suspended case at the stage it was paused in.' })
  resumeEnforcement(@Arg('input', () => CaseStepInput) input: CaseStepInput, @Ctx() ctx: RequestContext) {
    return step(ctx, 'resumeEnforcement', 'RESUME', input);
  }

  @Mutation(() => CaseStepResult, { description: 'Terminate enforcement (đình chỉ). Reason required.' })
  terminateEnforcement(@Arg('input', () => CaseStepInput) input: CaseStepInput, @Ctx() ctx: RequestContext) {
    return step(ctx, 'terminateEnforcement', S.TERMINATED, input, { reasonRequired: true });
  }

  @Mutation(() => CaseStepResult, { description: 'Record that every obligation was met (payments complete a case by themselves when the last money is received).' })
  completeEnforcement(@Arg('input', () => CaseStepInput) input: CaseStepInput, @Ctx() ctx: RequestContext) {
    return step(ctx, 'completeEnforcement', S.COMPLETED, input, {
      apply: async (c, _effectiveOn, em) => {
        const open = await em.find(Obligation, { caseId: c.id });
        if (open.some((o) => o.amountDue !== null && o.amountPaid < o.amountDue)) {
          throw badInput('caseId', 'obligationsMet', 'the case still has money owed: record the payments first');
        }
      },
    });
  }

  @Mutation(() => PaymentResult, { description: 'Record money received against an obligation; the payment that meets the last obligation completes the case.' })
  async recordPayment(@Arg('input', () => RecordPaymentInput) input: RecordPaymentInput, @Ctx() ctx: RequestContext): Promise<PaymentResult> {
    const { caseId, paymentId } = await recordPayment(ctx, input);
    return {
      enforcementCase: await ctx.em.findOneOrFail(EnforcementCase, { id: caseId }, { refresh: true }),
      payment: await ctx.em.findOneOrFail(Payment, { id: paymentId }),
    };
  }

  @Mutation(() => EnforcementCase, { description: 'Give a case to another officer of the agency, with a reason. Heads only.' })
  async reassignCase(@Arg('input', () => ReassignCaseInput) input: ReassignCaseInput, @Ctx() ctx: RequestContext): Promise<EnforcementCase> {
    const { caseId } = await reassignCase(ctx, input);
    return ctx.em.findOneOrFail(EnforcementCase, { id: caseId }, { refresh: true });
  }
}
