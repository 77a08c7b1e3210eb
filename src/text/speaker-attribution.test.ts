/** Speaker attribution rules added for the widened dev set; every sentence here is invented. */
import { describe, expect, test } from 'vitest';
import { analyze } from './analyze.js';
import { createVocabulary } from './vocabulary.js';

const quotes = (body: string) => analyze({ body }).quotes;
const direct = (body: string) => quotes(body).filter((q) => q.kind === 'direct');
const reported = (body: string) => quotes(body).filter((q) => q.indirect);

describe('unnamed spokespeople and statements', () => {
  test.each([
    ['a spokeswoman for X', 'A spokeswoman for Halden Foods said: "We are looking at every option now."'],
    ["X's spokesman", 'Halden Foods\' spokesman said: "We are looking at every option now."'],
    ['an X official', '"We are looking at every option now," said a Halden Foods official.'],
    [
      "a person's spokesman",
      'Tony Blake spoke. Mr Blake\'s spokesman said: "We are looking at every option now."',
    ],
  ])('%s is a generic speaker, so the quote has none', (_label, body) => {
    expect(direct(body)[0]?.speaker).toBeNull();
  });

  test('the body a spokesperson speaks for is still a tag candidate', () => {
    const body =
      'Prices rose again. A spokeswoman for Halden Foods said: "We are looking at every option now." ' +
      '"Nothing has been ruled out at this stage," she added.';
    expect(analyze({ body }).tags.map((t) => t.name)).toContain('Halden Foods');
  });

  test('"it said" after an organisation spoke stands for that organisation', () => {
    const body =
      'The Marsh Trust said it had serious doubts about the scheme. "We think the plan is unworkable as drafted," it said.';
    expect(direct(body)[0]?.speaker).toBe('Marsh Trust');
  });

  test('"the statement" stands for the organisation that issued it', () => {
    const body =
      'In a statement the Marsh Trust said it had serious doubts about the scheme. ' +
      '"Wildlife would suffer badly as a result," said the statement.';
    expect(direct(body).at(-1)?.speaker).toBe('Marsh Trust');
  });
});

describe('role and organisation phrases', () => {
  test('"the US firm" is the firm, not the place that locates it', () => {
    const body =
      'Corvid Systems makes routers. The US firm says it will double its sales of routers within five years.';
    expect(reported(body)[0]?.speaker).toBe('Corvid Systems');
  });

  test('an unlisted modifier before a role head still names the role holder', () => {
    const body =
      'Harbour City sporting director Piet Lund spoke after the game. Harbour City lost again on Sunday. ' +
      '"That is complete nonsense from start to finish," said the Harbour City sporting director.';
    expect(direct(body).at(-1)?.speaker).toBe('Piet Lund');
  });
});

describe('pronouns after an attributed sentence', () => {
  test('"he" goes to the speaker of an earlier sentence, not a person its clause mentions first', () => {
    const body =
      "Mr Ross's tax plan would cost £300 more than the Tory offer, Ken Doyle said. Nothing in it would help schools. " +
      '"That is the battleground of this election and I say bring it on," he concluded.';
    expect(direct(body)[0]?.speaker).toBe('Ken Doyle');
  });
});

describe('subjects around the cue', () => {
  test('"…, and said: "…"": a coordinated verb shares the sentence subject', () => {
    const body =
      'Singer Tom Ashby spoke in Berlin. He hinted at his anger with the music business, and said: "Nobody in pop today is worth a fight."';
    expect(direct(body).at(-1)?.speaker).toBe('Tom Ashby');
  });

  test('`"…" between A and B, she added`: the subject after the last comma', () => {
    const body =
      'Former minister Ann Pryce spoke on Monday. Voters sat on the sidelines in "the endless battle of words" between the politician and the reporter, she added.';
    expect(direct(body).at(-1)?.speaker).toBe('Ann Pryce');
  });

  test('`"…," he said, but added that …`: the second verb shares "he"', () => {
    const body =
      'Tom Ashby spoke in Berlin. "I will keep on making records," he said, but added that he was "not going to be around".';
    expect(reported(body).map((q) => q.speaker)).toEqual(['Tom Ashby']);
  });

  test('"…, with X claiming …": the participle has its own subject', () => {
    const body =
      'The Greens are keen to press the point, with leader Carl Benn claiming voters had lost all faith in the government.';
    expect(reported(body)[0]?.speaker).toBe('Carl Benn');
  });

  test('"told BBC News 24 that": a number closes the outlet name', () => {
    const body =
      'Former minister Ann Pryce told BBC News 24 that there was a real problem of trust in politics.';
    expect(reported(body)[0]?.text).toBe('there was a real problem of trust in politics');
  });

  test("a person after a spokesperson's head is who they speak for, not the speaker", () => {
    const body =
      'A spokeswoman for the St Anne Shopping Centre said it looked like being the busiest day of the year.';
    expect(reported(body)[0]?.speaker).toBeNull();
  });

  test('"Mr Doyle\'s claim that …" is a noun, not a report', () => {
    const body = "He hit back at Mr Doyle's claim that a new assembly would improve transport in the region.";
    expect(reported(body)).toEqual([]);
  });
});

describe('role phrases that describe someone anew', () => {
  test('"But the Tory MP for X admitted" after a named speaker is that speaker', () => {
    const body =
      'Junior minister Carl Benn said the plan was sound. Former Cabinet minister Ned Hale said the plan was "costly and unnecessary". ' +
      'But the Tory MP for Leeds North admitted the old office "cannot be kept as it is".';
    expect(reported(body).at(-1)?.speaker).toBe('Ned Hale');
  });

  test('an indefinite role in one sentence is the person the next sentence names', () => {
    const body =
      'Pop star Jay Marlow is on trial. Jay Marlow denies the charges. Jay Marlow arrived early. ' +
      'A PR expert has told the trial that the film was an "absolute disaster". Ann Kite told the court she was hired after it aired.';
    expect(reported(body)[0]?.speaker).toBe('Ann Kite');
  });
});

describe('pronouns and naming verbs', () => {
  test('`"…" …, he added` keeps the speaker this sentence already quoted, not a person it mentions', () => {
    const body =
      'Party chief Tom Ashby has warned that voters are "far too relaxed". ' +
      'If voters "stay at home" they could see rival leader Carl Benn "walking into power through the back door", he added.';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Tom Ashby', 'Tom Ashby', 'Tom Ashby']);
  });

  test('"he" after an unnamed spokesperson spoke is that spokesperson, not the person they mentioned', () => {
    const body =
      "Mark Oakes spoke on Monday. Mark Oakes is the Tory leader. A Labour spokesman criticised Mark Oakes's record, saying crime had risen when he was in office. " +
      'He said: "Today the Tories are making promises they cannot pay for."';
    expect(direct(body).at(-1)?.speaker).toBeNull();
  });

  test.each([
    [
      '"called him "…""',
      'On Saturday the party chairman, Liam Ford, called him "a disappointment of historic proportions".',
      'Liam Ford',
    ],
    [
      'an evaluative verb right before the quotation',
      'The Greens said the plan was weak, while Labour criticised "extravagant" Tory promises.',
      'Labour',
    ],
    [
      'a participle after an attribution tail (", he said, accusing …")',
      '"This data is shocking," said Marc Nolan, market analyst at the Radix Group. "It explains why threats spread," he said, accusing users of "bad e-mail behaviour".',
      'Marc Nolan',
    ],
    [
      'a speech act with a long object before the quotation ("accused X of … and of "…"")',
      'Tory leader Michael Hollis has accused Mr Blake of steamrolling the house arrest plans and of "using national security for political point scoring".',
      'Michael Hollis',
    ],
    [
      'a verb coordinated after an object ("thanked X and described")',
      'Mark Olsen beat Paul Dane to the prize. He thanked Anna Berg and described the film as "a labour of love".',
      'Mark Olsen',
    ],
  ])('the namer of %s speaks the quotation', (_label, body, speaker) => {
    expect(direct(body).at(-1)?.speaker).toBe(speaker);
  });

  test('a generic namer leaves the quotation without a named speaker', () => {
    const body =
      'Economy minister Ivan Petrov attacked the sale. Another senior adviser called the sale "the swindle of the century".';
    expect(direct(body).at(-1)?.speaker).toBeNull();
  });

  test('"what X calls "…"" is someone else\'s term, not a quotation', () => {
    const body = 'Ivan Petrov said the talks had failed to cross what Moscow calls its "red lines".';
    expect(direct(body)).toEqual([]);
  });
});

describe('roles and organisation nouns', () => {
  test('a hyphenated, capitalised role no one was introduced with is the previous speaker described anew', () => {
    const body =
      'Home Secretary Carl Benn set out his plans. Tory Liam Ford said his party offered a real choice. ' +
      'The Conservative Party Co-Chairman said voters faced a choice between "doing nothing and acting now".';
    expect(reported(body).at(-1)?.speaker).toBe('Liam Ford');
  });

  test('a capitalised title before a name matched on its own still gives the person that role', () => {
    const vocabulary = createVocabulary([{ name: 'Carl Benn', type: 'person' }]);
    const body =
      'Home Secretary Carl Benn set out his plans. Tory Liam Ford said his party offered a real choice. ' +
      'The home secretary said every visitor would be fingerprinted on arrival from next year.';
    const q = analyze({ body }, { vocabulary }).quotes.filter((x) => x.indirect);
    expect(q.at(-1)?.speaker).toBe('Carl Benn');
  });

  test.each([
    [
      'federation',
      'The Police Union said it opposed the plan. The federation said officers lacked the training to do it.',
    ],
    [
      'bookmaker',
      'Betwell Ltd closed its book on the show. The bookmaker said its suspicions had been raised by late bets.',
    ],
  ])('"the %s" stands for the organisation named before', (_label, body) => {
    expect(reported(body).at(-1)?.speaker).not.toBeNull();
  });

  test('"the government" is a generic speaker, not the last organisation named', () => {
    const body =
      'The Police Union said it opposed the plan. But the government said the move would help police build safer streets.';
    expect(reported(body).at(-1)?.speaker).toBeNull();
  });
});

describe('partial quotations after speech acts', () => {
  test.each([
    [
      'accused … of "…"',
      'The Tories have accused Prime Minister Ann Pryce of being "terrified" of scrutiny.',
      'Conservatives',
    ],
    [
      'denied … "…" with a title before the name',
      'Labour election chief Tom Ashby denied the party was trying to "hide" the leader.',
      'Tom Ashby',
    ],
    [
      'a relative "who accused" after a comma',
      'The claim was strongly denied by chairman Fred Shaw, who accused the striker of "cheating" the club.',
      'Fred Shaw',
    ],
  ])('%s', (_label, body, speaker) => {
    const q = direct(body);
    expect(q).toHaveLength(1);
    expect(q[0]?.speaker).toContain(speaker);
  });
});

describe('more speaker phrases', () => {
  test('"said <role>, <Name>": the appositive names the speaker, not an earlier holder of the role', () => {
    const body =
      'Union chief economist Ian Marsh said rates would hold. "Rates should hold for now," said Union chief economist, Steve Radford.';
    expect(direct(body).at(-1)?.speaker).toBe('Steve Radford');
  });

  test('a next sentence whose cue has its own clause does not attribute the quote before it', () => {
    const body =
      'Tom Ashby went on to list his party\'s record. "So now we have a real choice to make." In response, Carl Benn said the Tories would cut waste.';
    expect(direct(body)[0]?.speaker).toBe('Tom Ashby');
  });

  test('a role held by someone introduced later, or with a rank the phrase lacks, is not them', () => {
    const body =
      'Carl Benn addressed the conference behind closed doors. The chancellor said the plans would cost £50bn. ' +
      'Shadow chancellor Liam Ford disagreed.';
    expect(reported(body)[0]?.speaker).toBe('Carl Benn');
  });

  test('"the 14-year-old" is the person the previous sentence introduced', () => {
    const body =
      'Tom Ashby won the award. Tom Ashby thanked the crowd. The youngest stars were there too, in the shape of Emma Stone, who plays a witch. ' +
      'The 14-year-old said she was hoping to meet Tom Ashby but joked that "he is probably a little too old for me".';
    expect(quotes(body).map((q) => q.speaker)).toEqual(['Emma Stone', 'Emma Stone']);
  });

  test('"the non-partisan charity said" is the organisation named before', () => {
    const body =
      'Leaders should debate on television, according to the Marsh Trust. It would be up to each leader to take part, the non-partisan charity said.';
    expect(reported(body).at(-1)?.speaker).toBe('Marsh Trust');
  });

  test('"Belgian authorities" is a generic group, not Belgium', () => {
    const body = 'The champion has tested positive for a banned drug, according to Belgian authorities.';
    expect(reported(body)[0]?.speaker).toBeNull();
  });

  test('"…, say industry experts": a plural verb may open the tail', () => {
    const body = 'New chemical mixes could boost battery power significantly, say industry experts.';
    expect(reported(body).map((q) => q.text)).toEqual([
      'New chemical mixes could boost battery power significantly',
    ]);
  });

  test('"<description>, the EEF, said": an appositive with "the" and a name is the speaker', () => {
    const vocabulary = createVocabulary([{ name: 'EEF', type: 'organisation' }]);
    const body =
      "The Bank held rates. Manufacturers' organisation, the EEF, said it expected the hold to continue for months.";
    const q = analyze({ body }, { vocabulary }).quotes.filter((x) => x.indirect);
    expect(q.at(-1)?.speaker).toBe('EEF');
  });
});

describe('generic subjects before a participle cue', () => {
  test('"A host of lenders and economists have predicted": a group noun heads the subject', () => {
    const body =
      'Estate agent boss Miles Shore spoke twice. Miles Shore was gloomy. A host of lenders and economists have predicted that prices will fall in 2006.';
    expect(reported(body).at(-1)?.speaker).toBeNull();
  });

  test('"A club spokesperson denied X did it, insisting: "…"": the spokesperson, not X', () => {
    const body =
      'A club spokesperson denied Tim Parks made the remark, insisting: "He definitely never said anything like it."';
    expect(direct(body)[0]?.speaker).toBeNull();
  });
});

describe('unattributed quotes and participles', () => {
  test("an unattributed quote after a sentence whose subject is someone new is theirs, not the last speaker's", () => {
    const body =
      '"What a great way to finish the year," said Rafa Nolan. US coach Pat Muir wants his team to play more on clay. ' +
      '"I think it will help these guys to learn how to mix things up a little bit."';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Rafa Nolan', 'Pat Muir']);
  });

  test('"X introduced Y, citing his hit as "…"": the participle shares the sentence subject', () => {
    const body =
      'Singer Rod Stone introduced Percy Sloan, citing his best-known hit as "one of the best performances".';
    expect(direct(body)[0]?.speaker).toBe('Rod Stone');
  });
});

describe('a quotation inside a reported clause', () => {
  test("takes the clause's speaker when its own cue names no one", () => {
    const body =
      'Mr Lane said: "I meant no harm to anyone at all." Mr Blair repeated calls for an apology. ' +
      'Mr Lane "should have withdrawn the comment at once" once he realised the reporter was Jewish, said Mr Blair.';
    expect(direct(body)[1]?.speaker).toBe('Blair');
  });
});

describe('names after the cue', () => {
  test('"said X Y of the Z Foundation" is the person, not the body', () => {
    const body =
      'Fans were angry. "We will fight this all the way," said Ray Marshall of the Hendrix Foundation.';
    expect(direct(body)[0]?.speaker).toBe('Ray Marshall');
  });

  test('a lone plural noun after the cue is no person ("said Friends of the Earth")', () => {
    const body = 'The plan was published. "It is a scandal for the whole region," said Friends of the Earth.';
    expect(direct(body)[0]?.speaker).not.toBe('Friends');
  });
});

describe('participle cues', () => {
  test('"He insisted …, saying: "…"" is the clause\'s subject, not a name in between', () => {
    const body =
      'Mr Blair faced questions about Iran and Jack Straw. He insisted there was no plan for an invasion of the country saying: "Sometimes people say this is the next place."';
    expect(direct(body)[0]?.speaker).toBe('Blair');
  });
});

describe('coordinated cues', () => {
  test('"…, but his lawyer, X, told … and added:" is X, not the first clause\'s subject', () => {
    const body =
      'US Customs claimed Mr Grant led the group, but his lawyer, Peter Walsh, told reporters it was absurd and added: "He could not even download software."';
    expect(direct(body)[0]?.speaker).toBe('Peter Walsh');
  });
});

describe('a parenthetical between the subject and the cue', () => {
  test.each([
    [
      'a relative clause naming someone else',
      'Cara Lind, who won for playing screen legend Greta Voss in The Pilot, said it was "an indescribable surprise and honour".',
      'Cara Lind',
    ],
    [
      'an appositive naming someone else',
      'Tom Hale, a friend of Greta Voss, said: "She never once missed a rehearsal in forty years."',
      'Tom Hale',
    ],
    [
      'a capitalised appositive is the name itself',
      'The union leader, Greta Voss, said: "We will not accept this offer on any terms."',
      'Greta Voss',
    ],
  ])('%s', (_label, body, speaker) => {
    expect(direct(body)[0]?.speaker).toBe(speaker);
  });

  test('the subject then carries on to "she said" in the next sentence', () => {
    const body =
      'Cara Lind, who played Greta Voss in The Pilot, said it was "a surprise and an honour". Of Voss, she said: "Her long career is an inspiration to everyone."';
    expect(direct(body).map((q) => q.speaker)).toEqual(['Cara Lind', 'Cara Lind']);
  });
});

describe('a name a cue alone makes a person', () => {
  const body =
    'Ludovic\'s Tavo has lifted the lid on the scenes after the game.\n\nHowever, Tavo tried to play it down, adding: "There was nothing unusual." But Tavo was highly critical of the tackles, particularly on Jose Antonio Reyes. "I think we were a lot fairer," he said.';

  test('is the person the same name means elsewhere in the article ("But Edu was …. "…," he said")', () => {
    const analysis = analyze({ title: 'Tavo describes tunnel fracas', body });
    expect(analysis.entities.find((e) => e.name === 'Tavo')?.mentions).toHaveLength(5);
    expect(direct(body).map((q) => q.speaker)).toEqual(['Tavo', 'Tavo']);
  });

  test('but not where the article shows the name is a body\'s ("search start-up Blinkx")', () => {
    const analysis = analyze({
      body: 'The search start-up Plenkx has released new software. Plenkx is software that watches what someone does, and suggests websites that are related. "It will help," said Jo Doe, co-founder of Plenkx.',
    });
    const plenkx = analysis.entities.find((e) => e.name === 'Plenkx');
    expect(plenkx?.type === 'person' ? plenkx.mentions.length : 0).toBeLessThan(2);
  });
});
