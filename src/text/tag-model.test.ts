/** The tag re-ranker: what it reads, when it applies, and what it learnt from editors' tags. */
import { describe, expect, test } from 'vitest';
import { analyze, suggestTags, tagCandidates } from './analyze.js';
import { TAG_FEATURES, TAG_MODEL, type TagModel, tagProbability } from './tag-model.js';
import { createVocabulary } from './vocabulary.js';

const vocabulary = createVocabulary([{ name: 'Trade', type: 'topic', articleCount: 12 }]);

// Mara Quill runs through the story; Tobias Renn is named more often, but only in its last paragraph, so the
// hand score (weighted mentions) puts him first. Neither is in the headline or the lead, and neither speaks.
const STORY = {
  title: 'Port of Caldra reopens after strike',
  body: [
    'The Port of Caldra reopened on Monday after a two-week strike, and ships began unloading at dawn.',
    'Dock workers voted to return after talks through the night. Cargo should clear by Friday.',
    'Cranes were back in use by noon. Inspectors sent by Mara Quill will visit the port.',
    'The strike cost the region millions. Ms Quill counted the orders that went elsewhere.',
    'Delays should ease within days. Ms Quill hopes for full service next week.',
    'Tobias Renn, a ferry owner, had offered help. Mr Renn ran extra ferries. Mr Renn will stop them now, and Mr Renn will go home.',
  ].join('\n\n'),
};

describe('tag re-ranker', () => {
  test('every feature a candidate carries is one the model knows', () => {
    const known = new Set<string>(TAG_FEATURES);
    for (const c of tagCandidates(STORY, { vocabulary }))
      for (const name of Object.keys(c.features)) expect(known.has(name), name).toBe(true);
  });

  test('a person who runs through the story goes above one named more often, but only at its end', () => {
    const hand = tagCandidates(STORY, { vocabulary }).map((c) => c.name);
    expect(hand.indexOf('Tobias Renn')).toBeLessThan(hand.indexOf('Mara Quill'));
    const names = suggestTags(STORY, { vocabulary }).map((t) => t.name);
    expect(names.indexOf('Mara Quill')).toBeLessThan(names.indexOf('Tobias Renn'));
  });

  test('with a vocabulary the scores are the probabilities an editor picks each tag, in order', () => {
    const tags = suggestTags(STORY, { vocabulary });
    for (const t of tags) expect(t.score).toBeGreaterThan(0);
    for (const t of tags) expect(t.score).toBeLessThan(1);
    for (let i = 1; i < tags.length; i++) expect(tags[i - 1]!.score).toBeGreaterThanOrEqual(tags[i]!.score);
  });

  test('without a vocabulary, or with tagModel: null, the hand order stands', () => {
    const hand = tagCandidates(STORY).map((c) => c.name);
    expect(suggestTags(STORY).map((t) => t.name)).toEqual(hand.slice(0, 8));
    expect(suggestTags(STORY, { vocabulary, tagModel: null }).map((t) => t.name)).toEqual(
      tagCandidates(STORY, { vocabulary })
        .slice(0, 8)
        .map((c) => c.name),
    );
  });

  test('a model passed in re-orders the same candidates, and adds none', () => {
    const bySpread: TagModel = { bias: 0, weights: { spread: 10 } };
    const tags = suggestTags(STORY, { vocabulary, tagModel: bySpread, maxTags: 20 }).map((t) => t.name);
    const pool = tagCandidates(STORY, { vocabulary });
    expect(new Set(tags)).toEqual(new Set(pool.map((c) => c.name)));
    const spread = (name: string) => pool.find((c) => c.name === name)!.features.spread ?? 0;
    for (let i = 1; i < tags.length; i++)
      expect(spread(tags[i - 1]!)).toBeGreaterThanOrEqual(spread(tags[i]!));
  });

  test('the text tags the newsroom counts uptake from keep the hand order', () => {
    const withModel = analyze(STORY, { vocabulary, tagModel: { bias: 0, weights: { first: 10 } } });
    expect(withModel.textTags).toEqual(analyze(STORY, { vocabulary, tagModel: null }).textTags);
  });

  test('the shipped model is learnt, and rewards a high hand score and a wide spread', () => {
    expect(TAG_MODEL).not.toBeNull();
    const model = TAG_MODEL!;
    expect(model.weights.spread).toBeGreaterThan(0);
    expect(model.weights.score).toBeGreaterThan(0);
    expect(tagProbability(model, { person: 1, score: 3, rank: 1, spread: 0.6 })).toBeGreaterThan(
      tagProbability(model, { person: 1, score: 1, rank: 0.1, spread: 0.1 }),
    );
  });
});
