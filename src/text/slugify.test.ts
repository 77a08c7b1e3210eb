import { describe, expect, it, test } from 'vitest';
import { nameKey, slugify } from './slugify.js';

describe('slugify', () => {
  it.each([
    ['Wendy Sherman', 'wendy-sherman'],
    ['Russia and US hold talks in Geneva', 'russia-and-us-hold-talks-in-geneva'],
    ['Maroš Šefčovič', 'maros-sefcovic'],
    ["Sherman's “red lines”", 'shermans-red-lines'],
    ['  --  ', ''],
    ['Привет', ''],
    ['Sergei Ryabkov', 'sergei-ryabkov'],
    ['José Manuel Barroso', 'jose-manuel-barroso'],
    ['Łukasz Kubot', 'lukasz-kubot'],
    ['Straße', 'strasse'],
    ["Conan O'Brien", 'conan-obrien'],
    ['  US  ', 'us'],
    ['U.S.', 'u-s'],
    ['AT&T', 'at-t'],
    ['', ''],
    ['中国', ''],
  ])('turns %j into %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('keeps slugs short and cuts at a word boundary', () => {
    const slug = slugify('word '.repeat(60));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.split('-').every((w) => w === 'word')).toBe(true);
  });

  it('cuts a single very long word', () => {
    expect(slugify('x'.repeat(500))).toHaveLength(80);
  });

  it('throws a clear error for non-strings', () => {
    expect(() => slugify(42 as unknown as string)).toThrow(/must be a string/);
  });
});

describe('nameKey', () => {
  test.each([
    ['U.S.', 'us'],
    ['Côte d’Ivoire', "cote d'ivoire"],
    ['Guinea-Bissau', 'guinea bissau'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});
