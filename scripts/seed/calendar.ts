// Days for seed data as integers (days since 1970-01-01), with the working-day calendar agencies and courts keep:
// staff act on working days, so decisions, notices and reports land on them. 2025 onwards uses the project's official
// calendar (subgraphs/cases/deadlines); the earlier years, which that calendar does not cover, use the days off
// announced for them (listed below), which only shapes realism, never a legal deadline.
import { CALENDAR_COVERAGE, isWorkingDay as isOfficialWorkingDay } from '../../subgraphs/cases/deadlines';

const MS_PER_DAY = 86_400_000;
/** Days the seed computes with: judgments from a few years before the first case; planned steps may run past the
 *  reference date (they are then dropped), and after the official calendar only weekends count as days off. */
const FIRST_DAY = Date.UTC(2018, 0, 1) / MS_PER_DAY;
const LAST_DAY = Date.UTC(2032, 11, 31) / MS_PER_DAY;

/** Every date the dataset is "as of": nothing happens on or after it, and no clock is ever read. */
export const REFERENCE_DATE = '2026-12-01';

// Days off before the official calendar's first year: public holidays, Tết and days in lieu as announced each year.
const EARLIER_DAYS_OFF = [
  '2018-01-01', '2018-02-14', '2018-02-15', '2018-02-16', '2018-02-19', '2018-02-20', '2018-04-25', '2018-04-30',
  '2018-05-01', '2018-09-03',
  '2019-01-01', '2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08', '2019-04-15', '2019-04-29',
  '2019-04-30', '2019-05-01', '2019-09-02',
  '2020-01-01', '2020-01-23', '2020-01-24', '2020-01-27', '2020-01-28', '2020-01-29', '2020-04-02', '2020-04-30',
  '2020-05-01', '2020-09-02',
  '2021-01-01', '2021-02-10', '2021-02-11', '2021-02-12', '2021-02-15', '2021-02-16', '2021-04-21', '2021-04-30',
  '2021-05-03', '2021-09-02', '2021-09-03',
  '2022-01-03', '2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04', '2022-04-11', '2022-05-02',
  '2022-05-03', '2022-09-01', '2022-09-02',
  '2023-01-02', '2023-01-20', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26', '2023-05-01', '2023-05-02',
  '2023-05-03', '2023-09-01', '2023-09-04',
  '2024-01-01', '2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14', '2024-04-18', '2024-04-29',
  '2024-04-30', '2024-05-01', '2024-09-02', '2024-09-03',
];
// Saturdays worked to make up for a bridged day off.
const EARLIER_MAKEUP_DAYS = ['2024-05-04'];

export function dayOf(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

const DATES: string[] = [];
const WORKING = new Uint8Array(LAST_DAY - FIRST_DAY + 1);
{
  const officialFrom = dayOf(CALENDAR_COVERAGE.from);
  const officialTo = dayOf(CALENDAR_COVERAGE.to);
  const off = new Set(EARLIER_DAYS_OFF.map(dayOf));
  const makeup = new Set(EARLIER_MAKEUP_DAYS.map(dayOf));
  for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
    const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    DATES.push(iso);
    let working: boolean;
    if (day >= officialFrom && day <= officialTo) working = isOfficialWorkingDay(iso);
    else {
      const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
      working = makeup.has(day) || (weekday !== 0 && weekday !== 6 && !off.has(day));
    }
    WORKING[day - FIRST_DAY] = working ? 1 : 0;
  }
}

function check(day: number): void {
  if (!(day >= FIRST_DAY && day <= LAST_DAY)) throw new RangeError(`Seed day ${day} is outside ${DATES[0]}..${DATES[DATES.length - 1]}`);
}

export const REFERENCE_DAY = dayOf(REFERENCE_DATE);

/** YYYY-MM-DD. */
export function isoDate(day: number): string {
  check(day);
  return DATES[day - FIRST_DAY]!;
}

export function yearOf(day: number): number {
  return Number(isoDate(day).slice(0, 4));
}

export function isWorkingDay(day: number): boolean {
  check(day);
  return WORKING[day - FIRST_DAY] === 1;
}

/** The n-th working day after `day` (n = 0: `day` itself, moved forward to a working day if it is a day off). */
export function addWorkingDays(day: number, n: number): number {
  let d = day;
  while (!isWorkingDay(d)) d++;
  for (let counted = 0; counted < n; ) {
    d++;
    if (isWorkingDay(d)) counted++;
  }
  return d;
}

/** The working day on or before `day`. */
export function workingDayOnOrBefore(day: number): number {
  let d = day;
  while (!isWorkingDay(d)) d--;
  return d;
}

/** Working days in [from, to], in order. */
export function workingDaysBetween(from: number, to: number): number[] {
  const days: number[] = [];
  for (let d = from; d <= to; d++) if (isWorkingDay(d)) days.push(d);
  return days;
}

const PAD2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/** An instant in Vietnam's legal time zone, written with its offset so the server's own zone changes nothing. */
export function vnTimestamp(day: number, minuteOfDay: number): string {
  const m = Math.max(0, Math.min(1439, Math.floor(minuteOfDay)));
  return `${isoDate(day)} ${PAD2[Math.floor(m / 60)]}:${PAD2[m % 60]}:00+07`;
}

/** "03/02/2025", as Vietnamese documents print dates. */
export function viShortDate(day: number): string {
  const iso = isoDate(day);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** "ngày 03 tháng 02 năm 2025". */
export function viLongDate(day: number): string {
  const iso = isoDate(day);
  return `ngày ${iso.slice(8, 10)} tháng ${iso.slice(5, 7)} năm ${iso.slice(0, 4)}`;
}
