import { describe, expect, test } from 'vitest';
import { analyze, articleFeatures, createVocabulary, suggestTags } from './index.js';

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
    [
      'a headline opening with a naming verb',
      { title: "Call centre users 'lose patience'", body: 'Callers hang up.' },
    ],
    ['a body opening with a naming verb', { body: 'Dubbed "the Beast" by fans, he won again.' }],
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

// Every rule reads tokens around a cue; a cue at the very start or end of a text, or two cues in a row, once
// read past the token list ("Call centre users 'lose patience'" as a headline crashed `analyze`). Thousands of
// seeded random texts built from cue words, names, quote marks and punctuation must all analyse cleanly.
describe('random cue-word texts', () => {
  const WORDS = (
    'said says told added warned urged denied accused called dubbed branded labelled described quoted as saying ' +
    'Said Call Dubbed Urging According Quoted ' +
    'according to by who which that he she it they and but while Mr Mrs Dr Sir the a minister spokesman ' +
    'chancellor for of in on last year former Wendy Sherman Sergei Ryabkov Tony Blair Labour BBC Reuters ' +
    'Moscow US Washington Microsoft Russian American talks ready we are'
  ).split(' ');
  const MARKS = [
    '"',
    '\u201c',
    '\u201d',
    "'",
    '\u2018',
    '\u2019',
    ',',
    '.',
    ';',
    ':',
    '-',
    '(',
    ')',
    '\n\n',
    '?',
  ];
  const vocabulary = createVocabulary([
    { name: 'Wendy Sherman', type: 'person', articleCount: 4 },
    { name: 'Labour Party', type: 'organisation', articleCount: 9, aliases: ['Labour'] },
    { name: 'talks', type: 'topic', articleCount: 6 },
  ]);

  test('never throw', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const QUOTED = ['"we are ready to talk,"', '\u201ca disgrace\u201d', "'lose patience'", '"cowards".'];
    const piece = () => {
      const kind = next(6);
      if (kind === 0) return QUOTED[next(QUOTED.length)];
      return kind === 1 ? MARKS[next(MARKS.length)] : WORDS[next(WORDS.length)];
    };
    const text = () => Array.from({ length: 1 + next(30) }, piece).join(next(4) === 0 ? '' : ' ');
    const failures: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const input = { title: next(2) === 0 ? text() : '', body: text() };
      try {
        analyze(input, { vocabulary: next(2) === 0 ? vocabulary : undefined });
      } catch (error) {
        failures.push(`${JSON.stringify(input)}: ${(error as Error).message}`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
