import { describe, expect, test } from 'vitest';
import { buildDocs } from './document.js';
import { findQuoteSpans, quoteText } from './quote-marks.js';

const quotesIn = (body: string, title?: string) => {
  const docs = buildDocs({ title, body });
  return docs.flatMap((doc) => findQuoteSpans(doc).map((q) => quoteText(doc, q)));
};

describe('findQuoteSpans', () => {
  test.each([
    ['straight quotes', 'He said: "We are ready to talk." Then he left.', ['We are ready to talk.']],
    ['curly quotes', 'She said: “We will not give up.”', ['We will not give up.']],
    [
      'nested single quotes',
      '"They called it \'a red line\' again," he said.',
      ["They called it 'a red line' again,"],
    ],
    ['two quotes in a sentence', '"First part," he said, "second part."', ['First part,', 'second part.']],
    ['guillemets', 'Il a dit: «Nous sommes prêts»', ['Nous sommes prêts']],
    [
      'two apostrophes typed for double marks, beside a possessive and a nested single',
      "The players' coach said: ''We played the 'right way' today.''",
      ["We played the 'right way' today."],
    ],
  ])('%s', (_name, body, expected) => {
    expect(quotesIn(body)).toEqual(expected);
  });

  test('joins a quotation that runs over paragraphs', () => {
    const body = '"We will not shut the door.\n\n"But we will not give up on principles," Sherman said.';
    expect(quotesIn(body)).toEqual(['We will not shut the door. But we will not give up on principles,']);
  });

  test('closes an unbalanced quotation at the end of its paragraph', () => {
    const body = 'He said "this is never closed.\n\nA new paragraph without quotes.';
    expect(quotesIn(body)).toEqual(['this is never closed.']);
  });

  // A mark that reopens right after a sentence end is a paragraph break lost in the source text: the
  // quotation continues (the annotation convention: one span). Elsewhere an opener ends the unclosed quote.
  test.each([
    ['He said: "It will help. "Above all it will last."', ['It will help. Above all it will last.']],
    [
      '"We won. "Next week is harder. "We must rest," she said.',
      ['We won. Next week is harder. We must rest,'],
    ],
    ['She called it "a fudge and "a mess" today.', ['a fudge and', 'a mess']],
  ])('lost paragraph breaks: %s', (body, expected) => {
    expect(quotesIn(body)).toEqual(expected);
  });

  test('reads single-quote marks in headlines', () => {
    expect(quotesIn('Body.', "Blair 'will not quit over the war'")).toEqual(['will not quit over the war']);
  });

  test('ignores apostrophes in headlines', () => {
    expect(quotesIn('Body.', "Russia's envoy meets Nato's chief")).toEqual([]);
  });
});

describe('single-quote bodies', () => {
  test('reads ‘curly single’ quotations when a body has no double marks', () => {
    expect(quotesIn('The minister said: ‘We are ready to talk to anyone.’ He left.')).toEqual([
      'We are ready to talk to anyone.',
    ]);
  });
});

describe('curly singles beside doubles', () => {
  test.each([
    [
      'singles and doubles for different quotations',
      '‘We have turned the corner, and the figures don’t lie,’ he said. Ms Chen said: “Prices will rise.”',
      ['We have turned the corner, and the figures don’t lie,', 'Prices will rise.'],
    ],
    [
      'a double nested in a single',
      '‘They called it “a red line” again,’ she said.',
      ['They called it “a red line” again,'],
    ],
    [
      'a single nested in a double',
      '“They called it ‘a red line’ again,” she said.',
      ['They called it ‘a red line’ again,'],
    ],
    [
      'a plural possessive inside a single quotation',
      '‘The players’ union will fight this,’ he said.',
      ['The players’ union will fight this,'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(quotesIn(body)).toEqual(expected);
  });
});

describe('a lost opening mark', () => {
  test('a closer glued to punctuation with nothing open does not open a quotation', () => {
    const body =
      'They want to buy arms from Europe." When he was in Tokyo, the minister said the plan was "a worrying issue". Adams said: "This is a huge signal."';
    expect(quotesIn(body)).toEqual(['a worrying issue', 'This is a huge signal.']);
  });
});
