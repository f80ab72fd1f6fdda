// Which documents a case has and when they were issued: the judgment, then a document for each stage reached. The
// dates are all the case index needs to number decisions in each agency's register; the words come later
// (documents.ts).
import { CaseStatus as S } from '../../subgraphs/cases/entities/enums';
import { DocumentKind as D } from '../../subgraphs/documents/entities/enums';
import type { CaseAssets } from './asset-plan';
import { addWorkingDays } from './calendar';
import { LAST_EVENT_DAY, type CasePlan, type StepPlan } from './case-plan';
import type { BaseContext } from './context';
import { entityRng } from './seed-rng';

export interface DocumentPlan {
  /** Unique within the case, e.g. "JUDGMENT.1", "VERIFICATION_REPORT.2"; part of the document id. */
  readonly key: string;
  readonly kind: D;
  readonly day: number;
  readonly minute: number;
  /** Numbered in the agency's yearly register of decisions ("n/QĐ-THADS"). */
  readonly inRegister: boolean;
  /** The history step the document belongs to, if any. */
  readonly step: StepPlan | null;
}

/** Key of the judgment every case has. */
export const JUDGMENT_KEY = `${D.JUDGMENT}.1`;

const REGISTERED: ReadonlySet<D> = new Set([D.ENFORCEMENT_DECISION, D.FREEZE_DECISION, D.SEIZURE_DECISION, D.NO_CONDITIONS_DECISION]);

export function planDocuments(ctx: BaseContext, plan: CasePlan, assets: CaseAssets): DocumentPlan[] {
  const rng = entityRng(ctx.seed, 'case-documents', plan.index);
  const docs: DocumentPlan[] = [];
  const add = (kind: D, occurrence: number, day: number, step: StepPlan | null) =>
    docs.push({ key: `${kind}.${occurrence}`, kind, day, minute: rng.int(480, 1000), inRegister: REGISTERED.has(kind), step });

  add(D.JUDGMENT, 1, plan.judgmentDay, null);
  plan.steps.forEach((step, i) => {
    switch (step.to) {
      case S.DECISION_ISSUED:
        if (step.occurrence === 1) add(D.ENFORCEMENT_DECISION, 1, step.day, step);
        break;
      case S.PARTIES_NOTIFIED:
        if (step.occurrence === 1) add(D.NOTICE, 1, step.day, step);
        break;
      case S.VERIFICATION: {
        // The report is signed a few days into the verification, or when the next stage starts if that comes first;
        // a verification still running without a report yet has none.
        const next = plan.steps[i + 1];
        let day = addWorkingDays(step.day, rng.int(3, 8));
        if (day > (next ? next.day : LAST_EVENT_DAY)) {
          if (!next) break;
          day = next.day;
        }
        add(D.VERIFICATION_REPORT, step.occurrence, day, step);
        break;
      }
      case S.NO_CONDITIONS:
        add(D.NO_CONDITIONS_DECISION, step.occurrence, step.day, step);
        break;
      default:
    }
  });
  const coercion = plan.steps.find((s) => s.to === S.COERCIVE_MEASURES) ?? null;
  if (assets.freezes.length) add(D.FREEZE_DECISION, 1, Math.min(...assets.freezes.map((f) => f.ordered.day)), coercion);
  if (assets.seizures.length) add(D.SEIZURE_DECISION, 1, Math.min(...assets.seizures.map((z) => z.requested.day)), coercion);
  return docs;
}

/** The document a history step refers to: the decision it records, the report or notice it rests on. */
export function stepDocument(step: StepPlan, docs: readonly DocumentPlan[]): DocumentPlan | null {
  const ofStep = docs.filter((d) => d.step === step);
  if (step.to === S.COERCIVE_MEASURES) return ofStep.find((d) => d.kind === D.FREEZE_DECISION) ?? ofStep[0] ?? null;
  return ofStep[0] ?? null;
}
