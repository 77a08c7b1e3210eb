import { describe, expect, it } from 'vitest';
import { bodyText, excerpt, renderBody } from './body.js';

describe('renderBody', () => {
  it('renders Markdown paragraphs and emphasis', () => {
    expect(renderBody('One **bold** line.\n\nTwo.')).toBe(
      '<p>One <strong>bold</strong> line.</p>\n<p>Two.</p>',
    );
  });

  it.each([
    ['<script>alert(1)</script>Hi', 'Hi'],
    ['<img src="x" onerror="alert(1)">', '<img src="x" loading="lazy" />'],
    ['[click](javascript:alert(1))', '<p>[click](javascript:alert(1))</p>'],
    ['<iframe src="https://evil.example"></iframe>', ''],
  ])('strips what is not on the allow-list from %j', (source, html) => {
    expect(renderBody(source)).toBe(html);
  });
});

describe('bodyText', () => {
  it('keeps the words and quotes, drops Markdown syntax', () => {
    expect(bodyText('"We are **ready**," she said.\n\n- a list item\n\n[a link](https://x.test)')).toBe(
      '"We are ready," she said.\n\na list item\n\na link',
    );
  });
});

describe('excerpt', () => {
  it('cuts long text at a word boundary with an ellipsis', () => {
    const text = 'word '.repeat(100);
    const cut = excerpt(text, 50);
    expect(cut.endsWith('word…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
  });
});
