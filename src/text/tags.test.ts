import { describe, expect, test } from 'vitest';
import { analyze, suggestTags } from './analyze.js';
import { createVocabulary } from './vocabulary.js';

const STORY = {
  title: 'Acme Holdings profits soar as Jo Bloggs cuts costs',
  body: [
    'Acme Holdings chief executive Jo Bloggs said profits rose 40% in the third quarter, helped by cost cuts in Germany.',
    'Ms Bloggs told the BBC that Acme Holdings would keep investing. Shares in Acme Holdings rose 5%. Analysts said revenues were strong and earnings beat forecasts; profits were the best in a decade.',
    'A passing remark: the results were published in Brussels, and rival John Smith declined to comment.',
  ].join('\n\n'),
};

describe('tag suggestions', () => {
  const tags = analyze(STORY).tags;
  const names = tags.map((t) => t.name);

  test('ranks the main actors near the top', () => {
    expect(names.slice(0, 3)).toEqual(expect.arrayContaining(['Acme Holdings', 'Jo Bloggs']));
  });

  test('adds a topic from its cues', () => {
    expect(names).toContain('company results');
  });

  // Editors often tag a body or person named once (the statistics office, a rival's chief), so one-off
  // mentions stay on the list, below everything the story is about.
  test('ranks one-off minor mentions last', () => {
    const main = ['Jo Bloggs', 'Acme Holdings', 'company results', 'Germany'].map((n) => names.indexOf(n));
    for (const minor of ['John Smith', 'Brussels']) {
      expect(names.indexOf(minor) === -1 || names.indexOf(minor) > Math.max(...main)).toBe(true);
    }
    expect(tags.find((t) => t.name === 'John Smith')?.reason ?? '1 mention').toMatch(/^1 mention$/);
  });

  test('keeps a body named once on a short list: the list fills up to its length', () => {
    const body = [
      'Exports from Britain fell sharply in November, helped down by weak demand in Europe.',
      'Paul Dales, an economist, said exports were "very weak". Dales said the pound was to blame.',
      'Later figures from the National Audit Office showed imports rose.',
    ].join('\n\n');
    expect(suggestTags({ title: 'Exports slide as pound bites', body }).map((t) => t.name)).toContain(
      'National Audit Office',
    );
  });

  test("ranks the outlet quoted as a source below the story's own names", () => {
    const bbc = names.indexOf('BBC');
    expect(bbc === -1 || bbc > names.indexOf('Germany')).toBe(true);
  });

  test('scores are descending and reasons filled in', () => {
    for (let i = 1; i < tags.length; i++) expect(tags[i - 1]!.score).toBeGreaterThanOrEqual(tags[i]!.score);
    expect(tags[0]!.reason).toMatch(/\d+ mentions?/);
  });

  test("the editor's chips are the list the article is stored with", () => {
    expect(suggestTags(STORY)).toEqual(tags);
  });

  test('suggests at most one topic the newsroom has not used, and two topics in all', () => {
    const body = [
      "The film star said her new album would be out before the election. The singer, who won an Oscar for her first film, toured the band's songs.",
      'Voters will go to the polls in May, and the album charts will be watched by every candidate. The director of the film said the movie and the concert tour would help.',
    ].join('\n\n');
    const topics = (vocabulary?: ReturnType<typeof createVocabulary>) =>
      suggestTags({ body }, vocabulary ? { vocabulary } : {}).filter((t) => t.type === 'topic');
    expect(topics()).toHaveLength(1);
    const known = createVocabulary([
      { name: 'Film', type: 'topic' },
      { name: 'Music', type: 'topic' },
      { name: 'Elections', type: 'topic' },
    ]);
    expect(topics(known)).toHaveLength(2);
  });

  test('a one-word alias alone does not bring in a multi-word topic ("tax" for "Film tax relief")', () => {
    const vocabulary = createVocabulary([{ name: 'Film tax relief', type: 'topic', aliases: ['tax'] }]);
    const topics = (body: string) =>
      suggestTags({ title: 'Budget plans', body }, { vocabulary }).map((t) => t.name);
    const tax = 'The tax rise was approved. Tax revenue will grow. Critics said the tax plan was unfair.';
    expect(topics(tax)).not.toContain('Film tax relief');
    expect(
      topics(`${tax} Film tax relief will also be cut, and the film tax relief scheme reviewed.`),
    ).toContain('Film tax relief');
  });

  test('the lexicon\'s topic is the newsroom\'s longer name that starts with it ("rugby" is "Rugby union")', () => {
    const vocabulary = createVocabulary([
      { name: 'Rugby union', type: 'topic', aliases: ['rugby'], articleCount: 40 },
    ]);
    const body = [
      'Wales scored three tries to beat Italy and the fly-half kicked every conversion.',
      'The lock and the flanker were both sin-binned, but Wales held the scrum and the tries kept coming.',
      'Rugby fans will remember the tries for years.',
    ].join('\n\n');
    expect(suggestTags({ title: 'Wales beat Italy', body }, { vocabulary }).map((t) => t.name)).toContain(
      'Rugby union',
    );
  });

  test('a topic two passing words bring in is no suggestion; one the story is about is', () => {
    const vocabulary = createVocabulary([{ name: 'Film', type: 'topic', articleCount: 20 }]);
    const lead = 'Marlow Foods said profits rose 10% in the year, helped by strong sales of frozen meals.';
    const passing = `${lead} Sales rose in every region.\n\nIts chief executive, Ada Crane, once made a film about a film star.`;
    const about = `${lead}\n\nMarlow Foods will now fund a film, and the film will be shown in cinemas. The film is about the firm.`;
    const tagsOf = (title: string, body: string) =>
      suggestTags({ title, body }, { vocabulary }).map((t) => t.name);
    expect(tagsOf('Marlow Foods profits rise', passing)).not.toContain('Film');
    expect(tagsOf('Marlow Foods to make a film', about)).toContain('Film');
  });

  test('a person the story quotes outranks one it only mentions twice', () => {
    const body = [
      'Ada Crane and Ned Pike were at the council meeting on Monday, and Ned Pike left early.',
      'Later the council voted on the plan. "It is a good day for the town," she said.',
    ].join('\n\n');
    const names = suggestTags({ body }).map((t) => t.name);
    expect(names.indexOf('Ada Crane')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('Ada Crane')).toBeLessThan(names.indexOf('Ned Pike'));
  });

  test("topics follow the story's main names", () => {
    const body = [
      'Ada Crane, chief executive of Marlow Foods, said the firm would cut 300 jobs as unemployment rose again in March.',
      'Unemployment has risen for three months and the jobless total is at its highest for a decade, with unemployment benefit claims up.',
      '"We had no choice," Ms Crane said. Marlow Foods shares fell. Ned Pike, who runs Harton Mills, said Harton Mills would also cut jobs. "It is a hard time," Mr Pike said.',
    ].join('\n\n');
    const tags = suggestTags({ title: 'Jobs go as unemployment rises', body });
    const topic = tags.findIndex((t) => t.type === 'topic');
    expect(topic).toBeGreaterThanOrEqual(0);
    for (const name of ['Ada Crane', 'Ned Pike', 'Marlow Foods'])
      expect(tags.findIndex((t) => t.name === name)).toBeLessThan(topic);
  });

  test('a known tag outranks an equal unknown one', () => {
    const vocabulary = createVocabulary([{ name: 'Germany', type: 'place', articleCount: 5000 }]);
    const body = 'Germany and France met. Germany and France agreed.';
    const r = suggestTags({ body }, { vocabulary });
    expect(r[0]).toMatchObject({ name: 'Germany', known: true });
    expect(r[0]!.reason).toMatch(/^known tag/);
  });

  test('known topic tags match by alias and stem', () => {
    const vocabulary = createVocabulary([{ name: 'Brexit', type: 'topic', aliases: ['leaving the EU'] }]);
    const r = suggestTags(
      { title: 'Brexit talks stall', body: 'Leaving the EU is hard. Brexit dominates.' },
      { vocabulary },
    );
    expect(r.find((t) => t.name === 'Brexit')).toMatchObject({ type: 'topic', known: true });
  });

  test("a topic never borrows a person's alias: 'jobs' is not Steve Jobs", () => {
    const vocabulary = createVocabulary([
      { name: 'Steve Jobs', type: 'person', aliases: ['Jobs', 'Mr Jobs'] },
    ]);
    const r = suggestTags(
      {
        title: 'Plant cuts 500 jobs',
        body: 'The plant will cut 500 jobs, the union said. Job cuts and redundancies hit staff. Workers will strike.',
      },
      { vocabulary },
    );
    expect(r.map((t) => t.name)).not.toContain('Steve Jobs');
    expect(r.find((t) => t.type === 'topic')?.name).toBe('jobs');
  });

  test('at most three topics, so the people and bodies of the story keep their places', () => {
    const vocabulary = createVocabulary(
      ['Economy', 'Taxation', 'Public spending', 'Opinion poll', 'Budget'].map((name) => ({
        name,
        type: 'topic' as const,
      })),
    );
    const body = [
      'Finance minister Jo Bloggs said the economy and the budget dominate. Taxation and public spending rise, an opinion poll says.',
      'Economy watchers, budget hawks and taxation experts read the opinion poll on public spending, Ned Pike said.',
      'Ms Bloggs met Mr Pike on Monday.',
    ].join('\n\n');
    const tags = suggestTags({ body }, { vocabulary });
    expect(tags.filter((t) => t.type === 'topic').length).toBeLessThanOrEqual(3);
    expect(tags.map((t) => t.name)).toEqual(expect.arrayContaining(['Jo Bloggs', 'Ned Pike']));
  });

  test("a lexicon topic the newsroom's own topic already covers is not suggested twice", () => {
    const vocabulary = createVocabulary([{ name: 'General election', type: 'topic' }]);
    const r = suggestTags(
      {
        title: 'Parties gear up for general election',
        body: 'The general election campaign starts. Voters, polls and candidates: the election will be close, and the vote is in May.',
      },
      { vocabulary },
    );
    const names = r.map((t) => t.name);
    expect(names).toContain('General election');
    expect(names).not.toContain('elections');
  });

  test('maxTags 0 gives no tags', () => {
    expect(suggestTags(STORY, { maxTags: 0 })).toEqual([]);
  });
});

describe('topics the story’s names go with in the newsroom’s archive', () => {
  const story = {
    title: 'Hewitt reaches final in Sydney',
    body: 'Lleyton Hewitt beat Ivo Karlovic 7-6 6-4 to reach the final in Sydney. "I served well," said Hewitt, who meets Jarkko Nieminen on Saturday. Karlovic had won 14 straight matches.',
  };
  const tennis = { name: 'Tennis', type: 'topic' as const, articleCount: 40 };
  const suggested = (associations: { topic: string; name: string; together: number; mentioned: number }[]) =>
    suggestTags(story, { vocabulary: createVocabulary([tennis], { associations }) }).find(
      (t) => t.name === 'Tennis',
    );

  test('a name its editors keep tagging with a topic brings the topic, though no cue word is written', () => {
    expect(suggested([])).toBeUndefined();
    const hewitt = { topic: 'Tennis', name: 'Lleyton Hewitt', together: 18, mentioned: 20 };
    expect(suggested([hewitt])).toMatchObject({ known: true, reason: 'known tag, goes with Lleyton Hewitt' });
  });

  test('a name seen with the topic once, or mostly without it, brings nothing', () => {
    expect(
      suggested([{ topic: 'Tennis', name: 'Lleyton Hewitt', together: 1, mentioned: 1 }]),
    ).toBeUndefined();
    expect(suggested([{ topic: 'Tennis', name: 'Sydney', together: 3, mentioned: 90 }])).toBeUndefined();
  });

  test('a name in passing brings less than the story’s subject', () => {
    const score = (name: string) =>
      suggested([{ topic: 'Tennis', name, together: 18, mentioned: 20 }])?.score ?? 0;
    expect(score('Jarkko Nieminen')).toBeLessThan(score('Lleyton Hewitt'));
  });

  test('associations with a topic the newsroom does not have, or malformed ones, are ignored', () => {
    expect(
      suggested([{ topic: 'Golf', name: 'Lleyton Hewitt', together: 18, mentioned: 20 }]),
    ).toBeUndefined();
    expect(
      suggested([{ topic: 'Tennis', name: 'Lleyton Hewitt', together: 18, mentioned: 2 }]),
    ).toBeUndefined();
    expect(() => createVocabulary([tennis], { associations: 'Tennis' as never })).toThrow(TypeError);
  });
});
