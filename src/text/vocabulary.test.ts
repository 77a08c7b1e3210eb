import { describe, expect, test } from 'vitest';
import { tokenize } from './tokenize.js';
import { createVocabulary } from './vocabulary.js';

const vocabulary = createVocabulary([
  { name: 'United States', type: 'place', aliases: ['US', 'U.S.', 'United States of America'] },
  { name: 'White House', type: 'organisation' },
  { name: 'Elections', type: 'topic', aliases: ['election', 'polls'] },
  { name: 'Wendy Sherman', type: 'person' },
  { name: 'Leonardo DiCaprio', type: 'person' },
  { name: '', type: 'topic' },
]);

const matched = (text: string) => vocabulary.match(tokenize(text)).map((m) => m.tag.name);

describe('vocabulary', () => {
  test.each([
    ['The US and Russia met.', ['United States']],
    ['The U.S. and Russia met.', ['United States']],
    ['Let us talk.', []],
    ['The United States of America said', ['United States']],
    ['the white house painted', []],
    ['The White House said', ['White House']],
    ['after the elections in May', ['Elections']],
    ['Wendy Sherman spoke', ['Wendy Sherman']],
    ['stars Leonardo diCaprio and', ['Leonardo DiCaprio']],
  ])('%s', (text, expected) => {
    expect(matched(text)).toEqual(expected);
  });

  test('looks names and aliases up', () => {
    expect(vocabulary.lookup('U.S.')?.name).toBe('United States');
    expect(vocabulary.lookup('united states of america')?.name).toBe('United States');
    expect(vocabulary.lookup('Nowhere')).toBeUndefined();
  });

  test("a tag's own name wins over another tag's alias, whatever the order", () => {
    const tags = createVocabulary([
      { name: 'Iraq war', type: 'topic', aliases: ['Iraq'] },
      { name: 'Iraq', type: 'place' },
    ]);
    expect(tags.lookup('Iraq')).toMatchObject({ name: 'Iraq', type: 'place' });
  });

  test('skips tags without a name', () => {
    expect(vocabulary.size).toBe(5);
  });

  test('merges two tags for one place into the one used more ("US" and "United States")', () => {
    const twoTags = createVocabulary([
      { name: 'United States', type: 'place', aliases: ['America'], articleCount: 3 },
      { name: 'US', type: 'place', articleCount: 12 },
      { name: 'Georgia', type: 'place' },
    ]);
    const names = (text: string) => twoTags.match(tokenize(text)).map((m) => m.tag.name);
    expect(names('The United States and the US and America')).toEqual(['US', 'US', 'US']);
    expect(twoTags.lookup('United States')?.name).toBe('US');
    expect(names('Georgia')).toEqual(['Georgia']);
  });

  test('keeps two places the gazetteer knows apart, whatever an alias says ("England" listed under "UK")', () => {
    const vocabulary = createVocabulary([
      { name: 'UK', type: 'place', aliases: ['Britain', 'England'], articleCount: 40 },
      { name: 'England', type: 'place', articleCount: 16 },
    ]);
    const names = (text: string) => vocabulary.match(tokenize(text)).map((m) => m.tag.name);
    expect(names('England beat Wales, and Britain cheered')).toEqual(['England', 'UK']);
  });

  test.each([
    [
      "a tag whose name is another tag's alias",
      [
        { name: 'Labour Party', type: 'organisation' as const, aliases: ['Labour'], articleCount: 9 },
        { name: 'Labour', type: 'organisation' as const, articleCount: 40 },
      ],
      'The Labour Party met. Labour said no.',
      ['Labour', 'Labour'],
    ],
    [
      'two tags for one body the gazetteer knows',
      [
        { name: 'Conservative Party', type: 'organisation' as const, articleCount: 30 },
        { name: 'Conservatives', type: 'organisation' as const, articleCount: 4 },
      ],
      'The Conservatives met. The Conservative Party said no.',
      ['Conservative Party', 'Conservative Party'],
    ],
  ])('merges %s into the one used more', (_label, tags, text, expected) => {
    const merged = createVocabulary(tags);
    expect(merged.match(tokenize(text)).map((m) => m.tag.name)).toEqual(expected);
  });

  test('merges topics only when one name holds the other, so a shared alias does not chain rugby into tennis', () => {
    const topics = createVocabulary([
      { name: 'Tennis', type: 'topic', aliases: ['Grand Slam'], articleCount: 50 },
      { name: 'Grand Slam', type: 'topic', articleCount: 2 },
      { name: 'Six Nations', type: 'topic', aliases: ['Grand Slam', 'RBS Six Nations'], articleCount: 40 },
      { name: 'RBS Six Nations', type: 'topic', articleCount: 1 },
    ]);
    expect(topics.lookupTopic('six nations')?.name).toBe('Six Nations');
    expect(topics.lookupTopic('RBS Six Nations')?.name).toBe('Six Nations');
    expect(topics.lookupTopic('grand slam')?.name).toBe('Grand Slam');
  });

  test('an alias two tags share names the one used more ("rugby": Rugby union before Scottish rugby)', () => {
    const topics = createVocabulary([
      { name: 'Scottish rugby', type: 'topic', aliases: ['rugby'], articleCount: 1 },
      { name: 'Rugby union', type: 'topic', aliases: ['rugby'], articleCount: 40 },
    ]);
    expect(topics.lookupTopic('rugby')?.name).toBe('Rugby union');
    expect(topics.match(tokenize('a rugby match')).map((m) => m.tag.name)).toEqual(['Rugby union']);
  });

  test('does not merge two people who share a surname', () => {
    const keanes = createVocabulary([
      { name: 'Roy Keane', type: 'person', aliases: ['Keane'], articleCount: 9 },
      { name: 'Robbie Keane', type: 'person', aliases: ['Keane'], articleCount: 4 },
    ]);
    expect(keanes.match(tokenize('Roy Keane and Robbie Keane')).map((m) => m.tag.name)).toEqual([
      'Roy Keane',
      'Robbie Keane',
    ]);
  });

  test('an alias that describes a body rather than names it matches nothing ("MPs", "committee", "police")', () => {
    const vocabulary = createVocabulary([
      {
        name: 'Constitutional Affairs Select Committee',
        type: 'organisation',
        aliases: ['MPs', 'CASC'],
        articleCount: 2,
      },
      {
        name: 'Joint Committee on Human Rights',
        type: 'organisation',
        aliases: ['committee'],
        articleCount: 1,
      },
      { name: 'Thames Valley Police', type: 'organisation', aliases: ['police'], articleCount: 1 },
    ]);
    const names = (text: string) => vocabulary.match(tokenize(text)).map((m) => m.tag.name);
    expect(names('MPs on the Committee to Protect Bloggers told the Police')).toEqual([]);
    expect(names('The CASC and Thames Valley Police')).toEqual([
      'Constitutional Affairs Select Committee',
      'Thames Valley Police',
    ]);
  });

  test('a known name may open with a number ("50 Cent"), but a number alone matches no tag', () => {
    const tags = createVocabulary([
      { name: '50 Cent', type: 'person' },
      { name: '3', type: 'organisation' },
    ]);
    const names = (text: string) => tags.match(tokenize(text)).map((m) => m.tag.name);
    expect(names('Rapper 50 Cent topped the chart; 3 people and 50 cents.')).toEqual(['50 Cent']);
  });

  test('rejects non-arrays', () => {
    expect(() => createVocabulary('x' as never)).toThrow(TypeError);
  });
});
