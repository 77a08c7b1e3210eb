/** Sofia local time (EET/EEST, EU daylight-saving rules) without a time-zone database. */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function lastSundayUtc(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0);
  return last - new Date(last).getUTCDay() * DAY;
}

/** UTC offset of Sofia in hours (2 or 3) at the given instant. */
export function sofiaOffsetHours(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const start = lastSundayUtc(year, 2) + HOUR; // last Sunday of March, 01:00 UTC
  const end = lastSundayUtc(year, 9) + HOUR; // last Sunday of October, 01:00 UTC
  return utcMs >= start && utcMs < end ? 3 : 2;
}

/** Wall-clock fields of Sofia local time, read through the UTC getters. */
export function sofiaWallClock(utcMs: number): Date {
  return new Date(utcMs + sofiaOffsetHours(utcMs) * HOUR);
}

/** Local day number (days since 1970-01-01 in Sofia) of an instant. */
export function sofiaDayNumber(utcMs: number): number {
  return Math.floor((utcMs + sofiaOffsetHours(utcMs) * HOUR) / DAY);
}

/** UTC instant of `hours` (fractional) after local midnight of Sofia day `day`. */
export function sofiaInstant(day: number, hours: number): number {
  const approx = day * DAY + hours * HOUR;
  return approx - sofiaOffsetHours(approx - 2 * HOUR) * HOUR;
}
