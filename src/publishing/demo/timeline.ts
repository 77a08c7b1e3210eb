import { hash01, type Random } from './random.js';
import { DAY, sofiaDayNumber, sofiaInstant } from './sofia-time.js';

/** Days covered by `count` articles ending at `until`. */
export function spanDays(count: number): number {
  return Math.max(90, Math.ceil(count / 40));
}

/** Relative output of a Sofia day: quieter weekends, some day-to-day noise. */
function dayWeight(day: number, seed: number): number {
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday
  const base = weekday === 6 ? 0.6 : weekday === 0 ? 0.5 : 1;
  return base * (0.75 + 0.5 * hash01(seed, day));
}

/** Local hour of publication: mostly 06:00–22:00, peaking around midday. */
function sampleHour(r: Random): number {
  const u = r.next();
  if (u < 0.05) return r.next() * 6;
  if (u < 0.09) return 22 + r.next() * 2;
  return 6 + ((r.next() + r.next() + r.next()) / 3) * 16;
}

/**
 * `count` publication instants in increasing order, all before `until`, spread over the last
 * `spanDays(count)` Sofia days. Buffers one day at a time, so memory stays constant.
 */
export function* timeline(count: number, until: Date, r: Random, seed: number): Generator<Date> {
  if (count <= 0) return;
  const untilMs = until.getTime();
  const lastDay = sofiaDayNumber(untilMs - 1);
  const firstDay = lastDay - spanDays(count) + 1;
  const lastDayFraction = Math.max(0, (untilMs - sofiaInstant(lastDay, 0)) / DAY);
  const weight = (day: number) => dayWeight(day, seed) * (day === lastDay ? Math.min(1, lastDayFraction) : 1);

  let total = 0;
  for (let day = firstDay; day <= lastDay; day++) total += weight(day);

  let cumulative = 0;
  let emitted = 0;
  let previous = Number.NEGATIVE_INFINITY;
  for (let day = firstDay; day <= lastDay; day++) {
    cumulative += weight(day);
    const upTo = day === lastDay ? count : Math.min(count, Math.round((cumulative / total) * count));
    const k = upTo - emitted;
    if (k <= 0) continue;
    emitted = upTo;
    const start = sofiaInstant(day, 0);
    const end = Math.min(sofiaInstant(day + 1, 0), untilMs);
    const times: number[] = [];
    for (let i = 0; i < k; i++) {
      let t = sofiaInstant(day, sampleHour(r));
      if (t < start || t >= end) t = start + r.next() * (end - start);
      times.push(Math.floor(t / 1000) * 1000);
    }
    times.sort((a, b) => a - b);
    // Unique, increasing, and still before `until` and after the previous day.
    for (let i = 0; i < k; i++) {
      const t = times[i] as number;
      times[i] = Math.max(t, previous + 1000);
      previous = times[i] as number;
    }
    for (let i = k - 1; i >= 0; i--) {
      const limit = i === k - 1 ? untilMs - 1000 : (times[i + 1] as number) - 1000;
      if ((times[i] as number) > limit) times[i] = limit;
    }
    for (const t of times) yield new Date(t);
    previous = times[k - 1] as number;
  }
}
