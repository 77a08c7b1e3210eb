/**
 * Clauses around a subject: introductory ones ("Speaking on Monday, …", "After the vote, …") and time phrases
 * ("And last week …") open a sentence before it; an affiliation (", from the CEA") follows and describes it.
 */
import { isRoleHead } from './roles.js';
import { WEEKDAYS } from './spans.js';
import type { Token } from './tokenize.js';

/** Words that open an introductory clause ("Reacting to…,", "After the vote,"). */
const INTRO_WORDS = new Set(
  'after asked before despite during following in on speaking reacting responding commenting when while writing'.split(
    ' ',
  ),
);

/** The token opens an introductory clause: an intro word or a participle ("Speaking on Monday, …"). */
export function opensIntroClause(t: Token | undefined): boolean {
  const first = t?.lower ?? '';
  return INTRO_WORDS.has(first) || (first.endsWith('ing') && first.length > 5);
}

/** Index of the comma closing an introductory clause that opens the range, or -1. */
export function lastIntroComma(tokens: readonly Token[], a: number, b: number): number {
  if (!opensIntroClause(tokens[a])) return -1;
  for (let i = b - 1; i > a; i--) {
    if (tokens[i]!.text === ',') {
      const next = tokens[i + 1]?.lower;
      return next === 'the' || next === 'a' || next === 'an' ? i : -1;
    }
  }
  return -1;
}

/** The comma closing an introductory participle or adverbial clause that opens [a, b), or a when none. */
export function introClauseEnd(tokens: readonly Token[], a: number, b: number): number {
  if (!opensIntroClause(tokens[a])) return a;
  for (let i = a + 1; i < b; i++) if (tokens[i]!.text === ',') return i;
  return a;
}

/** Where the main clause of [a, b) starts: after the comma closing an introductory clause, else at a. */
export function mainClauseStart(tokens: readonly Token[], a: number, b: number): number {
  const end = introClauseEnd(tokens, a, b);
  return end > a ? end + 1 : a;
}

/** Words that open a sentence before its subject ("But he …", "And, meanwhile, …"). */
const SUBJECT_OPENERS = new Set(['but', 'and', 'however', 'meanwhile', 'yet', 'so']);

/** The first token of [a, b) past the openers and commas before a sentence's subject ("But, he …"). */
export function skipSubjectOpeners(tokens: readonly Token[], a: number, b: number): number {
  let i = a;
  while (i < b && (SUBJECT_OPENERS.has(tokens[i]!.lower) || tokens[i]!.text === ',')) i++;
  return i;
}

const TIME_UNITS = new Set([
  ...'week weekend month year night morning evening season'.split(' '),
  ...WEEKDAYS,
]);
const TIME_ADVERBS = new Set('yesterday today earlier later recently previously meanwhile'.split(' '));

/** The end of a time phrase opening at a ("last week", "earlier this month", "on Monday", "yesterday"), or a. */
export function timePhraseEnd(tokens: readonly Token[], a: number): number {
  let i = a;
  if (TIME_ADVERBS.has(tokens[i]?.lower ?? '')) i++;
  const w = tokens[i]?.lower ?? '';
  if (
    (w === 'last' || w === 'this' || w === 'next' || w === 'on') &&
    TIME_UNITS.has(tokens[i + 1]?.lower ?? '')
  )
    i += 2;
  return i;
}

/**
 * The comma at k opens an affiliation of the name before it: ", from the Consumer Electronics Association",
 * ", marketing manager at Snappy Snaps", ", senior research fellow at the IPPR".
 */
export function affiliationAt(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== ',' || !tokens[k - 1]?.cap) return false;
  let j = k + 1;
  // A role first ("marketing manager at", "a director of"): lowercase words up to its head.
  if (/^(a|an|the)$/.test(tokens[j]?.lower ?? '')) j++;
  let head = false;
  for (let n = 0; n < 4 && tokens[j]?.isWord && !tokens[j]!.cap; n++, j++) {
    if (/^(from|of|at|for)$/.test(tokens[j]!.lower)) break;
    // ("senior research fellow at the IPPR": a fellow is a role only in an affiliation; "fellow MPs" is not.)
    head ||= isRoleHead(tokens[j]!.lower) || tokens[j]!.lower === 'fellow';
  }
  if (j > k + 1 && !head) return false;
  const prep = tokens[j]?.lower ?? '';
  if (!(head ? /^(of|at|for)$/ : /^(from|of|at)$/).test(prep)) return false;
  const body = tokens[j + 1]?.lower === 'the' ? tokens[j + 2] : tokens[j + 1];
  return body?.cap === true;
}
