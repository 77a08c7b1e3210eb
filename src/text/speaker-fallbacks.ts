/**
 * Speakers named only in an attribution: a capitalised name never seen before ("…," Mirza said),
 * the body a spokesperson speaks for ("a US Embassy spokesman", an entity for tagging, not the speaker), and
 * the article's main person as
 * the last resort for an unmatched role phrase ("the long-running presenter said").
 */
import { SPEECH_VERBS } from './cues.js';
import type { FieldDoc } from './document.js';
import type { EntityIndex } from './entities.js';
import { addMention, type EntityDraft } from './entity-draft.js';
import { isCommonWord, isOrgWord, isPlaceWord, lexiconTags, nameGender } from './lexicon.js';
import { bodyEndsIn } from './names.js';
import { range } from './range.js';
import { HONORIFICS, isTitleWord, ORG_ANAPHORS, ROLE_HEADS } from './roles.js';
import { slugify } from './slugify.js';
import { NEVER_NAMES } from './spans.js';
import type { Resolution } from './speakers.js';
import { STOPWORDS } from './stopwords.js';
import type { Token } from './tokenize.js';

const MAX_ADHOC_NAME_TOKENS = 3;
/** Lexicon tags a surname can carry ("Carpenter", "Baker"). */
const NAME_LIKE_TAGS = new Set([
  'Singular',
  'Actor',
  'Noun',
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'ProperNoun',
]);

/** Last words of street and building names ("High Street", "Trafford Centre"). */
const STREET_WORDS = new Set(
  'street road avenue lane square place row way drive hill park bridge centre center hall house court gate'.split(
    ' ',
  ),
);

/** The most mentioned person of the article (≥ 2 named mentions), for unmatched role phrases. */
export function mainPerson(
  index: EntityIndex,
  except: (e: EntityDraft) => boolean = () => false,
): EntityDraft | null {
  let best: EntityDraft | null = null;
  let bestN = 1;
  for (const e of index.entities) {
    if (e.type !== 'person' || except(e)) continue;
    const n = e.mentions.filter((m) => m.weight > 0).length;
    if (n > bestN) {
      best = e;
      bestN = n;
    }
  }
  return best;
}

/**
 * "a US Embassy spokesman", "a spokeswoman for Acme Corp": registers the body the spokesperson speaks for
 * as an organisation (a tag candidate). The unnamed spokesperson stays the speaker, so quotes get none.
 */
export function spokesBody(index: EntityIndex, doc: FieldDoc, a: number, b: number): Resolution | null {
  const { tokens } = doc;
  let s = -1;
  let e = -1;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    const initial = i === doc.sentences[doc.sentenceOf[i]!]!.tokenStart;
    if (t.isWord && t.cap && !(initial && STOPWORDS.has(t.lower))) {
      if (s < 0) s = i;
      e = i;
    } else if (s >= 0 && !(t.lower === 'for' || t.lower === 'of' || t.lower === 'and')) break;
    else if (s >= 0 && (t.lower === 'for' || t.lower === 'of' || t.lower === 'and') && !tokens[i + 1]?.cap)
      break;
  }
  if (s < 0) return null;
  // "an All England club spokesperson": a lowercase organisation word completes the name.
  if (e + 1 < b && !tokens[e + 1]!.cap && isOrgWord(tokens[e + 1]!.lower)) e++;
  const name = doc.text.slice(tokens[s]!.start, tokens[e]!.end);
  const key = slugify(name);
  if (!key) return null;
  let entity = index.entities.find((x) => x.key === key) ?? null;
  if (!entity) {
    entity = {
      name,
      type: 'organisation',
      key,
      known: null,
      gender: null,
      roles: new Set(),
      roleMentions: [],
      placeKind: null,
      mentions: [],
    };
    index.entities.push(entity);
  }
  // Named here, the body is there for what follows ("A spokesman for Reporters Without Borders …. "…," the
  // organisation said").
  const at = index.entityAt.get(doc.field)!;
  for (let i = s; i <= e; i++) at[i] ??= entity;
  addMention(doc, entity, s, e + 1, 'name', 1);
  return { entity, start: s, end: e + 1, via: 'name' };
}

/** Endings of -ly adverbs that no name shares ("possibly", "reportedly", "crucially"). */
const ADVERB_ENDING = /(ibly|ably|ally|ently|antly|ously|ively|ately|edly|fully|ingly)$/;

/** A hyphenated word ending in a lowercase part: "Baghdad-based", "Labour-led". */
const LOWER_TAIL = /-\p{Ll}[\p{L}]*$/u;

/** A capitalised name we could not type on its own ("…," Mirza said): a person named only here. */
export function adHocPerson(
  index: EntityIndex,
  doc: FieldDoc,
  a: number,
  b: number,
  mode: 'first' | 'last',
): Resolution | null {
  const { tokens } = doc;
  // The capitalised run nearest the cue.
  let s = mode === 'first' ? a : b - 1;
  const step = mode === 'first' ? 1 : -1;
  if (!tokens[s]!.cap) return null;
  let e = s;
  while (e + step >= a && e + step < b && tokens[e + step]!.cap && tokens[e + step]!.isWord) e += step;
  if (step < 0) [s, e] = [e, s];
  const n = e - s + 1;
  if (n > MAX_ADHOC_NAME_TOKENS) return null;
  const sentStart = doc.sentences[doc.sentenceOf[s]!]!.tokenStart;
  // "22 January", "High Street", "Trafford Centre": calendar words and place/organisation words.
  const lastWord = tokens[e]!.lower;
  if (isPlaceWord(lastWord) || isOrgWord(lastWord) || STREET_WORDS.has(lastWord)) return null;
  for (let i = s; i <= e; i++) {
    const w = tokens[i]!.lower;
    if (NEVER_NAMES.has(w)) return null;
    if (tokens[i]!.upper || STOPWORDS.has(w) || HONORIFICS.has(w) || ROLE_HEADS.has(w)) return null;
    // "Shadow home secretary …", "Baghdad-based": a title word or a hyphenated adjective is no name.
    if (isTitleWord(w) || LOWER_TAIL.test(tokens[i]!.text)) return null;
    // "said Friends of the Earth": a lone plural noun is a body's name cut short, not a person.
    if (n === 1 && lexiconTags(w).includes('Plural')) return null;
    // Sentence-initial "Officials said" is a noun; "Carpenter said" a name; "Possibly as a result" an adverb.
    if (i === sentStart && isCommonWord(w) && lexiconTags(w).some((t) => !NAME_LIKE_TAGS.has(t))) return null;
    if (i === sentStart && ADVERB_ENDING.test(w)) return null;
    // "Won't voters …": a contraction is no name.
    if (/n['’]t$|['’](ll|re|ve|d|m)$/i.test(tokens[i]!.text)) return null;
    // "Unadjusted, the figures showed …": one word opening a sentence before a comma is no one's name.
    if (n === 1 && i === sentStart && tokens[i + 1]?.text === ',') return null;
    // "Growth was helped by brands which enjoyed a "successful" year": a common noun opening its sentence is a
    // name ("Carpenter said", "Baker, who …") only beside a speech verb or a comma.
    const next = tokens[i + 1];
    if (
      n === 1 &&
      i === sentStart &&
      isCommonWord(w) &&
      next?.text !== ',' &&
      !SPEECH_VERBS.has(next?.lower ?? '')
    )
      return null;
  }
  const name = doc.text.slice(tokens[s]!.start, tokens[e]!.end);
  const last = tokens[e]!.lower;
  // Prefer a known person sharing the surname ("Mirza" → "Sania Mirza"), then, for one word, the one body
  // whose name ends in it ("housebuilder George Wimpey … Wimpey said").
  const bodies = index.entities.filter((x) => x.type === 'organisation' && bodyEndsIn(x.name, last));
  let entity =
    index.entities.find((x) => x.type === 'person' && x.name.toLowerCase().split(/\s+/).includes(last)) ??
    (n === 1 && bodies.length === 1 ? bodies[0]! : null);
  // A headline capitalises common words ("Election 'could be terror target'"): no one is named there anew.
  if (!entity && doc.field === 'title') return null;
  if (!entity) {
    entity = {
      name,
      type: 'person',
      key: slugify(name),
      known: null,
      gender: n === 1 ? null : nameGender(tokens[s]!.lower),
      roles: new Set(),
      roleMentions: [],
      placeKind: null,
      mentions: [],
    };
    if (!entity.key) return null;
    index.entities.push(entity);
    sameNameElsewhere(
      index,
      range(s, e + 1).map((i) => tokens[i]!.text),
      entity,
    );
  }
  const at = index.entityAt.get(doc.field)!;
  for (let i = s; i <= e; i++) at[i] = entity;
  addMention(doc, entity, s, e + 1, 'name', 1);
  return { entity, start: s, end: e + 1, via: 'name' };
}

/** Posts at a body, which "of" joins to its name ("co-founder of Blinkx", "chief executive of Acme"). */
const POSTS_OF_BODIES = new Set([
  'founder',
  'co-founder',
  'executive',
  'chairman',
  'spokesman',
  'spokeswoman',
  'owner',
]);

/** Tokens [a, b) are shown to name a body: a kind of business or body before them, or ", which" or "its" after. */
function namesBody(tokens: readonly Token[], a: number, b: number): boolean {
  const before = tokens[a - 1]?.lower ?? '';
  if (ORG_ANAPHORS.has(before) || /-up$/.test(before)) return true;
  if (before === 'of' && POSTS_OF_BODIES.has(tokens[a - 2]?.lower ?? '')) return true;
  return (tokens[b]?.text === ',' && tokens[b + 1]?.lower === 'which') || tokens[b]?.lower === 'its';
}

const positionsCache = new WeakMap<FieldDoc, Map<string, number[]>>();

/** Where each word is written in the field (built once per field, so a long text with many names stays linear). */
function positionsOf(doc: FieldDoc): Map<string, number[]> {
  let positions = positionsCache.get(doc);
  if (!positions) {
    positions = new Map();
    for (const [i, t] of doc.tokens.entries()) {
      if (!t.cap) continue;
      const list = positions.get(t.text) ?? [];
      list.push(i);
      positions.set(t.text, list);
    }
    positionsCache.set(doc, positions);
  }
  return positions;
}

/**
 * "Arsenal's Edu has lifted the lid …. However, Edu tried …, adding: "…". But Edu was …": the person a cue names
 * is the one the same name means wherever else the article writes it alone (headline included), where no other
 * entity covers it, it is no part of a longer name, and it does not open a sentence as an ordinary word.
 */
function sameNameElsewhere(index: EntityIndex, words: readonly string[], entity: EntityDraft): void {
  const n = words.length;
  const matches = index.docs.flatMap((doc) =>
    (positionsOf(doc).get(words[0]!) ?? [])
      .filter((i) => words.every((w, k) => doc.tokens[i + k]?.text === w))
      .map((i) => ({ doc, i })),
  );
  // ("search start-up Blinkx …, Blinkx, which …, co-founder of Blinkx": where the article shows the name is a
  // body's, the cue's person stays where the cue named it.)
  if (matches.some(({ doc, i }) => namesBody(doc.tokens, i, i + n))) return;
  for (const { doc, i } of matches) {
    const { tokens } = doc;
    const at = index.entityAt.get(doc.field)!;
    if (range(i, i + n).some((k) => at[k])) continue;
    const before = tokens[i - 1];
    const after = tokens[i + n];
    const start = doc.sentences[doc.sentenceOf[i]!]!.tokenStart;
    const opens = i === start;
    // ("But Edu was": a sentence's opening word is capitalised anyway.)
    if (before?.isWord && before.cap && !opens && !(i - 1 === start && STOPWORDS.has(before.lower))) continue;
    if (after?.isWord && after.cap) continue;
    if (opens && n === 1 && isCommonWord(tokens[i]!.lower)) continue;
    for (let k = i; k < i + n; k++) at[k] = entity;
    addMention(doc, entity, i, i + n, 'name', 1);
  }
}
