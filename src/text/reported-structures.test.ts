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

describe('more reporting structures', () => {
  test.each([
    [
      '", the <outlet> reports"',
      'Corvid Systems was granted 300 patents last year, more than any other firm, the Daily Ledger reports.',
      'Daily Ledger',
      'Corvid Systems was granted 300 patents last year, more than any other firm',
    ],
    [
      '", X was quoted as saying by <outlet>"',
      'The ownership question will be settled under the competition law, energy minister Ivan Petrov was quoted as saying by the Tass news agency.',
      'Ivan Petrov',
      'The ownership question will be settled under the competition law',
    ],
    [
      '"with X suggesting that"',
      'No details were given, with Ivan Petrov suggesting that the state may decide case by case.',
      'Ivan Petrov',
      'the state may decide case by case',
    ],
    [
      '"According to X, <clause with a partial quotation>"',
      'According to Glen Waller, the firm "was not planning to bid at a new tender anyway".',
      'Glen Waller',
      'the firm "was not planning to bid at a new tender anyway',
    ],
    [
      '"promised <clause>"',
      'Corvid Systems promised further patents would be made freely available to developers.',
      'Corvid Systems',
      'further patents would be made freely available to developers',
    ],
    [
      'a subordinate clause holds its own subject ("although critics have said")',
      'Corvid Systems backed the free software movement although critics have said this was done only to hurt its rivals.',
      null,
      'this was done only to hurt its rivals',
    ],
    [
      'a capitalised appositive between commas is the speaker ("X\'s leader, Jo Doe, has said")',
      "The Unity Party's deputy leader Ned Hale spoke first. The Unity Party's leader, Roger Knapp, has said he is glad to see the back of the rebels.",
      'Roger Knapp',
      'he is glad to see the back of the rebels',
    ],
  ])('%s', (_label, body, speaker, text) => {
    const q = analyze({ body })
      .quotes.filter((x) => x.indirect)
      .at(-1);
    expect(q?.speaker).toBe(speaker);
    expect(body.slice(q!.start, q!.end)).toBe(text);
  });

  test('an outlet reporting a clause that has its own speech verb is the source, not a second report', () => {
    const body = 'Deputy minister Ivan Petrov said Moscow had no plan to invade, the Tass agency reported.';
    expect(
      analyze({ body })
        .quotes.filter((x) => x.indirect)
        .map((x) => x.speaker),
    ).toEqual(['Ivan Petrov']);
  });
});

test('", according to X," inside the sentence reports the whole sentence', () => {
  const body =
    'The figures, according to economists at Harbour Capital, point to a slowdown in building work.';
  const q = analyze({ body }).quotes.filter((x) => x.indirect);
  expect(q.map((x) => [x.speaker, body.slice(x.start, x.end)])).toEqual([
    [
      'Harbour Capital',
      'The figures, according to economists at Harbour Capital, point to a slowdown in building work',
    ],
  ]);
});

test.each([
  [
    'told the BBC News website',
    'Tom Ashby told the BBC News website he would stand again at the next election.',
    'he would stand again at the next election',
  ],
  [
    "told a long outlet's programme that",
    "Tom Ashby told BBC Radio Scotland's Good Morning Scotland programme that the plan had failed badly.",
    'the plan had failed badly',
  ],
  [
    'went on to say that',
    'Tom Ashby went on to say that the plan had failed badly.',
    'the plan had failed badly',
  ],
])('the reported clause starts after the object or cue phrase: %s', (_label, body, text) => {
  const q = analyze({ body }).quotes.filter((x) => x.indirect);
  expect(q.map((x) => [x.speaker, body.slice(x.start, x.end)])).toEqual([['Tom Ashby', text]]);
});

describe('clause starts and subjects', () => {
  test.each([
    [
      '"warned the pressure is mounting": no object before a finite verb',
      'Former player Tom Ashby has warned the pressure is mounting on the coach after the defeat.',
      'Tom Ashby',
      'the pressure is mounting on the coach after the defeat',
    ],
    [
      '"said" with a long subject before its verb',
      'Volta Motors said higher healthcare costs in North America, and lower profits at its finance arm, would hurt its results.',
      'Volta Motors',
      'higher healthcare costs in North America, and lower profits at its finance arm, would hurt its results',
    ],
    [
      'a long introductory clause before the subject',
      'Speaking in the Commons after the minister had delivered what is widely thought to be the last budget, Tom Ashby acknowledged that the economy was strong.',
      'Tom Ashby',
      'the economy was strong',
    ],
    [
      '"the company said, adding …"',
      'Volta Motors cut its forecast. "Earnings of $10 a share remain our goal," the company said, adding it believes it can do this by 2007.',
      'Volta Motors',
      'it believes it can do this by 2007',
    ],
    [
      '"The entrepreneur said" names the article\'s person',
      'Andrew Fisk is selling space on his forehead. Andrew Fisk has had 39 bids. The entrepreneur said his mother was surprised at first.',
      'Andrew Fisk',
      'his mother was surprised at first',
    ],
  ])('%s', (_label, body, speaker, text) => {
    const q = analyze({ body })
      .quotes.filter((x) => x.indirect)
      .at(-1);
    expect([q?.speaker, q ? body.slice(q.start, q.end) : null]).toEqual([speaker, text]);
  });
});
