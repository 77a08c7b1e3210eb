import { describe, expect, it } from 'vitest';
import { evaluate } from '../eval/evaluate.js';
import {
  directAgreement,
  normalizeName,
  type PredictedQuote,
  scoreQuotes,
  scoreTags,
  spansMatch,
  speakerMatches,
} from '../eval/metrics.js';
import type { EvalDoc, GoldQuote, GoldTag } from '../eval/types.js';

const gold = (start: number, end: number, over: Partial<GoldQuote> = {}): GoldQuote => ({
  start,
  end,
  kind: 'direct',
  speaker: 'Wendy Sherman',
  ...over,
});
const pred = (start: number, end: number, over: Partial<PredictedQuote> = {}): PredictedQuote => ({
  start,
  end,
  kind: 'direct',
  speaker: 'Wendy Sherman',
  ...over,
});

describe('normalizeName', () => {
  it.each([
    ['The Guardian', 'guardian'],
    ['U.S.', 'us'],
    ["Blair's", 'blair'],
    ['  Sergei   Ryabkov ', 'sergei ryabkov'],
    ['Zürich', 'zurich'],
    ['Anglo-Irish', 'anglo irish'],
    ['Sir Alex Ferguson', 'alex ferguson'],
    ['Dame Judi Dench', 'judi dench'],
    // A knight known by one name keeps the title ("Sir Digby" is not "Digby").
    ['Sir Digby', 'sir digby'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('spansMatch', () => {
  it.each([
    ['identical', pred(10, 20), gold(10, 20), true],
    ['covers exactly half', pred(10, 15), gold(10, 20), true],
    ['covers less than half', pred(10, 14), gold(10, 20), false],
    ['superset', pred(0, 100), gold(10, 20), true],
    ['disjoint', pred(30, 40), gold(10, 20), false],
    ['other field', pred(10, 20, { field: 'title' }), gold(10, 20), false],
  ])('%s', (_name, p, g, expected) => {
    expect(spansMatch(p, g)).toBe(expected);
  });
});

describe('speakerMatches', () => {
  const withAliases = gold(0, 1, { speakerAliases: ['the deputy secretary'] });
  it.each([
    ['exact name', 'Wendy Sherman', withAliases, true],
    ['case-insensitive', 'wendy sherman', withAliases, true],
    ['alias', 'The Deputy Secretary', withAliases, true],
    ['surname', 'Ms Sherman', withAliases, true],
    ['other person', 'Sergei Ryabkov', withAliases, false],
    ['fuller form', 'Wendy R. Sherman', withAliases, true],
    ['same surname, other first name', 'Tom Sherman', withAliases, false],
    ['same last word, other body', 'Labour Party', gold(0, 1, { speaker: 'Conservative Party' }), false],
    ['a short body name', 'Pensions Committee', gold(0, 1, { speaker: 'Work and Pensions Committee' }), true],
    ['null predicted for named gold', null, withAliases, false],
    ['null gold, null predicted', null, gold(0, 1, { speaker: null }), true],
    ['null gold, named predicted', 'Sherman', gold(0, 1, { speaker: null }), false],
    ['null gold, group alias', 'Analysts', gold(0, 1, { speaker: null, speakerAliases: ['analysts'] }), true],
  ])('%s', (_name, predicted, g, expected) => {
    expect(speakerMatches(predicted, g)).toBe(expected);
  });
});

describe('scoreTags', () => {
  const tags: GoldTag[] = [
    { name: 'Wendy Sherman', type: 'person', aliases: ['Sherman'] },
    { name: 'United States', type: 'place', aliases: ['US', 'Washington'] },
    { name: 'diplomacy', type: 'topic' },
    { name: 'NATO', type: 'organisation' },
  ];
  it.each([
    ['all right', ['Sherman', 'U.S.', 'Diplomacy', 'NATO'], 1, 1, 1, 1],
    ['alias counted once', ['US', 'Washington', 'NATO', 'Geneva'], 0.5, 0.5, 2 / 3, 0.5],
    ['nothing predicted', [], 0, 0, 0, 0],
    ['only the topic', ['diplomacy', 'Geneva'], 0.5, 0.25, 0, 0.5],
  ])('%s', (_name, predicted, p8, r8, nameRecall, p5) => {
    const s = scoreTags(predicted, tags);
    expect(s.precisionAtK).toBeCloseTo(p8);
    expect(s.recallAtK).toBeCloseTo(r8);
    expect(s.nameRecallAtK).toBeCloseTo(nameRecall);
    expect(s.precisionAt5).toBeCloseTo(p5);
  });

  it('cuts the ranking at k', () => {
    expect(scoreTags(['x', 'y', 'Sherman'], tags, 2).recallAtK).toBe(0);
  });
});

describe('scoreQuotes', () => {
  const golds: GoldQuote[] = [
    gold(0, 10),
    gold(20, 30, { speaker: 'Sergei Ryabkov' }),
    gold(40, 60, { kind: 'indirect' }),
    gold(70, 80, { kind: 'unmarked', speaker: null }),
  ];
  it.each([
    [
      'perfect',
      [
        pred(0, 10),
        pred(20, 30, { speaker: 'Ryabkov' }),
        pred(40, 60, { kind: 'indirect' }),
        pred(70, 80, { kind: 'unmarked', speaker: null }),
      ],
      [2, 2, 2, 2, 2, 2],
    ],
    ['wrong speaker', [pred(0, 10), pred(20, 30)], [2, 2, 2, 1, 0, 0]],
    ['spurious direct', [pred(0, 10), pred(100, 110)], [2, 2, 1, 1, 0, 0]],
    ['reported found as direct', [pred(40, 60)], [2, 1, 0, 0, 1, 1]],
    ['one prediction cannot match two golds', [pred(0, 30)], [2, 1, 1, 1, 0, 0]],
  ])('%s', (_name, preds, [dGold, dPred, dMatched, dSpeaker, rMatched, rSpeaker]) => {
    const s = scoreQuotes(preds, golds);
    expect(s.direct.gold).toBe(dGold);
    expect(s.direct.predicted).toBe(dPred);
    expect(s.direct.matchedGold).toBe(dMatched);
    expect(s.direct.speakerCorrect).toBe(dSpeaker);
    expect(s.reported.matchedGold).toBe(rMatched);
    expect(s.reported.speakerCorrect).toBe(rSpeaker);
  });
});

describe('directAgreement', () => {
  const q = (start: number, end: number, speaker: string | null, speakerAliases?: string[]) =>
    ({ start, end, kind: 'direct', speaker, speakerAliases }) as const;

  it('counts paired quotes and agreeing speakers either way round', () => {
    const a = [q(0, 10, 'Tony Blair'), q(20, 30, null), q(40, 50, 'Acme'), q(60, 70, 'Jo Doe')];
    const b = [q(0, 10, 'Mr Blair'), q(20, 30, null, ['spokesman']), q(40, 50, null, ['spokesman', 'Acme'])];
    expect(directAgreement(a, b)).toEqual({ a: 4, b: 3, paired: 3, agreed: 3, namedVsNull: 0 });
  });

  it('a named speaker against no speaker is a disagreement of its own kind', () => {
    const a = [q(0, 10, 'Jo Doe'), q(20, 30, 'Ann Kite')];
    const b = [q(0, 10, null), q(20, 30, 'Tom Hale')];
    expect(directAgreement(a, b)).toEqual({ a: 2, b: 2, paired: 2, agreed: 0, namedVsNull: 1 });
  });
});

describe('evaluate', () => {
  it('gives each figure a 95% interval over resampled articles', () => {
    const result = evaluate(system, [doc(false), doc(false)]);
    expect(result.intervals.tagPrecisionAt5).toEqual([1, 1]);
    expect(result.intervals.directSpeakerAccuracy).toBeUndefined();
  });
  const system = () => ({ tags: ['Wendy Sherman'], quotes: [pred(0, 10)] });
  const doc = (tagsOnly: boolean): EvalDoc => ({
    id: 'x',
    title: undefined,
    body: '"Ready," said Wendy Sherman.',
    gold: { id: 'x', tags: [{ name: 'Wendy Sherman', type: 'person' }], quotes: [], tagsOnly },
  });
  it('scores a tags-only article for tags and leaves its quotes out', () => {
    const full = evaluate(system, [doc(false)]);
    expect(full.direct.predicted).toBe(1);
    const tagsOnly = evaluate(system, [doc(true)]);
    expect(tagsOnly.direct.predicted).toBe(0);
    expect(tagsOnly.tagPrecisionAt5).toBe(1);
  });
});
