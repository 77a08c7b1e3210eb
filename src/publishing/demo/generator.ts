import { composeArticle } from './article.js';
import { AUTHORS } from './authors.js';
import { mixSeed, Random } from './random.js';
import { RecentSet } from './recent.js';
import { SECTIONS } from './sections.js';
import { timeline } from './timeline.js';
import type { DemoArticle, DemoNewsroom } from './types.js';

export const DEMO_SEED = 20220111;
export const DEFAULT_UNTIL = new Date('2026-11-01T12:00:00Z');

/** The fixed sections and staff that demo articles refer to (fresh copies on each call). */
export function demoNewsroom(): DemoNewsroom {
  return {
    sections: SECTIONS.map((s) => ({ ...s })),
    authors: AUTHORS.map(({ slug, name, bio }) => ({ slug, name, bio })),
  };
}

export interface DemoArticleOptions {
  count: number;
  seed?: number;
  until?: Date;
}

/**
 * Streams `count` demo articles, oldest first, all published before `until`.
 * Same seed, count and until always give identical output.
 */
export function* demoArticles(options: DemoArticleOptions): Generator<DemoArticle> {
  const { count, seed = DEMO_SEED, until = DEFAULT_UNTIL } = options;
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`count must be a non-negative integer: ${count}`);
  if (Number.isNaN(until.getTime())) throw new RangeError('until must be a valid date');
  const content = new Random(mixSeed(seed, 1));
  const clock = new Random(mixSeed(seed, 2));
  const recentTitles = new RecentSet(20_000);
  for (const publishedAt of timeline(count, until, clock, seed)) {
    yield composeArticle(content, publishedAt, until, recentTitles);
  }
}
