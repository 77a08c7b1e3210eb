import { describe, expect, it } from 'vitest';
import { createDateFormatter, formatCount } from './format.js';

describe('createDateFormatter', () => {
  it('writes the default dateline in Sofia time', () => {
    const format = createDateFormatter('Europe/Sofia', 'MMMM d, yyyy, EEEE // HH:mm');
    expect(format.dateline('2022-01-11T08:20:00.000Z')).toBe('January 11, 2022, Tuesday // 10:20');
  });

  it('writes short list dates in the newsroom zone', () => {
    expect(createDateFormatter('Europe/Sofia', 'HH:mm').short('2022-01-11T22:30:00.000Z')).toBe(
      '12 Jan 2022',
    );
  });

  it('follows summer time and the configured zone and pattern', () => {
    expect(createDateFormatter('Europe/Sofia', 'HH:mm').dateline('2022-07-11T08:20:00.000Z')).toBe('11:20');
    expect(
      createDateFormatter('America/New_York', 'yyyy-MM-dd HH:mm').dateline('2022-01-11T08:20:00.000Z'),
    ).toBe('2022-01-11 03:20');
  });

  it('gives the same answers when timestamps repeat, beyond what it remembers', () => {
    const format = createDateFormatter('Europe/Sofia', 'yyyy-MM-dd HH:mm');
    const start = Date.UTC(2022, 0, 1);
    const iso = (i: number) => new Date(start + i * 60_000).toISOString();
    const first = Array.from({ length: 5000 }, (_, i) => format.dateline(iso(i)));
    expect(first[0]).toBe('2022-01-01 02:00');
    expect(first[4999]).toBe('2022-01-04 13:19');
    for (const i of [0, 17, 4999, 3000, 0]) expect(format.dateline(iso(i))).toBe(first[i]);
  });
});

describe('formatCount', () => {
  it('groups thousands like en-US', () => {
    for (const n of [0, 7, 999, 1000, 12345, 999999, 1000000, 1234567890, -1234, 1234.5]) {
      expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
    }
  });
});
