// Vietnam's official calendar of days off and make-up working days, as data.
//
// Whose calendar: the schedule of cadres, civil servants and public employees (cán bộ, công chức, viên chức), which
// civil judgment enforcement agencies work to. Saturdays and Sundays are the weekly rest days and are not listed;
// only the exceptions are: public holidays (including those falling on a weekend), days in lieu, weekdays swapped
// into days off, and Saturdays swapped into working days.
//
// Legal basis: Bộ luật Lao động 2019 (Labour Code, 45/2019/QH14) Điều 112 khoản 1 lists the 11 paid holidays
// (Tết Dương lịch 1 day; Tết Âm lịch 5 days; Giỗ Tổ Hùng Vương 10/3 âm lịch 1 day; 30/4 1 day; 1/5 1 day;
// Quốc khánh 2 days: 2/9 and one adjacent day); Điều 112 khoản 3 lets the Prime Minister fix the Tết days and the day
// adjacent to 2/9 each year; Điều 111 khoản 3 gives a day in lieu on the next working day when a holiday falls on a
// weekly rest day. The Prime Minister's decision (a Government Office công văn) and the ministry's notice
// (Bộ LĐTBXH until 2025, Bộ Nội vụ since) fix each year's Tết and any swapped days.
//
// Not a holiday yet: 24/11 "Ngày Văn hóa Việt Nam" (Politburo Resolution 80-NQ/TW, Government Resolution 30/NQ-CP of
// 02/2026 asks to amend Labour Code Art. 112(1)). Add it here once the amended Labour Code is in force.
//
// Extending: a new year is appended as its own block of entries; the calendar covers exactly the years that have
// entries (see CALENDAR_COVERAGE in working-days.ts), so a year must be added whole and in order.

/** What a listed date is. Anything not listed is a working day from Monday to Friday and a day off at the weekend. */
export type CalendarEntryKind =
  /** Ngày nghỉ lễ, Tết: a paid public holiday (also listed when it falls on a weekend). */
  | 'PUBLIC_HOLIDAY'
  /** Ngày nghỉ bù: the working day given off because a holiday fell on a weekly rest day. */
  | 'DAY_IN_LIEU'
  /** Ngày làm việc hoán đổi thành ngày nghỉ: a weekday made a day off by the government's swap decision. */
  | 'SWAPPED_DAY_OFF'
  /** Ngày làm bù: a Saturday made a working day to pay back a swapped day off. */
  | 'MAKEUP_WORKING_DAY';

export interface CalendarEntry {
  /** Calendar date, YYYY-MM-DD. */
  readonly date: string;
  readonly kind: CalendarEntryKind;
  /** Vietnamese name, then English. */
  readonly name: string;
  /** The document that makes this date what it is. */
  readonly source: string;
}

const LABOUR_CODE_HOLIDAYS = 'Bộ luật Lao động 2019 Điều 112 khoản 1';
const LABOUR_CODE_DAY_IN_LIEU = 'Bộ luật Lao động 2019 Điều 111 khoản 3';

// 2025: Prime Minister's decision in Công văn 8726/VPCP-KGVX of 26/11/2024, announced by MOLISA's
// Thông báo 6150/TB-LĐTBXH (11/2024): Tết 25/1–2/2 with the five Tết days on Mon 27/1–Fri 31/1; 30/4–4/5 with
// Fri 2/5 swapped for Sat 26/4; Quốc khánh 30/8–2/9 with the holidays on Mon 1/9 and Tue 2/9.
const NOTICE_2025 = 'Công văn 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-LĐTBXH (2024) của Bộ LĐTBXH';

// 2026: Tết Dương lịch by Công văn 12729/VPCP-KGVX of 25/12/2025 (Thu 1/1 off, Fri 2/1 swapped for Sat 10/1);
// Tết and Quốc khánh by Công văn 9859/VPCP-KGVX of 13/10/2025 and Bộ Nội vụ's Thông báo 9441/TB-BNV of 16/10/2025
// (Tết 14/2–22/2 with the five Tết days on Mon 16/2–Fri 20/2; Quốc khánh 29/8–2/9 with the holidays on Tue 1/9 and
// Wed 2/9, Mon 31/8 swapped for Sat 22/8). Giỗ Tổ falls on Sunday 26/4, so Monday 27/4 is the day in lieu.
const NOTICE_2026_NEW_YEAR = 'Công văn 12729/VPCP-KGVX ngày 25/12/2025';
const NOTICE_2026 = 'Công văn 9859/VPCP-KGVX ngày 13/10/2025; Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ';

// 2027: no notice yet. Dates follow the Labour Code and the lunar calendar (Mùng 1 Tết Đinh Mùi = Sat 6/2/2027,
// the last day of the year Bính Ngọ = Fri 5/2/2027 since that month has 29 days; Giỗ Tổ 10/3 âm lịch = Fri 16/4/2027).
// Two choices the Prime Minister makes each year are assumed and said so in `source`: the five Tết days
// (assumed: the last day of the old year and Mùng 1–4, as in 2026) and the day adjacent to 2/9 (assumed: Fri 3/9).
// Replace this block with the published schedule when it appears.
const STATUTORY_2027 = 'statutory; yearly notice not yet published';

export const OFFICIAL_CALENDAR: readonly CalendarEntry[] = [
  // ---- 2025 ----
  { date: '2025-01-01', kind: 'PUBLIC_HOLIDAY', name: 'Tết Dương lịch (New Year’s Day)', source: LABOUR_CODE_HOLIDAYS },
  { date: '2025-01-27', kind: 'PUBLIC_HOLIDAY', name: 'Tết Nguyên đán, 28 tháng Chạp (Lunar New Year)', source: NOTICE_2025 },
  { date: '2025-01-28', kind: 'PUBLIC_HOLIDAY', name: 'Tết Nguyên đán, 29 tháng Chạp (Lunar New Year’s Eve)', source: NOTICE_2025 },
  { date: '2025-01-29', kind: 'PUBLIC_HOLIDAY', name: 'Tết Nguyên đán, Mùng 1 (Lunar New Year’s Day)', source: NOTICE_2025 },
  { date: '2025-01-30', kind: 'PUBLIC_HOLIDAY', name: 'Tết Nguyên đán, Mùng 2 (Lunar New Year)', source: NOTICE_2025 },
  { date: '2025-01-31', kind: 'PUBLIC_HOLIDAY', name: 'Tết Nguyên đán, Mùng 3 (Lunar New Year)', source: NOTICE_2025 },
  { date: '2025-04-07', kind: 'PUBLIC_HOLIDAY', name: 'Giỗ Tổ Hùng Vương, 10/3 âm lịch (Hung Kings’ Commemoration)', source: LABOUR_CODE_HOLIDAYS },
  { date: '2025-04-26', kind: 'MAKEUP_WORKING_DAY', name: 'Làm bù cho thứ Sáu 2/5 (make-up working Saturday for Fri 2 May)', source: NOTICE_2025 },
  { date: '2025-04-30', kind: 'PUBLIC_HOLIDAY', name: 'Ngày Chiến thắng 30/4 (Reunification Day)', source: LABOUR_CODE_HOLIDAYS },
  { date: '2025-05-01', kind: 'PUBLIC_HOLIDAY', name: 'Ngày Quốc tế Lao động 1/5 (International Workers’ Day)', source: LABOUR_CODE_HOLIDAYS },
  { date: '2025-05-02', kind: 'SWAPPED_DAY_OFF', name: 'Nghỉ hoán đổi với thứ Bảy 26/4 (day off swapped with Sat 26 April)', source: NOTICE_2025 },
  { date: '2025-09-01', kind: 'PUBLIC_HOLIDAY', name: 'Quốc khánh, ngày liền kề 2/9 (National Day holiday)', source: NOTICE_2025 },
  { date: '2025-09-02', kind: 'PUBLIC_HOLIDAY', name: 'Quốc khánh 2/9 (National Day)', source: LABOUR_CODE_HOLIDAYS },

  // ---- 2026 ----
  { date: '2026-01-01', kind: 'PUBLIC_HOLIDAY', name: 'Tết Dương lịch (New Year’s Day)', source: LABOUR_CODE_HOLIDAYS },
  { date: '2026-01-02', kind: 'SWAPPED_DAY_OFF', name: 'Nghỉ hoán đổi với thứ Bảy 10/1 (day off swapped with Sat 10 January)', source: NOTICE_2026_NEW_YEAR },
  { date: '2026-01-10', kind: 'MAKEUP_WORKING_DAY', name: 'Làm bù cho thứ Sáu 2/1 (make-up working Saturday for Fri 2 January)', source: NOTICE_2026_NEW_YEAR },
  { date: '2026-02-16', kind: 'PUBLIC_HOLIDAY', name: 'Tết Nguyên đán, 29 tháng Chạp (Lunar New Year’s Eve)', source: NOTICE_2026 },
  { date: '2026-02-17', kind: 'PUBLIC_HOLIDAY', name: 'Tết Nguyên đán, Mùng 1 (Lunar New Year’s Day)', source: NOTICE_2026 },
  { date: '2026-02-18', kind: 'PUBLIC_HOLIDAY', name: 'Tết Nguyên đán, Mùng 2 (Lunar New Year)', source: NOTICE_2026 },
  { date: '2026-02-19', kind: 'PUBLIC_HOLIDAY', name: 'Tết Nguyên đán, Mùng 3 (Lunar New Year)', source: NOTICE_2026 },
  { date: '2026-02-20', kind: 'PUBLIC_HOLIDAY', name: 'Tết Nguyên đán, Mùng 4 (Lunar New Year)', source: NOTICE_2026 },
  { date: '2026-04-26', kind: 'PUBLIC_HOLIDAY', name: 'Giỗ Tổ Hùng Vương, 10/3 âm lịch (Hung Kings’ Commemoration)', source: LABOUR_CODE_HOLIDAYS },
  { date: '2026-04-27', kind: 'DAY_IN_LIEU', name: 'Nghỉ bù Giỗ Tổ Hùng Vương (day in lieu for the Hung Kings’ Commemoration)', source: LABOUR_CODE_DAY_IN_LIEU },
  { date: '2026-04-30', kind: 'PUBLIC_HOLIDAY', name: 'Ngày Chiến thắng 30/4 (Reunification Day)', source: LABOUR_CODE_HOLIDAYS },
  { date: '2026-05-01', kind: 'PUBLIC_HOLIDAY', name: 'Ngày Quốc tế Lao động 1/5 (International Workers’ Day)', source: LABOUR_CODE_HOLIDAYS },
  { date: '2026-08-22', kind: 'MAKEUP_WORKING_DAY', name: 'Làm bù cho thứ Hai 31/8 (make-up working Saturday for Mon 31 August)', source: NOTICE_2026 },
  { date: '2026-08-31', kind: 'SWAPPED_DAY_OFF', name: 'Nghỉ hoán đổi với thứ Bảy 22/8 (day off swapped with Sat 22 August)', source: NOTICE_2026 },
  { date: '2026-09-01', kind: 'PUBLIC_HOLIDAY', name: 'Quốc khánh, ngày liền kề 2/9 (National Day holiday)', source: NOTICE_2026 },
  { date: '2026-09-02', kind: 'PUBLIC_HOLIDAY', name: 'Quốc khánh 2/9 (National Day)', source: LABOUR_CODE_HOLIDAYS },

  // ---- 2027 (statutory only) ----
  { date: '2027-01-01', kind: 'PUBLIC_HOLIDAY', name: 'Tết Dương lịch (New Year’s Day)', source: `${STATUTORY_2027}; ${LABOUR_CODE_HOLIDAYS}` },
  { date: '2027-02-05', kind: 'PUBLIC_HOLIDAY', name: 'Tết Nguyên đán, 29 tháng Chạp (Lunar New Year’s Eve)', source: `${STATUTORY_2027}; ${LABOUR_CODE_HOLIDAYS}; Tết days assumed (last day of the year + Mùng 1–4)` },
  { date: '2027-02-06', kind: 'PUBLIC_HOLIDAY', name: 'Tết Nguyên đán, Mùng 1 (Lunar New Year’s Day)', source: `${STATUTORY_2027}; ${LABOUR_CODE_HOLIDAYS}` },
  { date: '2027-02-07', kind: 'PUBLIC_HOLIDAY', name: 'Tết Nguyên đán, Mùng 2 (Lunar New Year)', source: `${STATUTORY_2027}; ${LABOUR_CODE_HOLIDAYS}` },
  { date: '2027-02-08', kind: 'PUBLIC_HOLIDAY', name: 'Tết Nguyên đán, Mùng 3 (Lunar New Year)', source: `${STATUTORY_2027}; ${LABOUR_CODE_HOLIDAYS}` },
  { date: '2027-02-09', kind: 'PUBLIC_HOLIDAY', name: 'Tết Nguyên đán, Mùng 4 (Lunar New Year)', source: `${STATUTORY_2027}; ${LABOUR_CODE_HOLIDAYS}; Tết days assumed (last day of the year + Mùng 1–4)` },
  { date: '2027-02-10', kind: 'DAY_IN_LIEU', name: 'Nghỉ bù Mùng 1 Tết trùng thứ Bảy (day in lieu for Lunar New Year’s Day on a Saturday)', source: `${STATUTORY_2027}; ${LABOUR_CODE_DAY_IN_LIEU}` },
  { date: '2027-02-11', kind: 'DAY_IN_LIEU', name: 'Nghỉ bù Mùng 2 Tết trùng Chủ nhật (day in lieu for the Lunar New Year holiday on a Sunday)', source: `${STATUTORY_2027}; ${LABOUR_CODE_DAY_IN_LIEU}` },
  { date: '2027-04-16', kind: 'PUBLIC_HOLIDAY', name: 'Giỗ Tổ Hùng Vương, 10/3 âm lịch (Hung Kings’ Commemoration)', source: `${STATUTORY_2027}; ${LABOUR_CODE_HOLIDAYS}` },
  { date: '2027-04-30', kind: 'PUBLIC_HOLIDAY', name: 'Ngày Chiến thắng 30/4 (Reunification Day)', source: `${STATUTORY_2027}; ${LABOUR_CODE_HOLIDAYS}` },
  { date: '2027-05-01', kind: 'PUBLIC_HOLIDAY', name: 'Ngày Quốc tế Lao động 1/5 (International Workers’ Day)', source: `${STATUTORY_2027}; ${LABOUR_CODE_HOLIDAYS}` },
  { date: '2027-05-03', kind: 'DAY_IN_LIEU', name: 'Nghỉ bù 1/5 trùng thứ Bảy (day in lieu for Workers’ Day on a Saturday)', source: `${STATUTORY_2027}; ${LABOUR_CODE_DAY_IN_LIEU}` },
  { date: '2027-09-02', kind: 'PUBLIC_HOLIDAY', name: 'Quốc khánh 2/9 (National Day)', source: `${STATUTORY_2027}; ${LABOUR_CODE_HOLIDAYS}` },
  { date: '2027-09-03', kind: 'PUBLIC_HOLIDAY', name: 'Quốc khánh, ngày liền kề 2/9 (National Day holiday)', source: `${STATUTORY_2027}; ${LABOUR_CODE_HOLIDAYS}; adjacent day assumed (3/9)` },
];
