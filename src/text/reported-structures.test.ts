/** Reported-speech structures added for the widened dev set; every sentence here is invented. */
import { describe, expect, test } from 'vitest';
import { analyze } from './analyze.js';

const reported = (body: string) =>
  analyze({ body })
    .quotes.filter((q) => q.indirect)
    .map((q) => [q.speaker, body.slice(q.start, q.end)]);

describe('reported speech structures', () => {
  test.each([
    [
      'an auxiliary before the verb ("has warned that")',
      'Transport chief Ann Pryce has warned that on the busiest routes delays would double by the spring.',
      [['Ann Pryce', 'on the busiest routes delays would double by the spring']],
    ],
    [
      'a plural subject with "have said that"',
      'Prices fell again. Some economists have said that as much as 2% of growth may be lost this year.',
      [[null, 'as much as 2% of growth may be lost this year']],
    ],
    [
      '"told the court that" then a prepositional phrase inside the clause',
      'Witness Joan Teller told the court that in the weeks after the fire the owners had hidden the records.',
      [['Joan Teller', 'in the weeks after the fire the owners had hidden the records']],
    ],
    [
      '"told X in <place> she …" without "that"',
      'Joan Teller told the court in the town of Dunmore she was hired to manage the crisis.',
      [['Joan Teller', 'she was hired to manage the crisis']],
    ],
    [
      '"said, by <time>, he …": an adverbial between commas',
      'Home Secretary Carl Benn said, by 2010, he wanted every visitor to be fingerprinted on arrival.',
      [['Carl Benn', 'he wanted every visitor to be fingerprinted on arrival']],
    ],
    [
      '"pointed out that"',
      'Label boss Ray Tull pointed out that both of the biggest bands of the year were signed to small labels.',
      [['Ray Tull', 'both of the biggest bands of the year were signed to small labels']],
    ],
    [
      'a relative "who say" after a comma: the antecedent speaks',
      'The plan is backed by the Northern Growers Union, who say farmers will lose money on every crop they grow.',
      [['Northern Growers Union', 'farmers will lose money on every crop they grow']],
    ],
    [
      'a sentence-initial "It added that" is the organisation that spoke',
      'The Marsh Trust said the scheme was flawed. It added that the wildlife on the site had never been surveyed.',
      [
        ['Marsh Trust', 'the scheme was flawed'],
        ['Marsh Trust', 'the wildlife on the site had never been surveyed'],
      ],
    ],
    [
      'a plural verb after the clause (", advocates argue")',
      'The change will also create more jobs in the north, advocates argue.',
      [[null, 'The change will also create more jobs in the north']],
    ],
  ])('%s', (_label, body, expected) => {
    expect(reported(body)).toEqual(expected);
  });

  test.each([
    [
      'coordinated verbs: "said A and stressed that B"',
      'The council said that most tenants backed the plan and stressed that no family would lose its home.',
      [
        [null, 'most tenants backed the plan'],
        [null, 'no family would lose its home'],
      ],
    ],
    [
      '"…, but <new subject> said B"',
      'The Greens say they will study the report, but Tory Liam Ford said his party offered a real choice.',
      [
        [null, 'they will study the report'],
        ['Liam Ford', 'his party offered a real choice'],
      ],
    ],
    [
      '"…, while 92% said B"',
      'Some 80% said politicians broke their promises, while 92% said they never gave straight answers.',
      [
        [null, 'politicians broke their promises'],
        [null, 'they never gave straight answers'],
      ],
    ],
    [
      'a report nested inside the clause does not split it',
      'Joan Teller said that in the weeks after the fire, a lawyer had told her the records were lost.',
      [['Joan Teller', 'in the weeks after the fire, a lawyer had told her the records were lost']],
    ],
  ])('two reports in one sentence: %s', (_label, body, expected) => {
    expect(reported(body)).toEqual(expected);
  });

  test.each([
    [
      '", said X,"',
      'The tone of the campaign, said Mr Ned Marsh, would be calmer than in any previous election.',
      'Ned Marsh',
    ],
    [
      '", he said,"',
      'Tom Ashby spoke on Monday. Whether he still had a role to play, he said, was a matter for the voters.',
      'Tom Ashby',
    ],
  ])('an attribution between commas inside the sentence: %s', (_label, body, speaker) => {
    const r = reported(body);
    expect(r.at(-1)?.[0]).toBe(speaker);
    expect(r.at(-1)?.[1]).toMatch(/^(The tone|Whether)/);
  });
});
