/** Speakers from the surrounding context: leads, role phrases, "the company", surveys, acronyms; invented text. */
import { describe, expect, test } from 'vitest';
import { analyze } from './analyze.js';
import { createVocabulary } from './vocabulary.js';

const quotes = (body: string) => analyze({ body }).quotes;
const direct = (body: string) => quotes(body).filter((q) => q.kind === 'direct');
const reported = (body: string) => quotes(body).filter((q) => q.kind !== 'direct');

describe('speakers from context', () => {
  test.each([
    [
      'a definite role phrase opening the subject beats the party named in it and a later participle',
      'Peter Walsh spoke on Monday. But the Labour leader will argue against taxes saying they are "outdated and unjust".',
      'Peter Walsh',
    ],
    [
      '"continues to" in the reported clause is not the cue: the company says',
      'Acme Corp took out adverts. Meanwhile Bolt Industries is launching adverts. In the adverts, the company says the report continues to "spread fear among patients".',
      'Bolt Industries',
    ],
    [
      '"the company" is the firm named most often, not a body it answers',
      'Bolt Industries makes drugs. Bolt Industries is launching adverts. The move answers a report by the Royal Medical Society. The company said the report was "false and misleading".',
      'Bolt Industries',
    ],
    [
      'a full name right before "saying" is the participle\'s subject',
      'Acme Corp kicked off the battle with adverts, using an open letter from company president Peter Walsh saying it was time to hear the "unfiltered truth".',
      'Peter Walsh',
    ],
    [
      'an acronym stands for the organisation it abbreviates',
      'Sales fell in May, the British Retail Consortium (BRC) said. "It was a tough month for all," the BRC added.',
      'British Retail Consortium',
    ],
    [
      "a pronoun in a relative clause is not the relative pronoun's antecedent",
      'Former winger Peter Walsh criticised the side. "Some people are leaders and some are not," said Walsh. Walsh, though, defended coach Tom Grey, who he believes was the "only choice" after the resignation.',
      'Peter Walsh',
    ],
    [
      'of two people in the nearest sentence, a pronoun prefers the one who spoke last',
      'Tom Grey spoke on Monday. "I am not privy to everyone\'s diary," Mr Grey said. Mr Brown has headed the campaigns before but Mr Grey is taking that role this time. In a break with the past, Labour will not hold a daily news conference. It will not be a "battle bus" style campaign either, he said.',
      'Tom Grey',
    ],
    [
      "a quotation inside a sentence of a new paragraph is its subject's words",
      'Peter Walsh spoke on Monday. "We are ready," said Tom Grey.\n\nPeter Walsh then attacked the government over its "stealth taxes and broken promises" in a long speech.',
      'Peter Walsh',
    ],
    [
      'a verb coordinated after quotations shares the subject that opens the sentence',
      'Peter Walsh spoke on Monday. He said "our country" was being "stolen from us" by mass immigration and promised a "firm but fair" policy on immigration.',
      'Peter Walsh',
    ],
    [
      '"which it describes as" is the organisation named before',
      'The Home Office has produced its own report on the scheme which it describes as "encouraging". Ms Jones said so.',
      'Home Office',
    ],
  ])('%s', (_label, body, speaker) => {
    expect(direct(body).at(-1)?.speaker).toBe(speaker);
  });

  test('before anyone is quoted, an unattributed quotation belongs to the person the lead is about', () => {
    const body =
      'Peter Walsh - who has resigned as home secretary - built his reputation as a plain-speaking man.\n\nThings started to go wrong. "I tried for three years to make something work."\n\n"None of us believe countering terrorism is about party politics," Mr Walsh said.';
    expect(direct(body)[0]?.speaker).toBe('Peter Walsh');
  });

  test('"it" after two firms is the one the article is about', () => {
    const body =
      'Acme Corp is an oil firm. Acme Corp lost its unit. The announcement came after Acme Corp accused Bolt Industries of taking part in the auction. It has said it will be seeking damages of $20bn.';
    expect(reported(body).at(-1)?.speaker).toBe('Acme Corp');
  });

  test('a role no one held yet is the person introduced with it in the next sentences', () => {
    const body =
      'Michael Grey set out his plans. Michael Grey spoke. The chairman of the Police Federation said it was essential that independence was kept. Sarah Jones, chairman of the Police Federation, said the plans were flawed and dangerous.';
    expect(reported(body)[0]?.speaker).toBe('Sarah Jones');
  });

  test('a quotation in a paragraph that already has a speaker stays theirs', () => {
    const body =
      'Tom Grey attacked the Budget. "It is a con," he said. Mr Brown liked to rattle off "magical sums conjured out of thin air" in a bid to win votes.';
    expect(direct(body).at(-1)?.speaker).toBe('Tom Grey');
  });

  test('a name inside a quotation that opens the previous sentence is not its subject', () => {
    // The second sentence begins inside the quotation, so "Tolkien" there is the speaker's word.
    const body =
      'Producer Kevin Walsh spoke on Monday. "Toronto wanted it. The Tolkien books sell well here," said Mr Walsh, after signing the deal. "We hope the buzz will grow."';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Kevin Walsh', 'Kevin Walsh']);
  });

  test('"he" is the previous sentence\'s subject, not the last speaker named in its relative clause', () => {
    const body =
      'Mark Olsen could not attend. "I am proud to receive this prize," he said in a message. ' +
      'Peter Brody, who lost out on the prize to Olsen, will face him again in two weeks.\n\n' +
      '"It is the first time I have come to the awards," he told reporters.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Mark Olsen', 'Peter Brody']);
  });

  test('"the former monopoly" is the firm the article is about', () => {
    const body =
      'Telvox Group made its offer to the regulator. Rivals say Telvox Group abuses its reach. "We will open our network to all operators," the former monopoly said in a statement.';
    expect(direct(body)[0]?.speaker).toBe('Telvox Group');
  });

  test('"the radio station" is the broadcaster named before', () => {
    const body =
      'The three DJs will stay on Radio 1. "Nobody can replace him," said the radio station. It added that the show would start in May.';
    expect(direct(body)[0]?.speaker).toBe('Radio 1');
  });

  test('"…, X points out." is reported speech, and the next quotation continues X', () => {
    const body =
      "Mr Hadi runs Blackwatch. Blackwatch's Baghdad-based affiliate has dozens of people working across the country, Mr Hadi points out. " +
      '"These guys are trying to work. The business people will do business at all times."';
    expect(quotes(body).map((q) => [q.kind, q.speaker])).toEqual([
      ['indirect', 'Hadi'],
      ['direct', 'Hadi'],
    ]);
  });

  test('a title in lowercase words stays in the subject ("Shadow home secretary Jo Doe")', () => {
    const body =
      'Shadow home secretary David Dorn said the ruling mattered and urged ministers to act as fast as "competently possible".';
    expect(direct(body)[0]?.speaker).toBe('David Dorn');
  });

  test('a place modifying a common noun does not speak: "one Karachi broker", "Australia\'s watchdog"', () => {
    const body =
      'Mr Lakhani runs a fund. "Profits are good," he said. One leading Karachi broker said the real reasons may be political. ' +
      '"If you sue over Saudi money, Arab money will not go to the US any more." ' +
      "Last month Australia's competition watchdog said it would not oppose the purchase.";
    expect(quotes(body).map((q) => q.speaker)).toEqual(['Lakhani', null, null, null]);
  });

  test('a place still speaks through its government or side', () => {
    const body =
      'The Iraqi government said: "We are ready to talk to anyone." "We will stay," the American side said.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Iraq', 'US']);
  });

  test('"they" is a body with a plural name named just before, never a group of people', () => {
    const body =
      'The bill will be opposed by the Liberal Democrats. They have said the scheme is "deeply flawed" and a waste of money. ' +
      'The Conservatives met on Monday, and analysts were sceptical. They said "nothing will change" at all.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Liberal Democrats', null]);
  });

  test('"he" skips a person named in an introductory clause of the sentence before', () => {
    const body =
      'Mr Bell became chief executive in April. Having worked closely with Mr Canton, who came out of retirement, Mr Bell focused on existing restaurants. ' +
      'He had promised not to let the company get "fat, dumb and happy" at all.';
    expect(direct(body)[0]?.speaker).toBe('Bell');
  });

  test('a new role for the subject of the sentence before, when that subject is "he"', () => {
    const body =
      'Tony Wilson, who founded the label, said he would "rather not" appear in the film about Ian Curtis. He made a cameo in an earlier film. ' +
      '"I am not an actor and I did a lousy job playing my part," said the Factory Records founder.';
    expect(direct(body).at(-1)?.speaker).toBe('Tony Wilson');
  });

  test('a role no one holds yet is the person the next sentence names as speaking', () => {
    const body =
      'Mr Kennedy missed the vote on Monday. On Saturday, the party chief executive said it was "just a cock-up" that he missed it. ' +
      '"Nobody had any idea that was going to happen," Lord Rennard told reporters.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Lord Rennard', 'Lord Rennard']);
  });

  test('"the Argentine" is the person introduced with that demonym', () => {
    const body =
      'Lleyton Hewitt beat Argentine David Nalbandian in five sets. The Argentine had stoked up the temperature by saying ' +
      'Hewitt\'s celebrations were "not very good for the sport" at all.';
    expect(direct(body)[0]?.speaker).toBe('David Nalbandian');
  });

  test('"…," smiles one broker: an unnamed speaker, and the next quotation stays theirs', () => {
    const body =
      '"That is rubbish," exchange chairman Yaseen Lakhani told the BBC. Investment may now flow in. ' +
      '"You can call it a peace dividend," smiles one broker. "Let us see how long one can reap its benefits."';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Yaseen Lakhani', null, null]);
  });

  test('a sentence adverb is no one\'s name ("Possibly as a result, …")', () => {
    const body =
      'Bosses were polled. Possibly as a result, fewer companies called low-cost rivals a "significant threat" this year.';
    expect(direct(body)[0]?.speaker ?? null).toBeNull();
  });

  test('"she" is the sentence subject when the last speaker is only named in its object phrase', () => {
    const body =
      'Serena Williams was far from content. "I do not know what I was doing there," she said. ' +
      'But Daniela Hantuchova is upbeat ahead of her clash with the younger Williams sister, who was handed a bye. ' +
      '"I feel I have an advantage because I have already played two matches here," she said.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Serena Williams', 'Daniela Hantuchova']);
  });

  test('"the agent added" is the person the sentence before reported', () => {
    const body =
      'Dipo Alli insists the player is worth more than the club offered. "He wants to stay and his demands are anything but excessive," the agent added.';
    expect(direct(body)[0]?.speaker).toBe('Dipo Alli');
  });

  test('"a judge said" after a judge was named is another judge, left unnamed', () => {
    const body =
      'Lady Hale, a senior judge, said the officers had acted unlawfully. The case was lost in 2002 when a judge said the system was "no more or less objectionable" than a visa control.';
    expect(direct(body)[0]?.speaker ?? null).toBeNull();
  });

  test('"the youngster said" after "Meanwhile, <role> X is delighted"', () => {
    const body =
      'The coach named his squad on Monday. Meanwhile, Perpignan centre Jean-Paul Granier is delighted to have been called up. ' +
      '"It is incredible," the youngster said.';
    expect(direct(body)[0]?.speaker).toBe('Jean-Paul Granier');
  });

  test('a person named between the subject and the quotation outranks the subject', () => {
    const body =
      'The Greens are keen to highlight the issue, with Tom Grey claiming voters had a "deep lack of trust in the leader".';
    expect(direct(body).at(-1)?.speaker).not.toBe('Greens');
  });

  test('a body noun that is also a verb ("the club said") is the subject of a report', () => {
    const body =
      'Northam United has agreed to give Peter Walsh access to its books. Mr Walsh presented proposals. The club said it continued to oppose the plans.';
    expect(reported(body)[0]?.speaker).toBe('Northam United');
  });

  test('a relative clause after a quotation ("where X argued") is no attribution', () => {
    const body =
      'The Greens will back the plan. The decision follows a "tough meeting" where some senior Greens argued against it, party sources said.';
    expect(direct(body)[0]?.cue ?? null).not.toBe('argued');
  });

  test('"sources within <party>" are a generic speaker, not the party', () => {
    const body =
      'Sources within the Green Party told the BBC Tom Grey has always been in favour of the plan.';
    expect(reported(body)[0]?.speaker).toBeNull();
  });

  test('a quotation in the clause of a generic reporter has no named speaker', () => {
    const body =
      'Tom Grey spoke for the Greens. "We are ready," he said. The party has been "agnostic" on the issue until now but has decided to act, a party source said.';
    expect(direct(body).at(-1)?.speaker).toBeNull();
  });

  test('"the letter added" is the body that issued it', () => {
    const body =
      'Bolt Industries is launching adverts. In the adverts, the company says the report was wrong. "It was simply wrong to suggest that data was missing," the letter added.';
    expect(direct(body).at(-1)?.speaker).toBe('Bolt Industries');
  });

  test('once one person alone has been quoted, an unattributed quotation is theirs', () => {
    const body =
      'Peter Walsh runs the club. "We will review our finances," Mr Walsh said.\n\nThe club is funding its move through loans. It is also looking to new markets. "We have two people travelling round Asia at the moment building links with clubs."';
    expect(direct(body).at(-1)?.speaker).toBe('Peter Walsh');
  });

  test('a quotation after an unnamed spokesperson does not go to the one person quoted before', () => {
    const body =
      'Peter Walsh runs the club. "We will review our finances," Mr Walsh said. A club spokesman has said the move is part of its plan to build a "balanced and modern sporting club".';
    expect(direct(body).at(-1)?.speaker).toBeNull();
  });

  test('"X, who … said" with the relative clause left unclosed: X is the speaker', () => {
    const body =
      'Mr Walsh, who on Thursday won £150,000 in libel damages from the Daily Globe said he would contest the seat for his party.';
    expect(reported(body)[0]?.speaker).not.toBe('Daily Globe');
  });

  test('a known "Sir John Doe" is "Sir John" later, not a new person John', () => {
    const vocabulary = createVocabulary([{ name: 'Sir John Bourn', type: 'person' }]);
    const body =
      'Audit Office chief Sir John Bourn said a new scheme was being looked at. On the bills, Sir John said Defra had paid 97% of them since 2001.';
    const speakers = analyze({ body }, { vocabulary }).quotes.map((q) => q.speaker);
    expect(speakers).toEqual(['Sir John Bourn', 'Sir John Bourn']);
  });

  test('"Mr Justice Doe" is a person despite the ambiguous title', () => {
    const body =
      'Mr Justice Eady said he was "obliged to compensate Mr Walsh and to restore his reputation".';
    expect(direct(body)[0]?.speaker).toBe('Eady');
  });

  test('an indefinite speaker in the lead is the body a following sentence names as speaking', () => {
    const body =
      'Millions of workers will lose their jobs under new trade rules, a charity has warned.\n\nThe World Trade Organisation is to end its agreement on 31 December. Oxfam condemned the move, saying it would cost jobs.';
    expect(reported(body)[0]?.speaker).toBe('Oxfam');
  });

  test('a report in the lead stays unnamed', () => {
    const body =
      'House prices will fall next year, a report has said.\n\nAcme Bank said its own figures showed prices falling.';
    expect(reported(body)[0]?.speaker).toBeNull();
  });

  test('the body a poll was conducted for is not its speaker', () => {
    const body =
      'Most voters do not trust politicians to tell the truth, a new poll conducted for the BBC suggests.';
    const q = reported(body)[0];
    expect(q).toBeDefined();
    expect(q?.speaker).toBeNull();
  });

  test('"continue to" is no speech cue', () => {
    const body = 'Prices continued to "soar out of control" all year.';
    expect(direct(body)[0]?.cue ?? null).not.toBe('continued');
  });
});
