import { describe, expect, it } from 'vitest';
import { createDateFormatter } from './format.js';

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
});
