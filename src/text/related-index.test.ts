import { describe, expect, test } from 'vitest';
import { articleFeatures } from './features.js';
import { RelatedIndex } from './related-index.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

const ARTICLES = [
  {
    id: 1,
    title: 'US and Russia hold Geneva talks',
    body: 'Wendy Sherman and Sergei Ryabkov held security talks in Geneva about NATO and Ukraine.',
  },
  {
    id: 2,
    title: 'Russia demands NATO guarantees',
    body: 'Sergei Ryabkov said Russia wanted guarantees that NATO would not expand into Ukraine.',
  },
  {
    id: 3,
    title: 'Arsenal beat Chelsea',
    body: 'Arsenal beat Chelsea 2-1 in the Premiership with a late goal from the striker.',
  },
  {
    id: 4,
    title: 'Chelsea manager praises striker',
    body: 'The Chelsea manager praised his striker after the Premiership match against Arsenal.',
  },
  {
    id: 5,
    title: 'Oil prices climb',
    body: 'Crude oil prices climbed as Opec met in Vienna to discuss output.',
  },
];

function build(): RelatedIndex {
  const index = new RelatedIndex();
  for (const a of ARTICLES) index.add(a.id, articleFeatures(a), T0 + a.id * DAY, []);
  return index;
}

describe('articleFeatures', () => {
  test('is compact and JSON-serialisable', () => {
    const f = articleFeatures(ARTICLES[0]!);
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
    expect(f.terms.length).toBeLessThanOrEqual(50);
    expect(f.terms.map(([t]) => t)).toContain('geneva');
    expect(f.terms.map(([t]) => t)).not.toContain('and');
    expect(f.entities).toContain('wendy-sherman');
    expect(f.length).toBeGreaterThan(10);
  });

  test('stems inflections together', () => {
    const f = articleFeatures({ title: 'Talks', body: 'talks talking talked' });
    expect(f.terms[0]![0]).toBe('talk');
  });
});

describe('RelatedIndex', () => {
  test.each([
    [1, 2],
    [2, 1],
    [3, 4],
    [4, 3],
  ])('article %i is most related to %i', (id, expected) => {
    expect(build().related(id, 3)[0]?.id).toBe(expected);
  });

  test('never returns the query article and respects k', () => {
    const hits = build().related(1, 2);
    expect(hits.length).toBeLessThanOrEqual(2);
    expect(hits.map((h) => h.id)).not.toContain(1);
  });

  test('removed articles disappear', () => {
    const index = build();
    expect(index.remove(2)).toBe(true);
    expect(index.remove(2)).toBe(false);
    expect(index.related(1, 5).map((h) => h.id)).not.toContain(2);
    expect(index.related(2)).toEqual([]);
    expect(index.size).toBe(4);
  });

  test('re-adding an id replaces it', () => {
    const index = build();
    index.add(5, articleFeatures(ARTICLES[2]!), T0, []);
    expect(index.size).toBe(5);
    expect(index.related(5, 1)[0]?.id).toBe(3);
  });

  test('shared tags count', () => {
    const index = new RelatedIndex();
    const f = { version: 1, terms: [['alpha', 1]] as [string, number][], entities: [], length: 1 };
    const g = { version: 1, terms: [['beta', 1]] as [string, number][], entities: [], length: 1 };
    index.add(1, f, T0, ['Budget']);
    index.add(2, g, T0, ['Budget']);
    index.add(3, g, T0, []);
    expect(index.related(1, 5).map((h) => h.id)).toEqual([2]);
  });

  test('recency decay prefers the closer of two equal matches', () => {
    const index = new RelatedIndex();
    const f = articleFeatures(ARTICLES[0]!);
    index.add(1, f, T0, []);
    index.add(2, f, T0 - 400 * DAY, []);
    index.add(3, f, T0 - 2 * DAY, []);
    expect(index.related(1, 2).map((h) => h.id)).toEqual([3, 2]);
    expect(index.related(1, 2, { now: T0 - 400 * DAY }).map((h) => h.id)).toEqual([2, 3]);
  });

  test('compacts after many removals and keeps answering', () => {
    const index = new RelatedIndex();
    const f = articleFeatures(ARTICLES[2]!);
    for (let i = 0; i < 200; i++) index.add(i, f, T0 + i, []);
    for (let i = 0; i < 150; i++) index.remove(i);
    expect(index.size).toBe(50);
    const hits = index.related(199, 5);
    expect(hits).toHaveLength(5);
    for (const h of hits) expect(h.id).toBeGreaterThanOrEqual(150);
  });

  test('tolerates malformed features', () => {
    const index = new RelatedIndex();
    index.add(1, { version: 1, terms: [['x', Number.NaN]], entities: [], length: 0 }, Number.NaN, []);
    expect(index.related(1)).toEqual([]);
  });
});

test('scores(q, ds) are the scores related(q) gives, and 0 for no shared terms or itself', () => {
  const index = build();
  for (const a of ARTICLES) {
    const hits = index.related(a.id, 5);
    expect(
      index.scores(
        a.id,
        hits.map((hit) => hit.id),
      ),
    ).toEqual(hits.map((hit) => hit.score));
    expect(index.scores(a.id, [a.id])).toEqual([0]);
  }
  expect(index.scores(1, [5, 999])).toEqual([0, 0]);
});
