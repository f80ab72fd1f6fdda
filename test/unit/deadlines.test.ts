// Legal deadlines: every expected date below was counted by hand on a printed calendar, with the reasoning next to it.
// Weekdays used: 2026-01-01 Thu, 2026-02-01 Sun, 2026-03-01 Sun, 2026-04-01 Wed, 2026-07-01 Wed, 2026-08-01 Sat,
// 2026-12-01 Tue, 2027-01-01 Fri, 2027-12-31 Fri.
import {
  CALENDAR_COVERAGE,
  DateOutsideCalendarError,
  InvalidDateError,
  NoStatutoryLimitError,
  OFFICIAL_CALENDAR,
  addCalendarDays,
  addCalendarMonths,
  addWorkingDays,
  calendarEntryOn,
  computeDueDate,
  isWorkingDay,
  limitInForce,
  parseIsoDate,
  todayInVietnam,
  workingDaysBetween,
} from '../../subgraphs/cases/deadlines';

describe('working days', () => {
  it('counts plain weekdays, not counting the day of the event', () => {
    // Tue 3 Mar 2026 + 3: Wed 4 (1), Thu 5 (2), Fri 6 (3).
    expect(addWorkingDays('2026-03-03', 3)).toBe('2026-03-06');
    // Wed 11 Mar 2026 + 5 (enforcement decision): Thu 12, Fri 13, Mon 16, Tue 17, Wed 18.
    expect(addWorkingDays('2026-03-11', 5)).toBe('2026-03-18');
    // Zero working days ends on the event day itself.
    expect(addWorkingDays('2026-03-11', 0)).toBe('2026-03-11');
  });

  it('skips a weekend', () => {
    // Thu 5 Mar 2026 + 3: Fri 6 (1), Sat 7 and Sun 8 skipped, Mon 9 (2), Tue 10 (3).
    expect(addWorkingDays('2026-03-05', 3)).toBe('2026-03-10');
  });

  it('skips Tết 2026 (Sat 14 – Sun 22 Feb)', () => {
    // Thu 12 Feb + 5: Fri 13 (1); 14–15 weekend, 16–20 Tết, 21–22 weekend; Mon 23 (2), Tue 24 (3), Wed 25 (4), Thu 26 (5).
    expect(addWorkingDays('2026-02-12', 5)).toBe('2026-02-26');
    expect(isWorkingDay('2026-02-17')).toBe(false); // Mùng 1 Tết Bính Ngọ
    expect(isWorkingDay('2026-02-23')).toBe(true);
  });

  it('skips Giỗ Tổ’s day in lieu and the 30 April – 1 May 2026 break', () => {
    // Fri 24 Apr + 5: Sat 25, Sun 26 (Giỗ Tổ), Mon 27 (day in lieu) off; Tue 28 (1), Wed 29 (2);
    // Thu 30 Apr and Fri 1 May holidays, Sat 2, Sun 3; Mon 4 (3), Tue 5 (4), Wed 6 (5).
    expect(addWorkingDays('2026-04-24', 5)).toBe('2026-05-06');
    expect(calendarEntryOn('2026-04-27')?.kind).toBe('DAY_IN_LIEU');
  });

  it('skips the National Day 2026 break (Sat 29 Aug – Wed 2 Sep)', () => {
    // Thu 27 Aug + 3: Fri 28 (1); Sat 29, Sun 30, Mon 31 (swapped day off), Tue 1 and Wed 2 Sep (holidays); Thu 3 (2), Fri 4 (3).
    expect(addWorkingDays('2026-08-27', 3)).toBe('2026-09-04');
    expect(isWorkingDay('2026-08-31')).toBe(false);
  });

  it('counts a Saturday declared a make-up working day', () => {
    // Fri 21 Aug 2026 + 1: Sat 22 Aug is worked (it pays back Mon 31 Aug).
    expect(addWorkingDays('2026-08-21', 1)).toBe('2026-08-22');
    // Fri 21 Aug + 2: Sat 22 (1), Sun 23 off, Mon 24 (2).
    expect(addWorkingDays('2026-08-21', 2)).toBe('2026-08-24');
    // Fri 9 Jan 2026 + 1: Sat 10 Jan is worked (it pays back Fri 2 Jan).
    expect(addWorkingDays('2026-01-09', 1)).toBe('2026-01-10');
    // 2025: Fri 25 Apr + 1: Sat 26 Apr is worked (it pays back Fri 2 May).
    expect(addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
    expect(isWorkingDay('2026-03-07')).toBe(false); // an ordinary Saturday
  });

  it('skips the 30 April – 4 May 2025 break with its swapped Friday', () => {
    // Tue 29 Apr 2025 + 1: Wed 30 and Thu 1 May holidays, Fri 2 May swapped off, Sat 3, Sun 4; Mon 5 (1).
    expect(addWorkingDays('2025-04-29', 1)).toBe('2025-05-05');
  });

  it('crosses the year end', () => {
    // Wed 31 Dec 2025 + 1: Thu 1 Jan 2026 holiday, Fri 2 Jan swapped off, Sat 3, Sun 4; Mon 5 (1).
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-05');
    // Wed 30 Dec 2026 + 3: Thu 31 (1); Fri 1 Jan 2027 holiday, Sat 2, Sun 3; Mon 4 (2), Tue 5 (3).
    expect(addWorkingDays('2026-12-30', 3)).toBe('2027-01-05');
  });

  it('counts working days between two dates, the first one excluded', () => {
    // After Thu 12 Feb up to Thu 26 Feb 2026: Fri 13, Mon 23, Tue 24, Wed 25, Thu 26 = 5.
    expect(workingDaysBetween('2026-02-12', '2026-02-26')).toBe(5);
    expect(workingDaysBetween('2026-02-26', '2026-02-12')).toBe(-5);
    expect(workingDaysBetween('2026-03-06', '2026-03-06')).toBe(0);
    // Due Fri 6 Mar 2026, today Tue 10 Mar: Mon 9, Tue 10 = overdue by 2 working days.
    expect(workingDaysBetween('2026-03-06', '2026-03-10')).toBe(2);
  });
});

describe('calendar-day periods (Civil Code Art. 148(5))', () => {
  it('ends on the last day when that is a working day', () => {
    // Mon 2 Mar 2026 + 10 = Thu 12 Mar.
    expect(addCalendarDays('2026-03-02', 10)).toBe('2026-03-12');
  });

  it('moves an end on a Saturday or Sunday to the next working day', () => {
    // Wed 11 Mar + 10 = Sat 21 Mar -> Mon 23 Mar.
    expect(addCalendarDays('2026-03-11', 10)).toBe('2026-03-23');
    // Thu 12 Mar + 10 = Sun 22 Mar -> Mon 23 Mar.
    expect(addCalendarDays('2026-03-12', 10)).toBe('2026-03-23');
  });

  it('moves an end on a holiday past the whole break', () => {
    // Mon 20 Apr + 10 = Thu 30 Apr (holiday); Fri 1 May holiday, Sat 2, Sun 3 -> Mon 4 May.
    expect(addCalendarDays('2026-04-20', 10)).toBe('2026-05-04');
    // Fri 6 Feb + 10 = Mon 16 Feb (Tết); Tết to Fri 20, weekend 21–22 -> Mon 23 Feb.
    expect(addCalendarDays('2026-02-06', 10)).toBe('2026-02-23');
    // Fri 21 Aug + 10 = Mon 31 Aug (swapped day off); Tue 1, Wed 2 Sep holidays -> Thu 3 Sep.
    expect(addCalendarDays('2026-08-21', 10)).toBe('2026-09-03');
  });

  it('keeps an end on a make-up working Saturday', () => {
    // Wed 12 Aug + 10 = Sat 22 Aug, a make-up working day.
    expect(addCalendarDays('2026-08-12', 10)).toBe('2026-08-22');
  });

  it('crosses the year end 2026 -> 2027', () => {
    // Tue 22 Dec 2026 + 10 = Fri 1 Jan 2027 (holiday); Sat 2, Sun 3 -> Mon 4 Jan 2027.
    expect(addCalendarDays('2026-12-22', 10)).toBe('2027-01-04');
  });

  it('counts months to the same-numbered day, or the month’s last day', () => {
    // 31 Mar 2026 + 6 months: September has no 31st -> Wed 30 Sep 2026.
    expect(addCalendarMonths('2026-03-31', 6)).toBe('2026-09-30');
    // 31 Jan 2026 + 1 month -> Sat 28 Feb 2026 -> Mon 2 Mar 2026.
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-03-02');
    // 31 Aug 2026 + 6 months -> Sun 28 Feb 2027 -> Mon 1 Mar 2027.
    expect(addCalendarMonths('2026-08-31', 6)).toBe('2027-03-01');
  });
});

describe('statutory limits and the switch of law on 1 July 2026', () => {
  it('uses the 2008/2014 law for an event on 30 June 2026', () => {
    const { dueOn, limit } = computeDueDate('VOLUNTARY_COMPLIANCE', '2026-06-30');
    // Tue 30 Jun + 10 days = Fri 10 Jul.
    expect(dueOn).toBe('2026-07-10');
    expect(limit.law).toContain('26/2008/QH12');
    expect(limit.citation).toContain('Điều 45');
    expect(limit.verification.status).toBe('VERIFIED');
  });

  it('uses Law 106/2025/QH15 for an event on 1 July 2026, flagged as not verified', () => {
    const { dueOn, limit } = computeDueDate('VOLUNTARY_COMPLIANCE', '2026-07-01');
    // Wed 1 Jul + 10 days = Sat 11 Jul -> Mon 13 Jul. Same figure (10 days), different law.
    expect(dueOn).toBe('2026-07-13');
    expect(limit.law).toContain('106/2025/QH15');
    expect(limit.inForceFrom).toBe('2026-07-01');
    expect(limit.verification.status).toBe('NOT_VERIFIED');
  });

  it('computes the core stages with their units', () => {
    // Enforcement decision: Tue 30 Jun 2026 + 5 working days: Wed 1, Thu 2, Fri 3, Mon 6, Tue 7 Jul.
    expect(computeDueDate('ENFORCEMENT_DECISION', '2026-06-30').dueOn).toBe('2026-07-07');
    // Notification: Thu 12 Feb 2026 + 3 working days: Fri 13, Mon 23, Tue 24 Feb.
    expect(computeDueDate('NOTIFICATION', '2026-02-12').dueOn).toBe('2026-02-24');
    // Verification: voluntary period ended Fri 10 Jul 2026; + 10 days = Mon 20 Jul.
    expect(computeDueDate('VERIFICATION', '2026-07-10').dueOn).toBe('2026-07-20');
    // Periodic re-verification (2008 law): 31 Mar 2026 + 6 months = Wed 30 Sep 2026.
    expect(computeDueDate('PERIODIC_REVERIFICATION', '2026-03-31').dueOn).toBe('2026-09-30');
    expect(limitInForce('ENFORCEMENT_DECISION', '2026-06-30')).toMatchObject({ amount: 5, unit: 'WORKING_DAYS' });
    expect(limitInForce('NOTIFICATION', '2026-06-30')).toMatchObject({ amount: 3, unit: 'WORKING_DAYS' });
    expect(limitInForce('VERIFICATION', '2026-06-30')).toMatchObject({ amount: 10, unit: 'DAYS' });
  });

  it('refuses a stage whose rule under the new law was not verified instead of guessing', () => {
    expect(limitInForce('POSTPONEMENT_DECISION', '2026-06-30').amount).toBe(5);
    expect(() => computeDueDate('POSTPONEMENT_DECISION', '2026-07-01')).toThrow(NoStatutoryLimitError);
    expect(() => limitInForce('POSTPONEMENT_DECISION', '2026-07-01')).toThrow(/106\/2025\/QH15/);
  });
});

describe('the date in Vietnam', () => {
  it('reads the calendar date in Asia/Ho_Chi_Minh (UTC+7)', () => {
    // 18:30 UTC on 1 Mar = 01:30 on 2 Mar in Hà Nội.
    expect(todayInVietnam(new Date('2026-03-01T18:30:00Z'))).toBe('2026-03-02');
    // 16:59:59 UTC = 23:59:59 the same day; 17:00 UTC = midnight, the next day.
    expect(todayInVietnam(new Date('2026-03-01T16:59:59Z'))).toBe('2026-03-01');
    expect(todayInVietnam(new Date('2026-03-01T17:00:00Z'))).toBe('2026-03-02');
  });

  it('does not depend on the server’s time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles'; // 10:30 on 1 Mar there
      expect(todayInVietnam(new Date('2026-03-01T18:30:00Z'))).toBe('2026-03-02');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('rejected dates', () => {
  it('rejects impossible dates with a clear error', () => {
    expect(() => parseIsoDate('2026-02-30')).toThrow(InvalidDateError);
    expect(() => parseIsoDate('2026-02-30')).toThrow(/2026-02-30 does not exist/);
    expect(() => parseIsoDate('2025-02-29')).toThrow(/does not exist/); // 2025 is not a leap year
    expect(() => parseIsoDate('2026-13-01')).toThrow(/no month 13/);
    expect(() => parseIsoDate('2026-2-3')).toThrow(/YYYY-MM-DD/);
    expect(() => parseIsoDate('2026-03-01T00:00:00Z')).toThrow(InvalidDateError);
    expect(parseIsoDate('2028-02-29')).toBe('2028-02-29'); // a real date, even if beyond the calendar
    expect(() => addWorkingDays('2026-04-31', 1)).toThrow(InvalidDateError);
  });

  it('rejects dates outside the years the calendar covers', () => {
    expect(CALENDAR_COVERAGE).toMatchObject({ from: '2025-01-01', to: '2027-12-31', years: [2025, 2026, 2027] });
    expect(() => isWorkingDay('2024-12-31')).toThrow(DateOutsideCalendarError);
    expect(() => addCalendarDays('2028-01-03', 1)).toThrow(/outside the official calendar/);
    // Thu 30 Dec 2027 + 5 working days: Fri 31 Dec (1), then 2028, whose holidays are not known.
    expect(() => addWorkingDays('2027-12-30', 5)).toThrow(DateOutsideCalendarError);
    expect(addWorkingDays('2027-12-30', 1)).toBe('2027-12-31');
    expect(() => workingDaysBetween('2026-01-01', '2028-01-01')).toThrow(DateOutsideCalendarError);
  });

  it('rejects a negative or fractional count', () => {
    expect(() => addWorkingDays('2026-03-03', -1)).toThrow(RangeError);
    expect(() => addCalendarDays('2026-03-03', 1.5)).toThrow(RangeError);
  });
});

describe('calendar data', () => {
  it('marks the 2027 entries as statutory only', () => {
    const entries2027 = OFFICIAL_CALENDAR.filter((e) => e.date.startsWith('2027-'));
    expect(entries2027.length).toBeGreaterThan(0);
    for (const entry of entries2027) expect(entry.source).toContain('statutory; yearly notice not yet published');
    // Giỗ Tổ 2027, 10/3 âm lịch, falls on Fri 16 Apr 2027.
    expect(isWorkingDay('2027-04-16')).toBe(false);
  });

  it('gives every entry a source and a Vietnamese + English name', () => {
    for (const entry of OFFICIAL_CALENDAR) {
      expect(entry.source.length).toBeGreaterThan(0);
      expect(entry.name).toMatch(/\(.+\)/);
    }
  });
});
