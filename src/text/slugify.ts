/** Entity keys: lowercase ASCII words joined by hyphens, diacritics folded. */

const MAX_SLUG_LENGTH = 80;

/** Letters that NFKD does not decompose into ASCII + combining mark. */
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

const COMBINING_MARKS = /\p{M}+/gu;
const SPECIAL_LETTERS = /[ßæœøłđðþıħ]/g;

/** Fold diacritics and special Latin letters to ASCII ("Müller" → "Muller"); other scripts are kept. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(SPECIAL_LETTERS, (ch) => SPECIAL_FOLDS[ch] ?? ch)
    .replace(/[ŁĐÐÞØÆŒ]/g, (ch) => {
      const lower = SPECIAL_FOLDS[ch.toLowerCase()] ?? ch;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    });
}

/** "Wendy Sherman" → "wendy-sherman"; "Sergeï O'Neill" → "sergei-oneill"; "" when nothing ASCII is left. */
export function slugify(name: string): string {
  if (typeof name !== 'string') throw new TypeError('slugify: name must be a string');
  const folded = foldDiacritics(name.slice(0, MAX_SLUG_LENGTH * 4))
    .toLowerCase()
    .replace(/['’]/g, '');
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  // Cut at a word boundary when there is one.
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/** Lookup key for names: folded, lowercase, dots dropped, whitespace collapsed ("U.S." → "us"). */
export function nameKey(name: string): string {
  return foldDiacritics(name)
    .toLowerCase()
    .replace(/[.]/g, '')
    .replace(/[’]/g, "'")
    .replace(/[\s\-‐–—]+/g, ' ')
    .trim();
}

/**
 * A name's words as the tokenizer reads them, each a name key: a hyphenated surname stays one word ("Justine
 * Henin-Hardenne" → "justine", "henin hardenne"), as it is when the text uses it alone.
 */
export function nameWords(name: string): string[] {
  return name.split(/\s+/).map(nameKey).filter(Boolean);
}

/** Whether a name has this word among its words, compared as name keys ("Gordon Brown" has "brown"). */
export function nameHasWord(name: string, word: string): boolean {
  return nameWords(name).includes(nameKey(word));
}
