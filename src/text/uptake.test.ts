/** Editors' uptake: how often a name that appears in the newsroom's articles is tagged there. */
import { describe, expect, test } from 'vitest';
import { analyze, suggestTags } from './analyze.js';
import { tagUptakes, uptakeFactor } from './uptake.js';
import { createVocabulary } from './vocabulary.js';

describe('uptake factor', () => {
  test('a name tagged wherever it appears keeps its full weight; one never tagged loses almost all', () => {
    expect(uptakeFactor(40, 42)).toBe(1);
    expect(uptakeFactor(1, 237)).toBeLessThan(0.05);
  });

  test('a name seen in few articles keeps most of its weight, whatever the editors did', () => {
    expect(uptakeFactor(0, 1)).toBeGreaterThan(0.8);
    expect(uptakeFactor(0, 20)).toBeLessThan(0.25);
  });

  test('no mention count means no evidence: factor 1', () => {
    expect(uptakeFactor(3, 0)).toBe(1);
  });

  test('tags that share a name or alias are one group: their applications add up', () => {
    const labour = { name: 'Labour', type: 'organisation' as const, articleCount: 54, mentionCount: 104 };
    const party = {
      name: 'Labour Party',
      type: 'organisation' as const,
      aliases: ['Labour'],
      articleCount: 11,
      mentionCount: 104,
    };
    const uptakes = tagUptakes([labour, party]);
    expect(uptakes.get(party)).toBe(uptakes.get(labour));
    expect(uptakes.get(party)).toBeCloseTo(uptakeFactor(65, 104));
    expect(tagUptakes([{ name: 'Labour', type: 'organisation', articleCount: 5 }]).size).toBe(0);
  });

  test('topics group by name only: an alias they share is a neighbouring subject, not the same one', () => {
    const tennis = {
      name: 'Tennis',
      type: 'topic' as const,
      aliases: ['Grand Slam'],
      articleCount: 50,
      suggestedCount: 60,
    };
    const sixNations = {
      name: 'Six Nations',
      type: 'topic' as const,
      aliases: ['Grand Slam'],
      articleCount: 5,
      suggestedCount: 60,
    };
    const uptakes = tagUptakes([tennis, sixNations]);
    expect(uptakes.get(tennis)).toBeCloseTo(uptakeFactor(50, 60));
    expect(uptakes.get(sixNations)).toBeCloseTo(uptakeFactor(5, 60));
  });
});

describe('suggestions follow what the newsroom tags', () => {
  const story = {
    title: 'Marlow Foods to shut Leeds plant',
    body: [
      'Marlow Foods is to close its Leeds plant with the loss of 300 jobs in Britain, chief executive Ada Crane said.',
      'Ms Crane said Britain remained "a key market" for Marlow Foods. Britain accounts for half its sales.',
      'Marlow Foods shares fell 4%.',
    ].join('\n\n'),
  };
  const names = (vocabulary?: ReturnType<typeof createVocabulary>) =>
    suggestTags(story, vocabulary ? { vocabulary } : {})
      .slice(0, 4)
      .map((t) => t.name);

  test('a country the newsroom mentions everywhere but never tags drops out of the top', () => {
    expect(names()).toContain('UK');
    const vocabulary = createVocabulary([], { untagged: [{ name: 'UK', mentionCount: 300 }] });
    expect(names(vocabulary)).not.toContain('UK');
  });

  test("a known tag editors rarely apply where it appears ranks below the story's own names", () => {
    const vocabulary = createVocabulary([{ name: 'UK', type: 'place', articleCount: 3, mentionCount: 300 }]);
    expect(names(vocabulary)).not.toContain('UK');
    const tagged = createVocabulary([{ name: 'UK', type: 'place', articleCount: 280, mentionCount: 300 }]);
    expect(names(tagged)).toContain('UK');
  });

  test("a topic the analyser keeps suggesting and editors rarely take drops below the story's names", () => {
    const economy = (suggestedCount?: number) =>
      createVocabulary([{ name: 'Economy', type: 'topic', articleCount: 4, suggestedCount }]);
    const body = [
      'The economy grew by 2% as economic growth picked up, and the economy is strong, economists said.',
      'Marlow Foods will hire 300 staff, its chief Ada Crane said, as "the economy" helped.',
    ].join('\n\n');
    // Position of Economy beside the story's second name (an absent topic ranks last).
    const rank = (vocabulary: ReturnType<typeof createVocabulary>) => {
      const names = suggestTags({ title: 'Economy lifts Marlow Foods', body }, { vocabulary }).map(
        (t) => t.name,
      );
      const at = names.indexOf('Economy');
      return (at < 0 ? names.length : at) - names.indexOf('Ada Crane');
    };
    expect(rank(economy())).toBeLessThan(0);
    expect(rank(economy(200))).toBeGreaterThan(0);
  });

  test('the text tags, which the newsroom counts uptake from, do not depend on uptake', () => {
    // Were the suggestions counted, a rarely applied tag would drop out, be counted less, rise again: a loop.
    const rare = createVocabulary([{ name: 'UK', type: 'place', articleCount: 3, mentionCount: 300 }]);
    const plain = createVocabulary([{ name: 'UK', type: 'place', articleCount: 3 }]);
    const withRare = analyze(story, { vocabulary: rare, maxTags: 4 });
    expect(withRare.tags.map((t) => t.name)).not.toContain('UK');
    expect(withRare.textTags).toContain('UK');
    expect(withRare.textTags).toEqual(analyze(story, { vocabulary: plain, maxTags: 4 }).textTags);
    expect(analyze(story, { vocabulary: plain, maxTags: 4 }).textTags).toEqual(
      analyze(story, { vocabulary: plain, maxTags: 4, tagModel: null }).tags.map((t) => t.name),
    );
  });

  test('untagged names must be well-formed', () => {
    expect(() => createVocabulary([], { untagged: 'UK' as never })).toThrow(TypeError);
  });
});
