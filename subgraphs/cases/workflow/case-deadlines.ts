// A case's statutory deadlines, computed from its own dates and history with the rules in force on each event's date.
// Pure: the same facts give the same deadlines, whatever the server's clock or time zone.
import { CaseStatus as S, Initiation } from '../entities/enums';
import {
  DateOutsideCalendarError,
  computeDueDate,
  findLimitInForce,
  workingDaysBetween,
  type EnforcementStage,
  type IsoDate,
  type StatutoryLimit,
} from '../deadlines';

export interface CaseFacts {
  status: S;
  initiation: Initiation;
  receivedOn: IsoDate;
  /** The case's history: each step's target status and legal date, oldest first. */
  history: { toStatus: S; effectiveOn: IsoDate }[];
  /** When the parties received the notice (postal delivery), if known. */
  noticeDeliveredOn: IsoDate | null;
}

export interface Deadline {
  stage: EnforcementStage;
  /** The event that started the period and its date (that day is not counted). */
  startedOn: IsoDate;
  dueOn: IsoDate;
  /** Date the step was taken, when it was. */
  metOn: IsoDate | null;
  /** True when taken on or before the due date; false when late; null while still open. */
  met: boolean | null;
  /** True when still open and the due date has passed. */
  overdue: boolean;
  /** Working days past due (0 when not overdue). */
  workingDaysOverdue: number;
  limit: StatutoryLimit;
}

function firstStep(facts: CaseFacts, ...targets: S[]): IsoDate | null {
  return facts.history.find((h) => targets.includes(h.toStatus))?.effectiveOn ?? null;
}

function deadline(stage: EnforcementStage, startedOn: IsoDate, metOn: IsoDate | null, today: IsoDate, runs: boolean): Deadline | null {
  if (!findLimitInForce(stage, startedOn)) return null; // no rule recorded for that date: nothing to promise
  let computed: ReturnType<typeof computeDueDate>;
  try {
    computed = computeDueDate(stage, startedOn);
  } catch (error) {
    // Outside the years whose official calendar is recorded, a due date cannot be counted honestly.
    if (error instanceof DateOutsideCalendarError) return null;
    throw error;
  }
  const { dueOn, limit } = computed;
  const open = metOn === null && runs;
  const overdue = open && today > dueOn;
  return {
    stage,
    startedOn,
    dueOn,
    metOn,
    met: metOn === null ? null : metOn <= dueOn,
    overdue,
    workingDaysOverdue: overdue ? workingDaysLate(dueOn, today) : 0,
    limit,
  };
}

function workingDaysLate(dueOn: IsoDate, today: IsoDate): number {
  try {
    return Math.max(0, workingDaysBetween(dueOn, today));
  } catch (error) {
    if (error instanceof DateOutsideCalendarError) return 0;
    throw error;
  }
}

/**
 * The deadlines that apply to the case so far, in order: deciding on enforcement, notifying the parties, the
 * debtor's voluntary period, and verifying the debtor's conditions. A period stops running while the case is
 * paused or closed.
 */
export function caseDeadlines(facts: CaseFacts, today: IsoDate): Deadline[] {
  const running = ![S.POSTPONED, S.SUSPENDED, S.TERMINATED, S.COMPLETED].includes(facts.status);
  const result: (Deadline | null)[] = [];
  const decisionOn = firstStep(facts, S.DECISION_ISSUED);
  result.push(deadline('ENFORCEMENT_DECISION', facts.receivedOn, decisionOn, today, running));
  if (decisionOn) {
    const notifiedOn = firstStep(facts, S.PARTIES_NOTIFIED);
    result.push(deadline('NOTIFICATION', decisionOn, notifiedOn, today, running));
    // The voluntary period runs from the day the debtor received the decision (postal delivery when known).
    const voluntaryFrom = facts.noticeDeliveredOn ?? firstStep(facts, S.VOLUNTARY_COMPLIANCE);
    if (voluntaryFrom) {
      const voluntary = deadline('VOLUNTARY_COMPLIANCE', voluntaryFrom, null, today, false);
      if (voluntary) {
        const ended = today > voluntary.dueOn;
        result.push({ ...voluntary, metOn: ended ? voluntary.dueOn : null, met: ended ? true : null });
        const verifiedOn = firstStep(facts, S.COERCIVE_MEASURES, S.NO_CONDITIONS, S.COMPLETED);
        if (ended || facts.history.some((h) => h.toStatus === S.VERIFICATION)) {
          result.push(deadline('VERIFICATION', voluntary.dueOn, verifiedOn, today, running));
        }
      }
    }
  }
  return result.filter((d): d is Deadline => d !== null);
}

/** Statuses in which statutory periods run: a paused or closed case has no next deadline. */
const RUNNING: readonly S[] = [S.RECEIVED, S.DECISION_ISSUED, S.PARTIES_NOTIFIED, S.VOLUNTARY_COMPLIANCE, S.VERIFICATION, S.COERCIVE_MEASURES, S.NO_CONDITIONS];

/** The earliest deadline still open of a case in `status`, if any: what monitoring sorts and alerts on. */
export function nextDeadline(deadlines: Deadline[], status: S): Deadline | null {
  if (!RUNNING.includes(status)) return null;
  const open = deadlines.filter((d) => d.metOn === null && d.stage !== 'VOLUNTARY_COMPLIANCE');
  const voluntary = deadlines.find((d) => d.stage === 'VOLUNTARY_COMPLIANCE' && d.metOn === null);
  const candidates = voluntary ? [...open, voluntary] : open;
  return candidates.sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0] ?? null;
}
