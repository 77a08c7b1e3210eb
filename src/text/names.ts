/**
 * Capitalised names of no known type: recurring acronyms and names that speak become entities, an
 * organisation's first word its short name; the rest are tag candidates.
 */

import { REPORTING_VERBS } from './cues.js';
import { type FieldName, LEAD_SENTENCES } from './document.js';
import { type EntityDraft, type EntityTable, type Pending, ref } from './entity-draft.js';
import { hasTag, isCommonWord, isFirstName, lexiconTags } from './lexicon.js';
import { isRoleHead, ORG_ANAPHORS, PERSONAL_PRONOUNS, ROLE_MODIFIERS } from './roles.js';
import { nameKey } from './slugify.js';
import { STOPWORDS } from './stopwords.js';
import { endsInLowerPart } from './tokenize.js';

export interface NameCandidate {
  readonly name: string;
  readonly count: number;
  readonly inTitle: boolean;
  readonly inLead: boolean;
  /** Named as a work ("the film Vera Drake"): a title editors tag however seldom the article repeats it. */
  readonly work?: boolean;
}

const MIN_ACRONYM_MENTIONS = 2;
const AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'later', 'then']);
const INITIAL_SKIP = new Set(['of', 'the', 'and', 'for', '&']);

/**
 * A body's name of several words that ends in `word` ("George Wimpey" for "Wimpey"), not a person's name
 * inside a longer one ("EADS Philippe Camus": a first name before the last word, after a first word).
 */
export function bodyEndsIn(name: string, word: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  if (words.length < 2 || words.at(-1) !== word) return false;
  return words.length === 2 || !isFirstName(words.at(-2)!);
}

/** The initials of a multi-word name ("British Retail Consortium" → "BRC"), or "" for a one-word name. */
export function initialsOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => w && !INITIAL_SKIP.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^[A-Z]/.test(w))) return '';
  return words.map((w) => w[0]).join('');
}

/**
 * How the text goes on to refer to the speaker of a `speaksAfter` mention, outside quotation marks, until the
 * end of the next sentence: 'm'/'f' when "he"/"she" comes before "it" or "the company", 'x' for a role noun
 * ("the agent"), else null.
 * ("Safin said he was trying …" is a person; "Cairn said it had …" a body.)
 */
function pronounAfter(p: Pending): 'm' | 'f' | 'x' | null {
  const { tokens, sentenceOf } = p.doc;
  const last = sentenceOf[p.raw.end - 1]! + 1;
  let inQuote = false;
  for (let i = p.raw.end; i < tokens.length && sentenceOf[i]! <= last; i++) {
    const t = tokens[i]!;
    if (t.text === '"') inQuote = !inQuote;
    else if (t.text === '“') inQuote = true;
    else if (t.text === '”') inQuote = false;
    if (inQuote || !t.isWord) continue;
    const gender = PERSONAL_PRONOUNS.get(t.lower);
    if (gender) return gender;
    if (t.lower === 'it' || t.lower === 'its') return null;
    const noun = t.lower === 'the' ? (tokens[i + 1]?.lower ?? '') : '';
    if (ORG_ANAPHORS.has(noun)) return null;
    // "the agent added": a role noun refers back to a person of either sex.
    if (isRoleHead(noun)) return 'x';
  }
  return null;
}

const PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'by', 'on', 'to', 'about']);

/** The name hangs off a preposition, alone or coordinated ("The MP for Sittingbourne and Sheppey said"). */
function afterPreposition(p: Pending): boolean {
  const { tokens } = p.doc;
  for (let i = p.raw.start - 1; i >= Math.max(0, p.raw.start - 6); i--) {
    const t = tokens[i]!;
    if (PREPOSITIONS.has(t.text)) return true;
    if (!(t.cap || t.lower === 'and' || t.text === '&' || t.text === ',')) return false;
  }
  return false;
}

/** What a body publishes and is cited by: "according to a report by Analysys", "figures from Nielsen". */
const PUBLICATIONS = new Set([
  'report',
  'study',
  'survey',
  'research',
  'figures',
  'poll',
  'analysis',
  'forecast',
  'estimates',
  'data',
  'statement',
]);

/**
 * The name is who "according to" cites, directly or as the author of what it cites ("according to Analysys",
 * "according to a report published by research consultancy Analysys").
 */
function citedAfterAccording(p: Pending): boolean {
  const { tokens } = p.doc;
  // ("UK-based research consultancy Analysys": the compound describes the body; it is no name.)
  if (endsInLowerPart(p.raw.name)) return false;
  const limit = Math.max(0, p.raw.start - 9);
  let publication = false;
  for (let i = p.raw.start - 1; i >= limit; i--) {
    const t = tokens[i]!;
    if (t.lower === 'to' && tokens[i - 1]?.lower === 'according') return i === p.raw.start - 1 || publication;
    if (PUBLICATIONS.has(t.lower)) publication = true;
    if ((!t.isWord && t.text !== '-') || (t.cap && i < p.raw.start - 1 && !publication)) return false;
  }
  return false;
}

/** The name ending at token b is the subject of a reporting verb ("Age Concern said", "Cairn has warned"). */
function speaksAfter(p: Pending): boolean {
  const { tokens } = p.doc;
  if (citedAfterAccording(p)) return true;
  if (afterPreposition(p)) return false;
  let i = p.raw.end;
  // "Parry, speaking exclusively to BBC Sport, also admits": a speaking participle set off after the name.
  if (tokens[i]?.text === ',' && SPEAKING_PARTICIPLES.has(tokens[i + 1]?.lower ?? '')) return true;
  if (AUXILIARIES.has(tokens[i]?.lower ?? '')) i++;
  const t = tokens[i];
  return t !== undefined && !t.cap && REPORTING_VERBS.has(t.lower);
}

const SPEAKING_PARTICIPLES = new Set(['speaking', 'talking', 'writing']);

/**
 * "Chelsea have decided", "Leeds are": a one-word name, not a plural itself, that opens its clause with a plural
 * verb is a team or firm (British usage), not a person. ("Smith and Jones have" is two people.)
 */
function pluralSubject(p: Pending): boolean {
  const { tokens } = p.doc;
  const before = tokens[p.raw.start - 1];
  const verb = tokens[p.raw.end];
  return (
    p.raw.end - p.raw.start === 1 &&
    !/s$/.test(tokens[p.raw.start]!.lower) &&
    !/^(and|&|or|nor|with)$/.test(before?.lower ?? '') &&
    before?.text !== ',' &&
    /^(have|are|were)$/.test(verb?.lower ?? '') &&
    // ("… where Chelsea were", "Chelsea, Arsenal and Liverpool are": not a clause's only subject.)
    tokens[p.raw.end + 1]?.text !== ','
  );
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'our', 'his', 'her']);

/**
 * An ordinary word the body capitalises mid-sentence, alone, that speaks ("up 12%, Next said", "retailer Next
 * has said"): a body named by a common word. ("the Budget" has its article; "Sunday Times" and "China Daily"
 * are longer names.)
 */
function namedBodySpeaks(p: Pending): boolean {
  return bareInBody(p) && speaksAfter(p);
}

/**
 * The name stands in the body with no article or other capitalised word before it ("allowing Arsenal striker …";
 * "that" there is a conjunction: "said that Arsenal's offer …").
 */
function bareInBody(p: Pending): boolean {
  const before = p.doc.tokens[p.raw.start - 1];
  const article = before !== undefined && DETERMINERS.has(before.lower) && before.lower !== 'that';
  return p.doc.field === 'body' && (!before?.isWord || (!before.cap && !article));
}

/** How often a body must name an ordinary word bare, capitalised mid-sentence, for it to be a name. */
const MIN_BARE_MENTIONS = 2;
/** Lexicon tags of a singular noun or a bare verb, which a name may also be ("Arsenal", "Sky", "Respect"). */
const NOUN_LIKE = new Set(['Singular', 'Noun', 'Uncountable', 'Infinitive']);

/**
 * A one-word name the lexicon knows as an ordinary noun, standing bare and alone: no article or capitalised word
 * before it, none after it, nor "of" or "the" ("Top of the Pops", "Meet the Fockers" are longer titles).
 */
function bareNoun(p: Pending): boolean {
  const { tokens } = p.doc;
  const t = tokens[p.raw.start]!;
  const next = tokens[p.raw.end];
  const tags = lexiconTags(t.lower);
  return (
    p.raw.end === p.raw.start + 1 &&
    !t.upper &&
    tags.length > 0 &&
    tags.every((g) => NOUN_LIKE.has(g)) &&
    bareInBody(p) &&
    !(next?.isWord && (next.cap || next.lower === 'of' || next.lower === 'the'))
  );
}

/** Posts and people a business has, which follow its name ("Kraft senior vice president", "Gartner analyst"). */
const BODY_POSTS = new Set(
  'chief spokesman spokeswoman spokesperson boss chairman chairwoman executive executives president founder analyst analysts shareholders staff employees'.split(
    ' ',
  ),
);
/** How many role modifiers may come between the name and the post ("senior vice president"). */
const MAX_POST_MODIFIERS = 2;

/**
 * The name is a body's, by the post named after it: "Lance Friedmann, Kraft senior vice president", "Gartner
 * analyst Martin Gilliland", "Yahoo chief executive". (A person's name is followed by no such word.)
 */
function postAfter(p: Pending): boolean {
  const { tokens } = p.doc;
  let post = false;
  for (let i = p.raw.end; !post && i <= p.raw.end + MAX_POST_MODIFIERS; i++) {
    const t = tokens[i];
    if (!t?.isWord || t.cap) return false;
    post = BODY_POSTS.has(t.lower);
    if (!post && !ROLE_MODIFIERS.has(t.lower)) return false;
  }
  if (!post) return false;
  // ("Blues boss", "Tigers chairman": a plural is a side's nickname, which editors tag by the side's name.)
  if (p.raw.end === p.raw.start + 1 && /[^s']s$/.test(tokens[p.raw.start]!.text)) return false;
  // Only a name of words with no other use ("Former WorldCom", "Texas-based", "Oscar-winning" are no names).
  for (let j = p.raw.start; j < p.raw.end; j++) {
    const w = tokens[j]!;
    if (!w.isWord || isCommonWord(w.lower) || STOPWORDS.has(w.lower) || ROLE_MODIFIERS.has(w.lower))
      return false;
    if (isFirstName(w.lower) || endsInLowerPart(w.text)) return false;
  }
  return true;
}

/** The organisation whose name comes right before this one's opening bracket, if the name alone is in brackets. */
function bracketedAfterBody(
  p: Pending,
  entityAt: ReadonlyMap<FieldName, readonly (EntityDraft | undefined)[]>,
): EntityDraft | null {
  const { tokens } = p.doc;
  if (tokens[p.raw.start - 1]?.text !== '(' || tokens[p.raw.end]?.text !== ')') return null;
  const body = entityAt.get(p.doc.field)![p.raw.start - 2];
  return body?.type === 'organisation' ? body : null;
}

/** Makes every mention in `items` one of `e`'s. */
function attach(
  e: EntityDraft,
  items: readonly Pending[],
  via: 'name' | 'short',
  entityAt: Map<FieldName, (EntityDraft | undefined)[]>,
): void {
  for (const p of items) {
    e.mentions.push(ref(p.doc, p.raw.start, p.raw.end, 1, via));
    for (let i = p.raw.start; i < p.raw.end; i++) entityAt.get(p.doc.field)![i] = e;
  }
}

/**
 * Unresolved capitalised names: recurring acronyms become organisations ("BNP", "NTPC"); other
 * names are returned as tag candidates.
 */
export function otherNames(
  ordered: readonly Pending[],
  people: ReadonlyMap<Pending, EntityDraft>,
  entityAt: Map<FieldName, (EntityDraft | undefined)[]>,
  table: EntityTable,
): NameCandidate[] {
  const groups = new Map<string, { name: string; items: Pending[] }>();
  for (const p of ordered) {
    if (p.raw.kind !== 'unresolved' || people.has(p) || p.raw.placeGuess || p.raw.bodyGuess) continue;
    // Already an earlier organisation's acronym ("the British Retail Consortium (BRC)").
    if (entityAt.get(p.doc.field)![p.raw.start]?.type === 'organisation') continue;
    const key = nameKey(p.raw.name);
    if (!key) continue;
    const g = groups.get(key) ?? { name: p.raw.name, items: [] };
    g.items.push(p);
    groups.set(key, g);
  }
  const out: NameCandidate[] = [];
  const entityWords = new Set<string>();
  // ("Lille" after "University of Lille": the name after "of" in a body's name is a name of its own.)
  for (const e of table.byKey.values())
    nameKey(e.name)
      .split(' ')
      .forEach((w, i, words) => {
        if (words[i - 1] !== 'of' || i !== words.length - 1) entityWords.add(w);
      });
  // "Cairn" after "Cairn Energy", "Marsh" after "Marsh & McLennan": an organisation's first word is its short name.
  const orgByFirstWord = new Map<string, EntityDraft | null>();
  for (const e of table.byKey.values()) {
    const words = nameKey(e.name).split(' ');
    if (e.type !== 'organisation' || words.length < 2) continue;
    const first = words[0]!;
    orgByFirstWord.set(first, orgByFirstWord.has(first) ? null : e);
  }
  // "The BNP has been criticised. The British National Party said …": initials before the name they stand for.
  const orgByInitials = new Map<string, EntityDraft>();
  for (const e of table.byKey.values()) {
    const initials = e.type === 'organisation' ? initialsOf(e.name) : '';
    if (initials.length >= 2) orgByInitials.set(initials, e);
  }
  // "City consultancy Deloitte … Deloitte is forecasting": the name of a body typed elsewhere in the article.
  const orgByName = new Map<string, EntityDraft>();
  for (const e of table.byKey.values()) if (e.type === 'organisation') orgByName.set(nameKey(e.name), e);
  for (const { name, items } of groups.values()) {
    const key = nameKey(name);
    const named = orgByName.get(key);
    if (named) {
      attach(named, items, 'name', entityAt);
      continue;
    }
    // "the Chilean Copper Commission (Cochilco)": a name in brackets right after a body's is its short name.
    const defined = bracketedAfterBody(items[0]!, entityAt);
    if (defined) {
      attach(defined, items, 'short', entityAt);
      continue;
    }
    const initialsFor = orgByInitials.get(name);
    if (initialsFor && items[0]!.raw.end - items[0]!.raw.start === 1) {
      attach(initialsFor, items, 'short', entityAt);
      continue;
    }
    const org = orgByFirstWord.get(key);
    // ("Jewish" is an adjective, not the Jewish Chronicle.)
    const adjective = hasTag(key, 'Demonym') || /(?:ish|ese|ian)$/.test(key);
    if (org && !isCommonWord(key) && !STOPWORDS.has(key) && !adjective) {
      attach(org, items, 'short', entityAt);
      continue;
    }
    // Single letters, ordinary words ("Yes") and parts of known names ("Corp" of "News Corp") are no tags,
    // unless the ordinary word, capitalised mid-sentence, speaks as a body ("up 12%, Next said") or stands bare
    // there more than once ("allowing Arsenal striker Thierry Henry … put Arsenal 2-1 ahead").
    const ordinary = !key.includes(' ') && (isCommonWord(key) || STOPWORDS.has(key));
    const properNoun =
      items.some(namedBodySpeaks) ||
      (!STOPWORDS.has(key) && items.filter(bareNoun).length >= MIN_BARE_MENTIONS);
    if (
      key.length < 2 ||
      (!key.includes(' ') && (entityWords.has(key) || hasTag(key, 'Demonym'))) ||
      (ordinary && !properNoun)
    ) {
      continue;
    }
    const inTitle = items.some((p) => p.doc.field === 'title');
    const inLead = items.some(
      (p) => p.doc.field === 'body' && p.doc.sentenceOf[p.raw.start]! < LEAD_SENTENCES,
    );
    const first = items[0]!;
    const acronym = first.raw.end - first.raw.start === 1 && first.doc.tokens[first.raw.start]!.upper;
    if (acronym && /^[A-Z]{2,5}$/.test(name) && (items.length >= MIN_ACRONYM_MENTIONS || inTitle)) {
      attach(table.get(name, 'organisation', null), items, 'name', entityAt);
      continue;
    }
    // A name nobody could type that speaks ("Age Concern said", "Cairn has warned") is a body that issues
    // statements: people are recognised by their first names, titles and roles before this point.
    const speaking = items.find(speaksAfter);
    if (speaking) {
      const gender = pronounAfter(speaking);
      const e = table.get(name, gender ? 'person' : 'organisation', null);
      if (gender === 'm' || gender === 'f') e.gender = gender;
      attach(e, items, 'name', entityAt);
      continue;
    }
    // (A sentence's first word is capitalised anyway: "Aviation analysts" names no body unless the article also
    // capitalises the name mid-sentence.)
    const midSentence = items.some(
      (p) => p.raw.start !== p.doc.sentences[p.doc.sentenceOf[p.raw.start]!]!.tokenStart,
    );
    if (items.some(pluralSubject) || (midSentence && items.some(postAfter))) {
      attach(table.get(name, 'organisation', null), items, 'name', entityAt);
      continue;
    }
    out.push({ name, count: items.length, inTitle, inLead });
  }
  return out;
}
