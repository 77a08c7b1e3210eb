/** Speaker resolution and reported-speech forms from dev-set misses; invented sentences, not article text. */
import { describe, expect, test } from 'vitest';
import { analyze } from './analyze.js';
import { createVocabulary } from './vocabulary.js';

const quotes = (body: string) => analyze({ body }).quotes;
const direct = (body: string) => quotes(body).filter((q) => q.kind === 'direct');
const reported = (body: string) => quotes(body).filter((q) => q.kind !== 'direct');

describe('speaker names', () => {
  test.each([
    [
      'a role noun resolves to the person introduced with it, not the party word',
      'Green leader Ada Stone attacked the plan. "We will fight this cynical trick all the way," the Green leader said.',
      'Ada Stone',
    ],
    [
      'the attributed speaker of the previous sentence outranks a person named in its clause',
      'Mr Vance had "no idea how shops work", the union leader Kay Moss said. "He should spend a week on the tills before he decides," she said.',
      'Kay Moss',
    ],
    [
      'a pronoun right before the cue is its subject',
      'Rail boss Nia Cole spoke to reporters. Asked if she would back the Unity Party plan she told the BBC: "We will wait for the detail before we decide."',
      'Nia Cole',
    ],
    [
      'an age noun stands for the main person',
      'Jockey Sam Reilly won again. Sam Reilly rode three winners. "I never thought I would ride at this level," said the 31-year-old.',
      'Sam Reilly',
    ],
    [
      'a month name is no speaker',
      'Farmer Joe Kent spoke first. The tractor - which goes on sale in March - was described by Kent as "the best machine we have ever owned".',
      'Joe Kent',
    ],
  ])('%s', (_label, body, speaker) => {
    const q = direct(body).at(-1);
    expect(q?.speaker).toBe(speaker);
  });

  test.each([
    ['street', '"Trade was slow all week and the rain kept people away," Market Street said.'],
    ['month', 'The company - which opened in 1 January - said it now expected profits to fall sharply.'],
  ])('no ad hoc person from a %s word', (_label, body) => {
    for (const q of quotes(body))
      expect(q.speaker === 'Market Street' || q.speaker === 'January').toBe(false);
  });

  test('a vocabulary surname does not take over another first name', () => {
    const vocabulary = createVocabulary([
      { name: 'Mark Evans', type: 'person', aliases: ['Evans'], articleCount: 3 },
    ]);
    const body =
      'Spokesman Tony Evans said he expected record crowds at the fair. "We are very busy," he said.';
    const q = analyze({ body }, { vocabulary }).quotes.find((x) => x.kind === 'direct');
    expect(q?.speaker).toBe('Tony Evans');
  });
});

describe('attribution in the following sentence', () => {
  test.each([
    [
      'came from',
      'Council leader Ben Ash praised the scheme. "Our tills have never been this busy and the queues reach the door." The comments came from Lena Hart, who runs a shop.',
      'Lena Hart',
    ],
    [
      'view of',
      'Mayor Rob Dean backed the tower. "Nobody will buy these flats at that price, not in this market." That was the view of estate agent Omar Reid.',
      'Omar Reid',
    ],
  ])('%s', (_label, body, speaker) => {
    expect(direct(body).at(-1)?.speaker).toBe(speaker);
  });
});

describe('partial quotes after naming verbs', () => {
  test.each([
    [
      'dismissed as',
      'Planning chief Rosa Kemp has dismissed the scheme as "a developer fantasy" in a letter.',
      'a developer fantasy',
      'Rosa Kemp',
    ],
    [
      'branding',
      'On Tuesday, Mayor Tim Groves provoked anger by branding the protesters "paid stooges" at a rally.',
      'paid stooges',
      'Tim Groves',
    ],
    [
      'described by … as',
      'The gadget was described by designer Nina Patel as the "best phone yet" at the launch.',
      'best phone yet',
      'Nina Patel',
    ],
  ])('%s', (_label, body, text, speaker) => {
    const q = direct(body).find((x) => x.text === text);
    expect(q?.speaker).toBe(speaker);
  });

  test('a naming verb without "as" keeps scare quotes out', () => {
    expect(direct('Critics condemned the "eco mode" in a leaflet sent to homes.')).toEqual([]);
  });
});

describe('reported-speech forms', () => {
  test.each([
    [
      'said in a statement',
      'Chairman Leo Marsh said in a statement the board believed the offer was too low.',
      'the board believed',
      'Leo Marsh',
    ],
    [
      'said on Friday',
      'Chief executive Ana Ruiz said on Friday she was "deeply disappointed" with the drilling results.',
      'she was',
      'Ana Ruiz',
    ],
    [
      'pronoun clause',
      'The Nurses Union has said it strongly opposes the new shift pattern for wards.',
      'it strongly opposes',
      'Nurses Union',
    ],
    [
      'clause opening with a partial quote',
      'Mr Pike said "our town" was being ruined by traffic every single day.',
      'was being ruined',
      'Pike',
    ],
    [
      'defended the move, saying',
      'Transport minister Ian Frost defended the move, saying it would cut journey times for commuters.',
      'it would cut',
      'Ian Frost',
    ],
    [
      'and said',
      'Health minister Eva Lund denied the plan was changing and said the new rules would protect patients.',
      'the new rules would',
      'Eva Lund',
    ],
    [
      'claiming',
      'Activist Dan Shore quit the board, claiming the council had ignored every complaint from residents.',
      'the council had ignored',
      'Dan Shore',
    ],
    [
      'plural argue',
      'Party officials also argue the leader has not been honest about the debts.',
      'the leader has not been',
      null,
    ],
    [
      'added, saying',
      '"We have a strong case," lawyer Kim Reyes added, saying it would only matter once the trial began.',
      'it would only matter',
      'Kim Reyes',
    ],
  ])('%s', (_label, body, text, speaker) => {
    const r = reported(body).find((x) => x.text.includes(text));
    expect(r).toBeDefined();
    if (speaker === null) expect(r?.speaker).toBeNull();
    else expect(r?.speaker).toContain(speaker);
  });

  test.each([
    ['a whole direct quotation', 'Ms Lane said "we will never give up on this town".'],
    [
      '"as saying" is no participle cue',
      'The crowd was heard as saying nothing at all during the long speech.',
    ],
  ])('not reported speech: %s', (_label, body) => {
    expect(reported(body)).toEqual([]);
  });
});

test('"Labour says …. They say …": a body that spoke the sentence before is "they", plural name or not', () => {
  const body =
    'Labour says it wants to retain the property-based tax. They say they are already helping pensioners with council tax bills.';
  expect(analyze({ body }).quotes.map((q) => q.speaker)).toEqual(['Labour', 'Labour']);
});

test('"says this year\'s increases will be …": a time phrase with a possessive opens the reported clause', () => {
  const body =
    "Labour wants to keep the tax. The party says this year's increases will be the lowest in a decade.";
  expect(analyze({ body }).quotes[0]?.text).toBe("this year's increases will be the lowest in a decade");
});
