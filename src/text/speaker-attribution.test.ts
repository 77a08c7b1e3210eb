/** Speaker attribution rules added for the widened dev set; every sentence here is invented. */
import { describe, expect, test } from 'vitest';
import { analyze } from './analyze.js';

const quotes = (body: string) => analyze({ body }).quotes;
const direct = (body: string) => quotes(body).filter((q) => q.kind === 'direct');
const reported = (body: string) => quotes(body).filter((q) => q.indirect);

describe('unnamed spokespeople and statements', () => {
  test.each([
    ['a spokeswoman for X', 'A spokeswoman for Halden Foods said: "We are looking at every option now."'],
    ["X's spokesman", 'Halden Foods\' spokesman said: "We are looking at every option now."'],
    ['an X official', '"We are looking at every option now," said a Halden Foods official.'],
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
