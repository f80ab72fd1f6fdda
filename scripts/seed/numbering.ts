// Numbers people read on cases and documents: "01-2025-000123" for a case, "45/2024/DS-ST" for a judgment,
// "123/QĐ-THADS" for a decision. The sequences come from the case index (case-index.ts), which saw every case.
import { PROVINCES } from '../../shared/vn/provinces';
import { yearOf } from './calendar';
import type { SeedContext } from './case-index';
import { JUDGMENT_SUFFIX, type CasePlan } from './case-plan';
import type { DocumentPlan } from './document-plan';

export function caseNumber(ctx: SeedContext, plan: CasePlan): string {
  const seq = String(ctx.caseSequence[plan.index]!).padStart(6, '0');
  return `${PROVINCES[plan.agency.index]!.code}-${yearOf(plan.receivedDay)}-${seq}`;
}

export function judgmentNumber(ctx: SeedContext, plan: CasePlan): string {
  return `${ctx.judgmentSequence[plan.index]}/${yearOf(plan.judgmentDay)}/${JUDGMENT_SUFFIX[plan.caseType]}-${plan.level}`;
}

/** Number of a registered decision; `ordinal` counts the case's registered documents from 0, in plan order. */
export function registerNumber(ctx: SeedContext, caseIndex: number, ordinal: number): number {
  const at = ctx.registerStart[caseIndex]! + ordinal;
  if (at >= ctx.registerStart[caseIndex + 1]!) throw new RangeError(`case ${caseIndex} has no registered document ${ordinal}`);
  return ctx.registerNumber[at]!;
}

/**
 * The enforcement decision is always the case's first registered document (no other decision can precede it), so
 * the case row can name it without planning the case's assets and documents.
 */
export function decisionNumber(ctx: SeedContext, plan: CasePlan): string | null {
  return plan.decisionDay === null ? null : `${registerNumber(ctx, plan.index, 0)}/QĐ-THADS`;
}

/** The number printed on each document of a case, by document key. */
export function documentNumbers(ctx: SeedContext, plan: CasePlan, docs: readonly DocumentPlan[]): Map<string, string> {
  const numbers = new Map<string, string>();
  const decision = decisionNumber(ctx, plan);
  const base = decision ? decision.split('/')[0] : String(ctx.caseSequence[plan.index]);
  let ordinal = 0;
  for (const doc of docs) {
    if (doc.inRegister) numbers.set(doc.key, `${registerNumber(ctx, plan.index, ordinal++)}/QĐ-THADS`);
    else if (doc.kind === 'JUDGMENT') numbers.set(doc.key, judgmentNumber(ctx, plan));
    else if (doc.kind === 'NOTICE') numbers.set(doc.key, `${base}/TB-THADS`);
    else {
      // Minutes of verification carry the number of the decision they serve; a re-verification adds its round.
      const round = Number(doc.key.split('.')[1]);
      numbers.set(doc.key, round > 1 ? `${base}-${round}/BB-THADS` : `${base}/BB-THADS`);
    }
  }
  return numbers;
}
