/**
 * A robustness check for unseen news: the same articles with every person's first name replaced by an invented
 * word the analyser's lexicon cannot know ("Peter Facey" → "Remom Facey"), and the gold speakers renamed the same
 * way. Tuning on the dev set adds the first names its stories happen to use; a story about other people names
 * others. The invented word has the original's length, so every gold offset still holds. Pure; see
 * test/eval-invented-names.test.ts.
 */

import type { ArticleAnnotation, EvalDoc, GoldQuote, GoldTag } from './types.js';

const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';
/** Words before a name that are no first name ("Lord Falconer", "Sir Alex Ferguson", "Dr Jo Doe"). */
const NOT_FIRST_NAMES = new Set(
  'mr mrs ms miss dr sir dame lord lady baroness baron prince princess king queen saint st captain general president prime'.split(
    ' ',
  ),
);

function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** How many made-up words to try for one that `known` does not recognise. */
const ATTEMPTS = 50;

/**
 * A made-up word of the same length and capital as `word`, alternating consonants and vowels, that `known` (the
 * analyser's lexicon, say) does not recognise ("Dope" or "Nato" would test something else); deterministic.
 */
export function inventName(word: string, known: (lower: string) => boolean = () => false): string {
  let seed = hash(word);
  let out = '';
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    out = '';
    for (let i = 0; i < word.length; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const letters = i % 2 === 0 ? CONSONANTS : VOWELS;
      out += letters[(seed >>> 8) % letters.length];
    }
    if (!known(out) && out !== word.toLowerCase()) break;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** The first name of a person's name written in full ("Peter" of "Peter Facey"), or undefined. */
export function firstNameOf(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  const first = words[0] ?? '';
  if (words.length < 2 || first.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(first)) return undefined;
  return NOT_FIRST_NAMES.has(first.toLowerCase()) ? undefined : first;
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `docs` with the first names of the people `peopleOf` lists replaced everywhere, as whole words, in the text and
 * in the gold (speakers, their aliases, tags), by words `known` does not recognise. Articles naming nobody in full
 * come back unchanged.
 */
export function withInventedFirstNames(
  docs: readonly EvalDoc[],
  peopleOf: (doc: EvalDoc) => readonly string[],
  known?: (lower: string) => boolean,
): EvalDoc[] {
  return docs.map((doc) => {
    const firsts = new Set(peopleOf(doc).flatMap((name) => firstNameOf(name) ?? []));
    if (firsts.size === 0) return doc;
    const pattern = new RegExp(`\\b(?:${[...firsts].map(escapeRegExp).join('|')})\\b`, 'gu');
    const rename = (text: string) => text.replace(pattern, (word) => inventName(word, known));
    const quote = (q: GoldQuote): GoldQuote => ({
      ...q,
      speaker: q.speaker === null ? null : rename(q.speaker),
      ...(q.speakerAliases ? { speakerAliases: q.speakerAliases.map(rename) } : {}),
    });
    const tag = (t: GoldTag): GoldTag => ({
      ...t,
      name: rename(t.name),
      ...(t.aliases ? { aliases: t.aliases.map(rename) } : {}),
    });
    const gold: ArticleAnnotation = {
      ...doc.gold,
      tags: doc.gold.tags.map(tag),
      quotes: doc.gold.quotes.map(quote),
    };
    return {
      ...doc,
      title: doc.title === undefined ? undefined : rename(doc.title),
      body: rename(doc.body),
      gold,
    };
  });
}
