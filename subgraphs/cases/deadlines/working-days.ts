// Counting legal periods over calendar dates, the way the Civil Code 2015 (Bộ luật Dân sự 91/2015/QH13) does:
// - Art. 147(2): for a period in days, weeks, months or years, the day of the event is not counted; counting starts
//   the next day.
// - Art. 148(1), (3): a period in days ends at the end of its last day; a period in months ends on the same-numbered
//   day of the last month, or on that month's last day when it has no such day.
// - Art. 148(5): when the last day is a weekly rest day or a holiday, the period ends at the end of the next working day.
// "Working days" (ngày làm việc) skip Saturdays, Sundays, public holidays, days in lieu and swapped days off, and count
// a Saturday the government made a make-up working day.
//
// Dates are plain 'YYYY-MM-DD' strings: calendar dates with no time of day and no time zone. Arithmetic uses day
// numbers (days since 1970-01-01), so the server's time zone can never shift a date. Only `todayInVietnam` looks at
// an instant, and it reads the calendar date in Asia/Ho_Chi_Minh explicitly.
import { OFFICIAL_CALENDAR, type CalendarEntry } from './calendar-data';
import { vietnamDateOf } from '../../../shared/vn/dates';

/** A calendar date as 'YYYY-MM-DD'. */
export type IsoDate = string;

/** The input is not a possible calendar date (bad format, or a day such as 2026-02-30 that does not exist). */
export class InvalidDateError extends Error {
  readonly code = 'INVALID_DATE';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidDateError';
  }
}

/** The date, or a period, reaches outside the years whose official calendar of days off is known. */
export class DateOutsideCalendarError extends Error {
  readonly code = 'DATE_OUTSIDE_CALENDAR';
  constructor(message: string) {
    super(message);
    this.name = 'DateOutsideCalendarError';
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function toParts(value: string): DateParts {
  if (typeof value !== 'string') throw new InvalidDateError(`A date must be a string YYYY-MM-DD (got ${typeof value})`);
  const match = ISO_DATE.exec(value);
  if (!match) throw new InvalidDateError(`"${value}" is not a date in the form YYYY-MM-DD, such as 2026-07-01`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) throw new InvalidDateError(`${value} does not exist: there is no month ${match[2]}`);
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    throw new InvalidDateError(`${value} does not exist: ${year}-${match[2]} has ${lastDay} days`);
  }
  return { year, month, day };
}

/** Validates a calendar date 'YYYY-MM-DD' and returns it; rejects impossible dates such as 2026-02-30 or 2025-02-29. */
export function parseIsoDate(value: string): IsoDate {
  toParts(value);
  return value;
}

// Day numbers: days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil / civil_from_days).
function toDayNumber({ year, month, day }: DateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

// ---- The calendar, indexed and checked once at load: a data mistake fails every test instead of a deadline. ----

const entriesByDay = new Map<number, CalendarEntry>();
for (const entry of OFFICIAL_CALENDAR) {
  const dayNumber = toDayNumber(toParts(entry.date));
  if (entriesByDay.has(dayNumber)) throw new Error(`calendar-data: ${entry.date} is listed twice`);
  const weekday = weekdayOf(dayNumber);
  const weekend = weekday === 0 || weekday === 6;
  if (entry.kind === 'MAKEUP_WORKING_DAY' && !weekend) throw new Error(`calendar-data: make-up working day ${entry.date} is not a weekend day`);
  if ((entry.kind === 'DAY_IN_LIEU' || entry.kind === 'SWAPPED_DAY_OFF') && weekend) {
    throw new Error(`calendar-data: ${entry.kind} ${entry.date} falls on a weekend, where it changes nothing`);
  }
  entriesByDay.set(dayNumber, entry);
}

const coveredYears = [...new Set(OFFICIAL_CALENDAR.map((e) => Number(e.date.slice(0, 4))))].sort((a, b) => a - b);
if (coveredYears.length === 0) throw new Error('calendar-data: the official calendar is empty');
coveredYears.forEach((year, i) => {
  if (i > 0 && year !== coveredYears[i - 1]! + 1) throw new Error(`calendar-data: year ${coveredYears[i - 1]! + 1} is missing`);
});

/** The dates whose days off are known: whole years, from the first to the last year listed in calendar-data.ts. */
export const CALENDAR_COVERAGE: { readonly from: IsoDate; readonly to: IsoDate; readonly years: readonly number[] } = Object.freeze({
  from: `${coveredYears[0]}-01-01`,
  to: `${coveredYears[coveredYears.length - 1]}-12-31`,
  years: Object.freeze([...coveredYears]),
});
const firstCoveredDay = toDayNumber(toParts(CALENDAR_COVERAGE.from));
const lastCoveredDay = toDayNumber(toParts(CALENDAR_COVERAGE.to));

function coveredDayNumber(date: string, role: string): number {
  const dayNumber = toDayNumber(toParts(date));
  if (dayNumber < firstCoveredDay || dayNumber > lastCoveredDay) {
    throw new DateOutsideCalendarError(
      `${role} ${date} is outside the official calendar of days off, which covers ${CALENDAR_COVERAGE.from} to ${CALENDAR_COVERAGE.to}`,
    );
  }
  return dayNumber;
}

/** Throws when counting steps past the last known date: without that year's holidays the answer would be a guess. */
function assertStillCovered(dayNumber: number, from: IsoDate, what: string): void {
  if (dayNumber > lastCoveredDay) {
    throw new DateOutsideCalendarError(
      `${what} from ${from} runs past ${CALENDAR_COVERAGE.to}, the last date of the official calendar; ` +
        `add the ${coveredYears[coveredYears.length - 1]! + 1} calendar to calendar-data.ts`,
    );
  }
}

function isWorkingDayNumber(dayNumber: number): boolean {
  const entry = entriesByDay.get(dayNumber);
  if (entry) return entry.kind === 'MAKEUP_WORKING_DAY';
  const weekday = weekdayOf(dayNumber);
  return weekday !== 0 && weekday !== 6;
}

/** Art. 148(5): the first working day on or after the given day. */
function workingDayOnOrAfter(dayNumber: number, from: IsoDate, what: string): number {
  let current = dayNumber;
  for (;;) {
    assertStillCovered(current, from, what);
    if (isWorkingDayNumber(current)) return current;
    current += 1;
  }
}

function assertCount(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a whole number of 0 or more (got ${n})`);
}

// ---- Public API ----

/** True when state agencies work on this date (a weekday that is not a day off, or a make-up working Saturday). */
export function isWorkingDay(date: IsoDate): boolean {
  return isWorkingDayNumber(coveredDayNumber(date, 'Date'));
}

/** The calendar entry that makes this date special (holiday, day in lieu, swap, make-up day), if any. */
export function calendarEntryOn(date: IsoDate): CalendarEntry | undefined {
  return entriesByDay.get(coveredDayNumber(date, 'Date'));
}

/**
 * The day a period of `n` working days ends: the n-th working day after the event (the event day is not counted).
 * n = 0 returns the event day itself.
 */
export function addWorkingDays(eventDate: IsoDate, n: number): IsoDate {
  assertCount(n, 'The number of working days');
  let current = coveredDayNumber(eventDate, 'Event date');
  let counted = 0;
  while (counted < n) {
    current += 1;
    assertStillCovered(current, eventDate, `Counting ${n} working days`);
    if (isWorkingDayNumber(current)) counted += 1;
  }
  return fromDayNumber(current);
}

/**
 * The day a period of `n` calendar days ends: event day + n (the event day is not counted); when that day is a day off
 * (weekend, holiday, day in lieu, swapped day off) the period ends at the end of the next working day.
 */
export function addCalendarDays(eventDate: IsoDate, n: number): IsoDate {
  assertCount(n, 'The number of days');
  const start = coveredDayNumber(eventDate, 'Event date');
  return fromDayNumber(workingDayOnOrAfter(start + n, eventDate, `A period of ${n} days`));
}

/**
 * The day a period of `n` months ends: the same-numbered day n months later, or the last day of that month when it
 * is shorter (Art. 148(3)); moved to the next working day when it is a day off (Art. 148(5)).
 */
export function addCalendarMonths(eventDate: IsoDate, n: number): IsoDate {
  assertCount(n, 'The number of months');
  coveredDayNumber(eventDate, 'Event date');
  const { year, month, day } = toParts(eventDate);
  const monthIndex = year * 12 + (month - 1) + n;
  const endYear = Math.floor(monthIndex / 12);
  const endMonth = (monthIndex % 12) + 1;
  const endDay = Math.min(day, daysInMonth(endYear, endMonth));
  const end = toDayNumber({ year: endYear, month: endMonth, day: endDay });
  return fromDayNumber(workingDayOnOrAfter(end, eventDate, `A period of ${n} months`));
}

/**
 * Working days after `from` up to and including `to` (so `addWorkingDays(a, n) === b` gives `workingDaysBetween(a, b)
 * === n`). Negative when `to` is before `from`. "Overdue by N working days" is `workingDaysBetween(dueOn, today)`.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  const start = coveredDayNumber(from, 'Start date');
  const end = coveredDayNumber(to, 'End date');
  const [low, high, sign] = start <= end ? [start, end, 1] : [end, start, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day += 1) if (isWorkingDayNumber(day)) count += 1;
  return sign * count;
}

/** The calendar date in Vietnam (Asia/Ho_Chi_Minh) at the given instant, whatever the server's own time zone. */
export function todayInVietnam(now: Date): IsoDate {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new InvalidDateError('todayInVietnam needs a valid Date');
  return parseIsoDate(vietnamDateOf(now));
}
