import { describe, expect, it } from 'vitest';
import { bootstrapIntervals } from '../eval/intervals.js';

/** The share of `true` items: a stand-in for a figure computed from per-article results. */
const share = (xs: readonly boolean[]) => ({
  share: xs.length ? xs.filter(Boolean).length / xs.length : null,
});
const items = (hits: number, total: number) => Array.from({ length: total }, (_, i) => i < hits);

describe('bootstrapIntervals', () => {
  it('gives the same interval on every run', () => {
    expect(bootstrapIntervals(items(30, 41), share)).toEqual(bootstrapIntervals(items(30, 41), share));
  });

  it('brackets the figure, and narrows as the articles grow', () => {
    const small = bootstrapIntervals(items(36, 41), share).share!;
    const large = bootstrapIntervals(items(360, 410), share).share!;
    for (const [lo, hi] of [small, large]) {
      expect(lo).toBeLessThan(36 / 41);
      expect(hi).toBeGreaterThan(36 / 41);
    }
    expect(large[1] - large[0]).toBeLessThan((small[1] - small[0]) / 2);
  });

  it('has no width when every article scores the same', () => {
    expect(bootstrapIntervals(items(20, 20), share).share).toEqual([1, 1]);
  });

  it('leaves out a figure most draws cannot measure, and an empty set', () => {
    const rare = (xs: readonly boolean[]) => ({ rare: xs.filter(Boolean).length >= 2 ? 1 : null });
    expect(bootstrapIntervals(items(1, 40), rare)).toEqual({});
    expect(bootstrapIntervals([], share)).toEqual({});
  });
});
