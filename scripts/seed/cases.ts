// Rows of the cases schema: agencies, officers, enforcement cases, their parties, obligations and history.
import { planCaseAssets } from './asset-plan';
import { isoDate, vnTimestamp } from './calendar';
import type { SeedContext } from './case-index';
import { planCase, type CasePlan } from './case-plan';
import { caseDeadlines, nextDeadline } from '../../subgraphs/cases/workflow/case-deadlines';
import type { Row } from './copy-text';
import { JUDGMENT_KEY, planDocuments, stepDocument } from './document-plan';
import { caseNumber, decisionNumber, judgmentNumber } from './numbering';
import { entityRng } from './seed-rng';
import { caseParties, obligationText } from './wording';

export const AGENCY_COLUMNS = ['id', 'name', 'province_code', 'address', 'phone'] as const;
export const OFFICER_COLUMNS = ['id', 'agency_id', 'full_name', 'title', 'role', 'email', 'active', 'case_types'] as const;
export const CASE_COLUMNS = [
  'id', 'number', 'decision_number', 'agency_id', 'officer_id', 'status', 'case_type', 'initiation', 'judgment_number',
  'court_code', 'court_name', 'judgment_date', 'received_on', 'decision_on', 'amount_due', 'amount_collected', 'version',
  'created_at', 'updated_at', 'notice_delivered_on', 'next_deadline_stage', 'next_due_on', 'published_on',
  'judgment_document_id', 'status_before_pause',
] as const;
export const CASE_PARTY_COLUMNS = ['id', 'case_id', 'role', 'party_type', 'party_id', 'identifier', 'position'] as const;
export const OBLIGATION_COLUMNS = [
  'id', 'case_id', 'kind', 'description', 'amount_due', 'amount_paid', 'debtor_party_id', 'creditor_party_id',
  'joint_liability', 'position',
] as const;
export const STATUS_CHANGE_COLUMNS = [
  'id', 'case_id', 'sequence', 'from_status', 'to_status', 'at', 'actor', 'reason', 'document_id', 'effective_on',
] as const;
export const PAYMENT_COLUMNS = [
  'id', 'case_id', 'obligation_id', 'amount', 'paid_on', 'method', 'reference', 'recorded_at', 'recorded_by',
] as const;
export const ASSIGNMENT_COLUMNS = ['id', 'case_id', 'officer_id', 'assigned_at', 'assigned_by', 'reason', 'candidates'] as const;

/** Seeded cases are as their history left them: version 1, as the read models in other schemas record. */
export const SEEDED_CASE_VERSION = 1;

export function* agencyRows(ctx: SeedContext): Generator<Row> {
  for (const a of ctx.staff.agencies) yield [a.id, a.name, a.province.code, a.address, a.phone];
}

export function* officerRows(ctx: SeedContext): Generator<Row> {
  for (const o of ctx.staff.officers) {
    yield [o.id, ctx.staff.agencies[o.agencyIndex]!.id, o.fullName, o.title, o.role, o.email, o.active, o.caseTypes];
  }
}

/**
 * The case's next statutory deadline as the cases subgraph records it after each event: computed by its own rules
 * (workflow/case-deadlines.ts) as of the day of the last event.
 */
function nextDeadlineOf(plan: CasePlan): { stage: string; dueOn: string } | null {
  const last = plan.steps[plan.steps.length - 1]!;
  const next = nextDeadline(
    caseDeadlines(
      {
        status: plan.status,
        initiation: plan.initiation,
        receivedOn: isoDate(plan.receivedDay),
        history: plan.steps.map((s) => ({ toStatus: s.to, effectiveOn: isoDate(s.day) })),
        noticeDeliveredOn: plan.noticeDeliveredDay === null ? null : isoDate(plan.noticeDeliveredDay),
      },
      isoDate(last.day),
    ),
    plan.status,
  );
  return next ? { stage: next.stage, dueOn: next.dueOn } : null;
}

export function* caseRows(ctx: SeedContext): Generator<Row> {
  for (let i = 0; i < ctx.sizes.cases; i++) {
    const plan = planCase(ctx, i);
    const first = plan.steps[0]!;
    const last = plan.steps[plan.steps.length - 1]!;
    const next = nextDeadlineOf(plan);
    yield [
      plan.id, caseNumber(ctx, plan), decisionNumber(ctx, plan), plan.agency.id, plan.officer.id, plan.status, plan.caseType,
      plan.initiation, judgmentNumber(ctx, plan), plan.court.code, plan.court.name, isoDate(plan.judgmentDay),
      isoDate(plan.receivedDay), plan.decisionDay === null ? null : isoDate(plan.decisionDay), plan.amountDue,
      plan.amountCollected, SEEDED_CASE_VERSION, vnTimestamp(first.day, first.minute), vnTimestamp(last.day, last.minute),
      plan.noticeDeliveredDay === null ? null : isoDate(plan.noticeDeliveredDay), next?.stage ?? null, next?.dueOn ?? null,
      plan.publishedDay === null ? null : isoDate(plan.publishedDay), ctx.ids.document(i, JUDGMENT_KEY), plan.statusBeforePause,
    ];
  }
}

export function* casePartyRows(ctx: SeedContext): Generator<Row> {
  for (let i = 0; i < ctx.sizes.cases; i++) {
    const plan = planCase(ctx, i);
    for (const info of caseParties(ctx, plan)) {
      const p = info.party;
      yield [p.casePartyId, plan.id, p.role, p.type, p.partyId, info.identifier, p.position];
    }
  }
}

export function* obligationRows(ctx: SeedContext): Generator<Row> {
  for (let i = 0; i < ctx.sizes.cases; i++) {
    const plan = planCase(ctx, i);
    const infos = caseParties(ctx, plan);
    for (const o of plan.obligations) {
      const rng = entityRng(ctx.seed, 'obligation-text', `${i}.${o.position}`);
      yield [
        ctx.ids.obligation(i, o.position), plan.id, o.kind, obligationText(plan, o, infos, rng), o.due, o.paid,
        o.debtor.casePartyId, o.creditor?.casePartyId ?? null, o.joint, o.position,
      ];
    }
  }
}

export function* statusChangeRows(ctx: SeedContext): Generator<Row> {
  for (let i = 0; i < ctx.sizes.cases; i++) {
    const plan = planCase(ctx, i);
    const docs = planDocuments(ctx, plan, planCaseAssets(ctx, plan));
    const judgment = judgmentNumber(ctx, plan);
    const decision = decisionNumber(ctx, plan) ?? '';
    for (const step of plan.steps) {
      const doc = stepDocument(step, docs);
      const reason = step.reason?.replace('{judgment}', judgment).replace('{decision}', decision) ?? null;
      yield [
        ctx.ids.statusChange(i, step.sequence), plan.id, step.sequence, step.from, step.to, vnTimestamp(step.day, step.minute),
        step.actor, reason, doc ? ctx.ids.document(i, doc.key) : null, isoDate(step.day),
      ];
    }
  }
}

export function* paymentRows(ctx: SeedContext): Generator<Row> {
  for (let i = 0; i < ctx.sizes.cases; i++) {
    const plan = planCase(ctx, i);
    for (const p of plan.payments) {
      yield [
        ctx.ids.payment(i, p.n), plan.id, ctx.ids.obligation(i, p.obligation.position), p.amount, isoDate(p.day), p.method,
        p.reference, vnTimestamp(p.day, p.minute), `staff:${plan.officer.localPart}`,
      ];
    }
  }
}

/** The allocation of each case to its officer, recorded when the case was received. */
export function* assignmentRows(ctx: SeedContext): Generator<Row> {
  for (let i = 0; i < ctx.sizes.cases; i++) {
    const plan = planCase(ctx, i);
    const received = plan.steps[0]!;
    yield [
      ctx.ids.assignment(i), plan.id, plan.officer.id, vnTimestamp(received.day, received.minute + 1), 'system',
      `Allocated on receipt to an officer handling ${plan.caseType} cases at ${plan.agency.id}`, '[]',
    ];
  }
}
