/**
 * Calendar dates as judgments write them: "ngày 15 tháng 3 năm 2025", "15/3/2025", "15-3-2025", "15 - 03 - 2025",
 * "15.3.2025". Impossible dates (31/4, 29/2 of a common year) are not dates.
 */

export interface DateMatch {
  /** YYYY-MM-DD */
  iso: string;
  start: number;
  end: number;
}

const WORDED = /(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4})(?!\d)/giu;
const NUMERIC = /(?<![\d/.])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/])/gu;

export function toIsoDate(day: number, month: number, year: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every valid date in `text`, in order of position. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const m of text.matchAll(WORDED)) {
    const iso = toIsoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) found.push({ iso, start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(NUMERIC)) {
    const iso = toIsoDate(Number(m[1]), Number(m[3]), Number(m[4]));
    if (iso) found.push({ iso, start: m.index!, end: m.index! + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first date that starts within `maxDistance` characters after `from`. */
export function dateNear(text: string, from: number, maxDistance: number): DateMatch | null {
  const window = text.slice(from, from + maxDistance + 40);
  const first = findDates(window).find((d) => d.start <= maxDistance);
  return first ? { iso: first.iso, start: from + first.start, end: from + first.end } : null;
}
