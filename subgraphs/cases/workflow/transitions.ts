// The stages of a case and the steps the law allows between them (Law on Civil Judgment Enforcement), as data.
import { CaseStatus as S } from '../entities/enums';

/** Stages from which enforcement can be postponed, suspended or resumed into. */
const ACTIVE: S[] = [S.DECISION_ISSUED, S.PARTIES_NOTIFIED, S.VOLUNTARY_COMPLIANCE, S.VERIFICATION, S.COERCIVE_MEASURES];
const OPEN: S[] = [S.RECEIVED, ...ACTIVE, S.NO_CONDITIONS, S.POSTPONED, S.SUSPENDED];

export const FINAL_STATUSES: readonly S[] = [S.COMPLETED, S.TERMINATED];
export const PAUSED_STATUSES: readonly S[] = [S.POSTPONED, S.SUSPENDED];

/** For each target status, the statuses a case may be in to take that step. */
export const ALLOWED_FROM: Record<S, readonly S[]> = {
  [S.RECEIVED]: [],
  [S.DECISION_ISSUED]: [S.RECEIVED],
  [S.PARTIES_NOTIFIED]: [S.DECISION_ISSUED],
  [S.VOLUNTARY_COMPLIANCE]: [S.PARTIES_NOTIFIED],
  [S.VERIFICATION]: [S.VOLUNTARY_COMPLIANCE, S.NO_CONDITIONS],
  [S.COERCIVE_MEASURES]: [S.VERIFICATION, S.NO_CONDITIONS],
  [S.NO_CONDITIONS]: [S.VERIFICATION, S.COERCIVE_MEASURES],
  [S.POSTPONED]: ACTIVE,
  [S.SUSPENDED]: ACTIVE,
  [S.TERMINATED]: OPEN,
  // Completion follows the last payment; it is also allowed by hand once every obligation is met.
  [S.COMPLETED]: [S.DECISION_ISSUED, S.PARTIES_NOTIFIED, S.VOLUNTARY_COMPLIANCE, S.VERIFICATION, S.COERCIVE_MEASURES, S.NO_CONDITIONS],
};

export function isAllowed(from: S, to: S): boolean {
  return ALLOWED_FROM[to].includes(from);
}

export function isOpen(status: S): boolean {
  return OPEN.includes(status);
}

/** Statuses a case may resume into after a pause: the active stages. */
export function canResumeInto(status: S | null): status is S {
  return status !== null && ACTIVE.includes(status);
}
