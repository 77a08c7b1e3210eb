/**
 * Bodies a story defines by their initials: "Transport for London (TfL)", "the Music Managers' Forum (MMF)". The
 * acronym in brackets proves where the name starts and that it is one name, which its words alone may not ("for
 * London" reads as a place, "Managers'" as a possessive). Pure.
 */

import { lookupKnown, type RawMention } from './classify-span.js';
import { FOR_BODIES, isOrgWord, ORG_SUFFIXES } from './lexicon.js';
import { range } from './range.js';
import { pluralPossessiveAt } from './spans.js';
import type { Token } from './tokenize.js';

/** Lower-case words inside a body's name; their initial may or may not be in the acronym ("TfL", "ONS"). */
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in', '&', 'de', 'du', 'des']);

/** A bracketed acronym: two to six letters, at least two of them capitals ("BCC", "TfL", "UNAIDS" is seven). */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&]{1,6}$/;

/**
 * Where the name whose initials spell `acronym` starts, reading back from token `end`: its capitalised words give
 * the capitals in order, connectors their letter if the acronym has it in lower case ("f" of "for" in "TfL"), and a
 * plural possessive's apostrophe nothing. -1 when the words before do not spell it, or spell it with fewer than two
 * capitalised words.
 */
function initialsStart(tokens: readonly Token[], end: number, acronym: string): number {
  let k = acronym.length - 1;
  let capitals = 0;
  for (let i = end - 1; i >= 0 && k >= 0; i--) {
    const t = tokens[i]!;
    // (Inside the name only: "Music Managers' Forum", not "Incomes Data Services' (IDS)" nor "the Blues' Celtic League".)
    if (pluralPossessiveAt(tokens, i)) {
      if (i === end - 1 || i < 2 || !tokens[i - 2]!.cap) return -1;
      continue;
    }
    if (t.isWord && t.cap) {
      if (t.text[0] !== acronym[k]!.toUpperCase() || t.newlineBefore) return -1;
      k--;
      capitals++;
      if (k < 0) return capitals >= 2 ? i : -1;
    } else if (CONNECTORS.has(t.lower)) {
      if (acronym[k] === t.text[0]) k--;
    } else return -1;
  }
  return -1;
}

/**
 * Tokens [a, b) name a body, not a term ("Liquid Crystal Display (LCD)", "Really Simple Syndication (RSS)"): a word
 * for a body in it ("Forum", "Commission", "Bank") or a remit after "for" ("Transport for London").
 */
function namesBody(tokens: readonly Token[], a: number, b: number): boolean {
  return range(a, b).some((i) => {
    const w = tokens[i]!.lower;
    return w === 'for' || ORG_SUFFIXES.has(w) || FOR_BODIES.has(w) || isOrgWord(w);
  });
}

/**
 * The bodies the field's text defines by bracketed initials, each with its later mentions by those initials (a
 * place or body the gazetteer knows keeps its usual reading: "United Arab Emirates (UAE)").
 */
export function bodiesDefinedByInitials(tokens: readonly Token[], text: string): RawMention[] {
  const out: RawMention[] = [];
  const mention = (name: string, start: number, end: number): RawMention => ({
    kind: 'organisation',
    name,
    start,
    end,
    via: 'name',
    weight: 1,
  });
  // Each acronym's body, from its first definition on.
  const defined = new Map<string, string>();
  for (let p = 0; p < tokens.length; p++) {
    const acronym = tokens[p]!.text;
    const body = defined.get(acronym);
    if (body !== undefined) {
      out.push(mention(body, p, p + 1));
      continue;
    }
    if (acronym !== '(' || tokens[p + 2]?.text !== ')' || !ACRONYM.test(tokens[p + 1]?.text ?? '')) continue;
    const start = initialsStart(tokens, p, tokens[p + 1]!.text);
    if (start < 0 || lookupKnown(tokens, start, p, text) || !namesBody(tokens, start, p)) continue;
    const name = text.slice(tokens[start]!.start, tokens[p - 1]!.end);
    defined.set(tokens[p + 1]!.text, name);
    out.push(mention(name, start, p));
  }
  return out;
}
