import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

export interface DateFormatter {
  /** The newsroom's dateline: `January 11, 2022, Tuesday // 10:20` by default. */
  dateline(iso: string): string;
  /** A short date for lists: `11 Jan 2022`. */
  short(iso: string): string;
}

/** Timestamps remembered per formatter: a page's worth many times over, a few hundred KB at most. */
const REMEMBERED = 4096;

/**
 * Remembers the last `REMEMBERED` results of a pure string function. Time-zone conversion costs
 * tens of microseconds a date, and the same timestamps (today's articles, related lists) come
 * back on every page.
 */
function remembered(compute: (iso: string) => string): (iso: string) => string {
  const results = new Map<string, string>();
  return (iso) => {
    let text = results.get(iso);
    if (text === undefined) {
      text = compute(iso);
      if (results.size >= REMEMBERED) results.delete(results.keys().next().value!);
      results.set(iso, text);
    }
    return text;
  };
}

/** Formats stored UTC timestamps in the newsroom's own time zone. */
export function createDateFormatter(timeZone: string, datelinePattern: string): DateFormatter {
  const short = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  });
  const dateline = remembered((iso) => format(new TZDate(new Date(iso), timeZone), datelinePattern));
  const shortDate = remembered((iso) => short.format(new Date(iso)));
  return {
    dateline: (iso) => (iso ? dateline(iso) : ''),
    short: (iso) => (iso ? shortDate(iso) : ''),
  };
}

const NUMBER = new Intl.NumberFormat('en-US');

/** `12,345`: counts (views) with thousands separators; whole non-negative counts skip Intl, which is slow. */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return NUMBER.format(n);
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}
