import { describe, expect, test } from 'vitest';
import { analyseText, tokenize } from './tokenize.js';

const sentencesOf = (text: string) => analyseText(text).sentences.map((s) => text.slice(s.start, s.end));

describe('tokenize', () => {
  test('splits possessives off names', () => {
    expect(tokenize("Russia's envoy").map((t) => t.text)).toEqual(['Russia', "'s", 'envoy']);
  });

  test('keeps hyphenated and dotted words whole', () => {
    expect(tokenize('non-starters U.S. 4.7%').map((t) => t.text)).toEqual([
      'non-starters',
      'U.S',
      '.',
      '4.7',
      '%',
    ]);
  });

  test('records offsets into the original text', () => {
    const text = 'Hello  "world"';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('sentences', () => {
  test.each([
    ['Mr Smith arrived. He sat down.', ['Mr Smith arrived.', 'He sat down.']],
    ['George W. Bush spoke. Then he left.', ['George W. Bush spoke.', 'Then he left.']],
    ['"We are ready." The minister left.', ['"We are ready."', 'The minister left.']],
    ['It rose 4.7% in Jan. to $3bn. Shares fell.', ['It rose 4.7% in Jan. to $3bn.', 'Shares fell.']],
    ['First paragraph\n\nSecond paragraph', ['First paragraph', 'Second paragraph']],
  ])('%j', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  test('numbers paragraphs', () => {
    const tt = analyseText('One. Two.\n\nThree.');
    expect(tt.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });
});
