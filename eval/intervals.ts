/**
 * How far a figure could move on another draw of articles like these: a percentile bootstrap over articles.
 * Quotes of one article share a writer and a style, so articles (not quotes) are resampled, with every quote
 * of a drawn article. The generator is seeded, so a run prints the same intervals every time.
 */

/** Resamples per interval: enough for a stable 2.5th/97.5th percentile to a tenth of a point. */
export const RESAMPLES = 1000;
const SEED = 0x5eed;
const LOW = 0.025;
const HIGH = 0.975;

export type Interval = readonly [low: number, high: number];
/** An interval per figure; a figure with nothing to measure (no reported quotes) has none. */
export type Intervals = Readonly<Record<string, Interval>>;

/** mulberry32: a small seeded generator, uniform in [0, 1). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/**
 * The 95% interval of each figure `measure` computes from a set of per-article results, over `resamples`
 * draws of as many articles with replacement.
 */
export function bootstrapIntervals<T>(
  items: readonly T[],
  measure: (sample: readonly T[]) => Readonly<Record<string, number | null>>,
  resamples = RESAMPLES,
): Intervals {
  if (items.length === 0) return {};
  const random = generator(SEED);
  const draws = new Map<string, number[]>();
  const sample = new Array<T>(items.length);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < items.length; i++) sample[i] = items[Math.floor(random() * items.length)]!;
    for (const [key, value] of Object.entries(measure(sample))) {
      if (value === null) continue;
      const list = draws.get(key) ?? [];
      list.push(value);
      draws.set(key, list);
    }
  }
  const out: Record<string, Interval> = {};
  for (const [key, values] of draws) {
    // A figure that is undefined in most draws (a set with a handful of reported quotes) gets no interval.
    if (values.length < resamples / 2) continue;
    values.sort((a, b) => a - b);
    out[key] = [percentile(values, LOW), percentile(values, HIGH)];
  }
  return out;
}
