// Legal deadlines of civil judgment enforcement: Vietnam's official calendar, Civil Code counting, statutory limits.
// Pure code: no database, no GraphQL.
export { OFFICIAL_CALENDAR, type CalendarEntry, type CalendarEntryKind } from './calendar-data';
export {
  CALENDAR_COVERAGE,
  DateOutsideCalendarError,
  InvalidDateError,
  addCalendarDays,
  addCalendarMonths,
  addWorkingDays,
  calendarEntryOn,
  isWorkingDay,
  parseIsoDate,
  todayInVietnam,
  workingDaysBetween,
  type IsoDate,
} from './working-days';
export {
  ENFORCEMENT_STAGES,
  NoStatutoryLimitError,
  STATUTORY_LIMITS,
  computeDueDate,
  findLimitInForce,
  limitInForce,
  type EnforcementStage,
  type PeriodUnit,
  type StatutoryLimit,
} from './statutory-limits';
