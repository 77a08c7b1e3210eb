import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

export interface DateFormatter {
  /** The newsroom's dateline: `January 11, 2022, Tuesday // 10:20` by default. */
  dateline(iso: string): string;
  /** A short date for lists: `11 Jan 2022`. */
  short(iso: string): string;
}

/** Formats stored UTC timestamps in the newsroom's own time zone. */
export function createDateFormatter(timeZone: string, datelinePattern: string): DateFormatter {
  const inZone = (iso: string) => new TZDate(new Date(iso), timeZone);
  // Lists print many dates per page: Intl's formatter is built once and is several times faster.
  const short = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  });
  return {
    dateline: (iso) => (iso ? format(inZone(iso), datelinePattern) : ''),
    short: (iso) => (iso ? short.format(new Date(iso)) : ''),
  };
}

const NUMBER = new Intl.NumberFormat('en-US');
export const formatCount = (n: number) => NUMBER.format(n);
