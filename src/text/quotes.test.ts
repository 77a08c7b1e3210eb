import { describe, expect, test } from 'vitest';
import { analyze } from './analyze.js';

const INTRO =
  'US Deputy Secretary of State Wendy Sherman met Deputy Foreign Minister Sergei Ryabkov in Geneva on Monday.\n\n';

const direct = (body: string) => analyze({ body }).quotes.filter((q) => q.kind === 'direct');

describe('direct quote attribution', () => {
  test.each([
    [
      'cue before name',
      `${INTRO}"We were firm on our principles today," said Sherman.`,
      'Wendy Sherman',
      'said',
    ],
    [
      'name before cue',
      `${INTRO}"We need legally binding guarantees," Ryabkov said.`,
      'Sergei Ryabkov',
      'said',
    ],
    [
      'colon introduction',
      `${INTRO}Sherman said: "We will not shut the door to diplomacy."`,
      'Wendy Sherman',
      'said',
    ],
    [
      'pronoun after quote',
      `${INTRO}Ryabkov spoke first. "The situation is very dangerous now," he said.`,
      'Sergei Ryabkov',
      'said',
    ],
    [
      'female pronoun',
      `${INTRO}Ryabkov left early. "We remain open to further talks," she said.`,
      'Wendy Sherman',
      'said',
    ],
    [
      'role noun',
      `${INTRO}"There are no grounds for fear at all," the deputy minister said.`,
      'Sergei Ryabkov',
      'said',
    ],
    [
      'told reporters',
      `${INTRO}"We will not allow anyone to slam the door," Sherman told reporters.`,
      'Wendy Sherman',
      'told reporters',
    ],
    ['curly marks', `${INTRO}“We will keep talking to our partners,” Sherman said.`, 'Wendy Sherman', 'said'],
    [
      'name with appositive',
      'Acme Corp shares fell.\n\n"We expect a much better year ahead," said Mr John Smith, chief executive of Acme Corp.',
      'John Smith',
      'said',
    ],
    [
      // An unnamed spokesperson is a generic speaker (eval/README.md): no name, though the body is tagged.
      'unnamed spokesperson',
      'The talks ended.\n\n"The president was briefed on the outcome," a White House spokesman said.',
      null,
      'said',
    ],
  ])('%s', (_name, body, speaker, cue) => {
    const q = direct(body)[0];
    expect(q?.speaker).toBe(speaker);
    expect(q?.cue).toBe(cue);
  });

  test('records the outlet for "quoted him as saying"', () => {
    const body = `${INTRO}Ryabkov was defiant. RIA Novosti quoted him as saying: "The American side must take our concerns seriously."`;
    const q = direct(body)[0]!;
    expect(q).toMatchObject({
      speaker: 'Sergei Ryabkov',
      source: 'RIA Novosti',
      cue: 'quoted him as saying',
    });
  });

  test('joins a quotation spanning paragraphs and attributes it once', () => {
    const body = `${INTRO}"We will not shut the door. We are prepared to move forward.\n\n"But we will not give up on our principles," Sherman said.`;
    const quotes = direct(body);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe(
      'We will not shut the door. We are prepared to move forward. But we will not give up on our principles',
    );
    expect(quotes[0]!.speaker).toBe('Wendy Sherman');
  });

  test('continues the speaker across consecutive quote paragraphs', () => {
    const body = `${INTRO}"We were firm on every point we raised," said Sherman.\n\n"Nothing is agreed until everything is agreed."`;
    expect(direct(body).map((q) => q.speaker)).toEqual(['Wendy Sherman', 'Wendy Sherman']);
  });

  test('continues the speaker after a mid-quote attribution', () => {
    const body = `${INTRO}"We were firm," Sherman said. "We will keep talking to them next week."`;
    expect(direct(body).map((q) => q.speaker)).toEqual(['Wendy Sherman', 'Wendy Sherman']);
  });

  test('skips scare quotes of a word or two', () => {
    const body = `${INTRO}Sherman rejected what Moscow calls its "red lines" in Europe.`;
    expect(direct(body)).toEqual([]);
  });

  test('keeps a short quotation that has a cue', () => {
    const body = `${INTRO}"Absolutely not," Sherman said.`;
    expect(direct(body)[0]?.speaker).toBe('Wendy Sherman');
  });

  test('leaves unattributable quotations without a speaker', () => {
    const body = 'The report was published on Monday. "Prices will keep rising for some years to come."';
    expect(direct(body)[0]?.speaker).toBeNull();
  });

  test('gives spans of the quoted words', () => {
    const body = `${INTRO}"We were firm on our principles," said Sherman.`;
    const q = direct(body)[0]!;
    expect(body.slice(q.start, q.end)).toBe('We were firm on our principles');
  });

  test('adds resolved pronouns and role nouns to the entity mentions', () => {
    const body = `${INTRO}"There are no grounds for fear at all," the deputy minister said.`;
    const ryabkov = analyze({ body }).entities.find((e) => e.name === 'Sergei Ryabkov')!;
    expect(ryabkov.mentions.map((m) => m.text)).toContain('the deputy minister');
  });
});

test('a quoted title after "the" or "on" is no quotation ("the report on the "State of Commodity Markets 2004" said")', () => {
  const body =
    'Subsidies distort the market, the Farmwatch report on the "State of Agricultural Commodity Markets 2004" ' +
    'said. She said "No Way" to the plan. Critics called him a "21st Century Fagin".';
  const quotes = analyze({ body }).quotes.filter((q) => q.kind === 'direct');
  expect(quotes.map((q) => body.slice(q.start, q.end))).toEqual(['No Way', '21st Century Fagin']);
});
