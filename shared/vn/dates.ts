// The legal calendar date: what day it is in Asia/Ho_Chi_Minh, whatever the server's own time zone.
const vietnamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/** YYYY-MM-DD in Vietnam at the instant `now`. */
export function vietnamDateOf(now: Date = new Date()): string {
  return vietnamDate.format(now);
}
