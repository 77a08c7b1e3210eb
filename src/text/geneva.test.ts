/** End-to-end anchor: a wire story about US–Russia talks in Geneva (test/fixtures/text/geneva-talks.txt). */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from './analyze.js';
import { createVocabulary } from './vocabulary.js';

const raw = readFileSync(new URL('../../test/fixtures/text/geneva-talks.txt', import.meta.url), 'utf8');
const [title = '', ...rest] = raw.split('\n');
const body = rest.join('\n').trim();
const analysis = analyze({ title, body });
const entity = (name: string) => analysis.entities.find((e) => e.name === name);

describe('Geneva talks: entities', () => {
  test.each([
    ['Wendy Sherman', 'person', 'wendy-sherman', ['Wendy Sherman', 'Sherman', 'she']],
    [
      'Sergei Ryabkov',
      'person',
      'sergei-ryabkov',
      ['Sergei Ryabkov', 'Ryabkov', 'He', 'the deputy minister', 'him'],
    ],
    ['US', 'place', 'us', ['US', 'Washington', 'American', 'United States']],
    ['Russia', 'place', 'russia', ['Russia', 'Russian', 'Moscow']],
    ['Geneva', 'place', 'geneva', ['Geneva']],
    ['NATO', 'organisation', 'nato', ['NATO']],
  ])('%s', (name, type, key, surfaces) => {
    const e = entity(name);
    expect(e).toMatchObject({ type, key });
    const texts = new Set(e!.mentions.map((m) => m.text));
    for (const s of surfaces) expect(texts).toContain(s);
  });

  test('mention offsets point at the text', () => {
    for (const e of analysis.entities) {
      for (const m of e.mentions)
        expect((m.field === 'title' ? title : body).slice(m.start, m.end)).toBe(m.text);
    }
  });

  test('Moscow "in" a place stays a city; Moscow as an actor is Russia', () => {
    const r = analyze({ body: 'Talks were held in Moscow. Moscow wants guarantees.' });
    expect(r.entities.find((e) => e.name === 'Moscow')?.mentions).toHaveLength(1);
    expect(r.entities.find((e) => e.name === 'Russia')?.mentions).toHaveLength(1);
  });
});

describe('Geneva talks: tags', () => {
  test('the top five are the tags an editor would pick', () => {
    expect(new Set(analysis.tags.slice(0, 5).map((t) => t.name))).toEqual(
      new Set(['Russia', 'US', 'talks', 'Wendy Sherman', 'Sergei Ryabkov']),
    );
  });

  test('each tag explains itself', () => {
    const us = analysis.tags.find((t) => t.name === 'US')!;
    expect(us.reason).toMatch(/mentions, in headline, in lead/);
    expect(us.known).toBe(false);
  });

  test('vocabulary names win and are marked known', () => {
    const vocabulary = createVocabulary([
      { name: 'United States', type: 'place', aliases: ['US', 'U.S.', 'USA'], articleCount: 900 },
      { name: 'Diplomacy', type: 'topic', aliases: ['talks', 'negotiations'] },
    ]);
    const r = analyze({ title, body }, { vocabulary });
    const names = r.tags.map((t) => t.name);
    expect(names).toContain('United States');
    expect(names).not.toContain('US');
    expect(r.tags.find((t) => t.name === 'United States')!.known).toBe(true);
    expect(r.tags.find((t) => t.name === 'Diplomacy')?.known).toBe(true);
    expect(r.entities.find((e) => e.key === 'united-states')?.mentions.length).toBeGreaterThan(3);
  });

  test('maxTags bounds the list', () => {
    expect(analyze({ title, body }, { maxTags: 3 }).tags).toHaveLength(3);
  });
});

describe('Geneva talks: quotes', () => {
  const direct = analysis.quotes.filter((q) => q.kind === 'direct');
  test('finds every direct quotation of four words or more, with its speaker', () => {
    expect(direct.map((q) => [q.text.slice(0, 24), q.speaker])).toEqual([
      ['We were firm in pushing ', 'Wendy Sherman'],
      ['We will not allow anyone', 'Wendy Sherman'],
      ['difficult, long, very pr', 'Sergei Ryabkov'],
      ['For us it is absolutely ', 'Sergei Ryabkov'],
      ['There are no grounds to ', 'Sergei Ryabkov'],
      ['The American side should', 'Sergei Ryabkov'],
      ['We will not shut the doo', 'Wendy Sherman'],
    ]);
  });

  test('finds the reported speech', () => {
    const reported = analysis.quotes.filter((q) => q.indirect).map((q) => [q.kind, q.speaker, q.cue]);
    expect(reported).toEqual([
      ['indirect', 'Sergei Ryabkov', 'said'],
      ['indirect', 'Sergei Ryabkov', 'added'],
      ['indirect', 'Wendy Sherman', 'said'],
      ['indirect', 'Russia', 'According to'],
      ['unmarked', 'Sergei Ryabkov', 'pointed out'],
    ]);
  });
});
