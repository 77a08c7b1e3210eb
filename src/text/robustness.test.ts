import { describe, expect, test } from 'vitest';
import { analyze, articleFeatures, suggestTags } from './index.js';

const FIVE_MB = 5 * 1024 * 1024;

function garbage(n: number): string {
  let seed = 42;
  let s = '';
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    s += String.fromCharCode(seed % 0xffff);
  }
  return s;
}

function bigArticle(): string {
  const paragraph =
    'Deputy Foreign Minister Sergei Ryabkov met Wendy Sherman in Geneva. "We are ready to talk about security in Europe," he said. Sherman said the talks were useful.\n\n';
  return paragraph.repeat(Math.ceil(FIVE_MB / paragraph.length));
}

describe('bad input', () => {
  test.each([
    ['empty body', { body: '' }],
    ['whitespace only', { title: '  ', body: '\n\n\t ' }],
    ['binary garbage', { title: garbage(200), body: garbage(100_000) }],
    ['control characters', { body: '\u0000\u0001Sherman\u0007 said: "\u0000 we are ready to go"' }],
    ['unbalanced quotes', { body: 'He said "this never closes.\n\n" and "stray " marks "everywhere' }],
    ['only quote marks', { body: '"'.repeat(100_000) }],
    [
      'german',
      { title: 'Merkel trifft Putin', body: 'Bundeskanzlerin Angela Merkel sagte: „Wir sind bereit.“' },
    ],
    ['chinese', { body: '中国外交部发言人说：“我们愿意谈判。”' }],
    ['arabic', { body: 'قال الوزير إن المحادثات كانت مفيدة' }],
    ['emoji and surrogates', { body: '😀 "Great news for everyone here," 🎉 said \ud800 Smith.' }],
    ['no spaces', { body: 'A'.repeat(200_000) }],
  ])('%s gives a clean result', (_name, input) => {
    const r = analyze(input);
    expect(Array.isArray(r.entities) && Array.isArray(r.tags) && Array.isArray(r.quotes)).toBe(true);
    expect(() => JSON.stringify(r)).not.toThrow();
    expect(Array.isArray(suggestTags(input))).toBe(true);
    expect(articleFeatures(input).terms.length).toBeLessThanOrEqual(50);
  });

  test('empty body gives empty results', () => {
    expect(analyze({ body: '' })).toEqual({ entities: [], tags: [], quotes: [], textTags: [] });
  });

  test.each([
    ['null', null],
    ['a string', 'text'],
    ['a number body', { body: 42 }],
    ['a non-string title', { title: 7, body: 'x' }],
  ])('throws a clear TypeError for %s', (_name, input) => {
    expect(() => analyze(input as never)).toThrow(TypeError);
    expect(() => suggestTags(input as never)).toThrow(TypeError);
    expect(() => articleFeatures(input as never)).toThrow(TypeError);
  });

  test('a 5 MB article finishes within a few seconds', () => {
    const body = bigArticle();
    expect(body.length).toBeGreaterThanOrEqual(FIVE_MB);
    const t0 = performance.now();
    const r = analyze({ title: 'Geneva talks', body });
    suggestTags({ body });
    articleFeatures({ body });
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(r.entities.find((e) => e.name === 'Sergei Ryabkov')).toBeDefined();
    for (const q of r.quotes) expect(q.end).toBeLessThanOrEqual(body.length);
  });

  test('pathological repetition stays linear', () => {
    const t0 = performance.now();
    for (const body of [
      'A. '.repeat(300_000),
      'a-'.repeat(500_000),
      "'s ".repeat(300_000),
      '“'.repeat(300_000),
      'Mr '.repeat(300_000),
    ]) {
      analyze({ body });
    }
    expect(performance.now() - t0).toBeLessThan(8_000);
  });
});
