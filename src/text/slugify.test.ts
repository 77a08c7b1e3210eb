import { describe, expect, it } from 'vitest';
import { slugify } from './slugify.js';

describe('slugify', () => {
  it.each([
    ['Wendy Sherman', 'wendy-sherman'],
    ['Russia and US hold talks in Geneva', 'russia-and-us-hold-talks-in-geneva'],
    ['Maroš Šefčovič', 'maros-sefcovic'],
    ["Sherman's “red lines”", 'shermans-red-lines'],
    ['  --  ', ''],
    ['Привет', ''],
  ])('turns %j into %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('keeps slugs short and cuts at a word boundary', () => {
    const slug = slugify('word '.repeat(60));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});
