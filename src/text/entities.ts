/**
 * Entity extraction: vocabulary matches, gazetteer places/organisations and titled or first-named
 * people, then coreference of short forms ("Sherman" → "Wendy Sherman", "Mr Mallon" → "Ray Mallon").
 */
import {
  afterBodyKind,
  bodyArmAt,
  type ClassifyContext,
  classifySpan,
  lookupKnown,
  newClassifyContext,
  personNameWords,
  type RawMention,
} from './classify-span.js';
import { REPORTING_VERBS } from './cues.js';
import { bodiesDefinedByInitials } from './defined-names.js';
import { type FieldDoc, type FieldName, LEAD_SENTENCES } from './document.js';
import { type EntityDraft, EntityTable, type Pending, ref } from './entity-draft.js';
import { aliasesOf, getGazetteer } from './gazetteer.js';
import { isCommonWord, isFirstName, isOrgSuffix, isOrgWord, isPlainNoun, lexiconTags } from './lexicon.js';
import { bodyEndsIn, initialsOf, type NameCandidate, otherNames } from './names.js';
import { resolvePeople, rolesAround } from './people.js';
import { range } from './range.js';
import { HONORIFICS, isTitleWord, knownRoles, PERSONAL_HONORIFICS } from './roles.js';
import { nameHasWord, nameKey, nameWords } from './slugify.js';
import {
  CALENDAR_WORDS,
  findSpans,
  isCalendarSurname,
  isSentenceInitial,
  nicknameSurname,
  opensQuestion,
} from './spans.js';
import { STOPWORDS } from './stopwords.js';
import { endsInLowerPart, type Token } from './tokenize.js';
import type { KnownTag } from './types.js';
import type { Vocabulary, VocabularyMatch } from './vocabulary.js';

export type { EntityDraft, MentionRef } from './entity-draft.js';
export { toPublicEntity } from './entity-draft.js';
export type { NameCandidate } from './names.js';

export interface EntityIndex {
  readonly docs: readonly FieldDoc[];
  /** Mutable so quote attribution can add speakers named only in an attribution ("…," Mirza said). */
  readonly entities: EntityDraft[];
  /** Per field: the entity whose mention covers each token. */
  readonly entityAt: ReadonlyMap<FieldName, (EntityDraft | undefined)[]>;
  /** Recurring proper names of no known type ("Baywatch", "SAP Open"): tag candidates. */
  readonly names: readonly NameCandidate[];
  /** Vocabulary topic tags matched, with their token positions. */
  readonly topicMatches: readonly { readonly field: FieldName; readonly match: VocabularyMatch }[];
}

interface Surnames {
  /**
   * Words written as surnames after a first name ("Jeremy Irons", "Victoria Wood"), with the first names each
   * follows ("John Patterson": patterson → {john}), so that the same word opening a sentence is still a name, and
   * a tag of another first name is not it.
   */
  readonly forenames: ReadonlyMap<string, ReadonlySet<string>>;
  /** The same, counting first names the lexicon lacks ("Oona King"): whom a tag's surname may not be. */
  readonly anyForenames: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Surnames a person is introduced with before the word appears alone ("Edward Fox … Fox told"): later lone uses
   * are that person, whatever a newsroom's tag of the same name (the studio Fox). ("Ford said … founder Henry
   * Ford": the firm came first, so it stays the firm.)
   */
  readonly introduced: ReadonlySet<string>;
  /** Surnames the article gives an honorific ("Ms Blears"). */
  readonly titled: ReadonlySet<string>;
}

function surnamesIn(tokens: readonly Token[]): Surnames {
  const forenames = new Map<string, Set<string>>();
  const anyForenames = new Map<string, Set<string>>();
  const introduced = new Set<string>();
  const titled = new Set<string>();
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || t.upper) continue;
    const first = !seen.has(t.lower);
    seen.add(t.lower);
    const prev = tokens[i - 1];
    if (prev && HONORIFICS.has(prev.lower) && !t.newlineBefore) titled.add(t.lower);
    // ("Brian May": a calendar word after a first name is a surname, for all that "may" is a function word.)
    if (
      !prev?.cap ||
      prev.upper ||
      opensQuestion(tokens, i - 1) ||
      (STOPWORDS.has(t.lower) && !isCalendarSurname(t.lower))
    )
      continue;
    const add = (map: Map<string, Set<string>>) => {
      const set = map.get(t.lower) ?? new Set<string>();
      set.add(nameKey(prev.text));
      map.set(t.lower, set);
    };
    // "Labour MP Oona King": a first name the lexicon lacks is one still, when it is no ordinary or title word.
    if (isFirstName(prev.lower)) add(forenames);
    else if (isCommonWord(prev.lower) || isTitleWord(prev.lower) || HONORIFICS.has(prev.lower)) continue;
    add(anyForenames);
    if (forenames.has(t.lower) && first && !t.newlineBefore) introduced.add(t.lower);
  }
  return { forenames, anyForenames, introduced, titled };
}

/**
 * The token of a match that is one name after any honorifics ("Patterson", "Mr Patterson"), or -1. (Not a peer's
 * title: "Lord Goldsmith" is also "Peter Goldsmith".)
 */
function loneSurname(tokens: readonly Token[], m: VocabularyMatch): number {
  let at = m.start;
  while (at < m.end - 1 && PERSONAL_HONORIFICS.has(tokens[at]!.lower)) at++;
  return at === m.end - 1 ? at : -1;
}

/** Two capitalised words written together, as a first name and a surname may be, and where. */
interface FullName {
  readonly at: number;
  readonly forename: string;
  readonly surname: string;
  /** The first word is a known first name. */
  readonly first: boolean;
}

function fullNamesIn(tokens: readonly Token[]): FullName[] {
  const out: FullName[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const [prev, t] = [tokens[i - 1]!, tokens[i]!];
    if (t.cap && !t.upper && !t.newlineBefore && prev.cap)
      out.push({
        at: i,
        forename: nameKey(prev.text),
        surname: nameKey(t.text),
        first: isFirstName(prev.lower),
      });
  }
  return out;
}

/**
 * "Rhys Williams says …", then "said Williams": a surname alone is the namesake the text named in full before it,
 * not the tag "Matt Williams" that the story names only later.
 */
function namesakeBefore(doc: FieldDoc, m: VocabularyMatch, named: readonly FullName[]): boolean {
  const at = loneSurname(doc.tokens, m);
  if (at < 0) return false;
  const words = nameWords(m.tag.name);
  const surname = nameKey(doc.tokens[at]!.text);
  if (words.length < 2 || words.at(-1) !== surname) return false;
  const before = named.filter((n) => n.surname === surname && n.at < m.start);
  // ("Ozzy Osbourne", a first name the lexicon lacks, named before "Sharon Osbourne": still his.)
  return !before.some((n) => n.forename === words[0]) && before.some((n) => n.first);
}

/**
 * "John Patterson … Mr Patterson" is not the tag "Gavin Patterson" matched by its alias "Patterson" or "Mr
 * Patterson": the article gives the surname only to people of other first names.
 */
function anotherPersonsSurname(
  m: VocabularyMatch,
  forenames: ReadonlyMap<string, ReadonlySet<string>>,
  tokens: readonly Token[],
): boolean {
  const surname = loneSurname(tokens, m);
  if (surname < 0) return false;
  const firsts = forenames.get(tokens[surname]!.lower);
  if (!firsts) return false;
  return ![...firsts].some((f) => nameHasWord(m.tag.name, f));
}

function surnameMention(t: Token, i: number): RawMention {
  return {
    kind: 'unresolved',
    name: t.text,
    start: i,
    end: i + 1,
    via: 'name',
    weight: 1,
    nameTokens: [nameKey(t.text)],
  };
}

/** How many lowercase words a committee's remit may run to ("work and pensions", "culture, media and sport"). */
const MAX_REMIT_WORDS = 5;
const HOUSES = new Set(['commons', 'lords']);

/**
 * Committees the BBC writes in lower case: "the Commons education select committee", "the environment select
 * committee", "the Commons' home affairs committee", "the joint committee on human rights". A house before it,
 * "select" or "joint" marks it as a parliamentary body, named in title case ("Commons Education Select
 * Committee").
 */
function lowercaseCommittees(tokens: readonly Token[]): RawMention[] {
  const out: RawMention[] = [];
  const lowerWord = (t: Token | undefined) => Boolean(t?.isWord && /^[a-z][a-z-]*$/.test(t.text));
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== 'committee') continue;
    let a = i;
    const remit: string[] = [];
    while (a > 0 && i - a < MAX_REMIT_WORDS) {
      const t = tokens[a - 1]!;
      if (t.lower === 'and' && remit.length > 0 && lowerWord(tokens[a - 2])) {
        a--;
        continue;
      }
      if (!lowerWord(t) || (STOPWORDS.has(t.lower) && t.lower !== 'select')) break;
      remit.unshift(t.lower);
      a--;
    }
    while (tokens[a]?.lower === 'and') a++;
    const possessive = /^['’]$/.test(tokens[a - 1]?.text ?? '') && HOUSES.has(tokens[a - 2]?.lower ?? '');
    const house = possessive ? tokens[a - 2] : tokens[a - 1];
    const inHouse = Boolean(house?.cap && HOUSES.has(house.lower));
    const joint = remit[0] === 'joint';
    let b = i + 1;
    // "the joint committee on human rights": its remit after "on".
    if (joint && tokens[b]?.lower === 'on') {
      let e = b + 1;
      const remitWord = (t: Token | undefined) => {
        if (!lowerWord(t) || STOPWORDS.has(t!.lower)) return false;
        const tags = lexiconTags(t!.lower);
        return (
          !tags.includes('PastTense') && !(tags.includes('Verb') && !tags.some((g) => /Noun|Plural/.test(g)))
        );
      };
      while (e < tokens.length && e - b <= 3 && remitWord(tokens[e])) e++;
      if (e > b + 1) b = e;
    }
    const topical = remit.filter((w) => w !== 'select' && w !== 'joint' && w !== 'and');
    if (!(inHouse || remit.includes('select') || joint) || (topical.length === 0 && b === i + 1)) continue;
    const start = inHouse ? (possessive ? a - 2 : a - 1) : a;
    const words = tokens.slice(start, b).filter((t) => t.isWord);
    const name = words
      .map((t) => (/^(and|on|of)$/.test(t.lower) ? t.lower : t.text[0]!.toUpperCase() + t.text.slice(1)))
      .join(' ');
    out.push({ kind: 'organisation', name, start, end: b, via: 'name', weight: 1 });
  }
  return out;
}

/** Nouns for a publication that come right after its name ("Broadcast magazine", "Mobile PC magazine"). */
export const PUBLICATIONS: ReadonlySet<string> = new Set([
  'magazine',
  'newspaper',
  'journal',
  'weekly',
  'website',
]);
const MAX_PUBLICATION_WORDS = 4;

/**
 * "Mobile PC magazine", "Broadcast magazine": capitalised words right before the word for a publication name it,
 * ordinary words or a sentence's first as they may be (not a place: "a London newspaper"; nor a person's: "a
 * Rupert Murdoch newspaper").
 */
function publicationNames(tokens: readonly Token[], text: string): RawMention[] {
  const out: RawMention[] = [];
  const g = getGazetteer();
  for (let i = 1; i < tokens.length; i++) {
    const noun = tokens[i]!;
    if (!noun.isWord || noun.cap || !PUBLICATIONS.has(noun.lower)) continue;
    let a = i;
    while (a > 0 && i - a < MAX_PUBLICATION_WORDS && tokens[a - 1]!.isWord && tokens[a - 1]!.cap) a--;
    // ("A London newspaper": a sentence's capitalised article is no part of the name.)
    while (a < i && STOPWORDS.has(tokens[a]!.lower)) a++;
    if (a === i) continue;
    const words = tokens.slice(a, i);
    if (
      words.some((t) => isFirstName(t.lower) || HONORIFICS.has(t.lower) || isTitleWord(t.lower)) ||
      (words.length === 1 && g.demonyms.has(words[0]!.lower)) ||
      lookupKnown(tokens, a, i, text) !== null
    )
      continue;
    out.push({
      kind: 'organisation',
      name: words.map((t) => t.text).join(' '),
      start: a,
      end: i,
      via: 'name',
      weight: 1,
    });
  }
  return out;
}

/** Marion "Suge" Knight: the first name and the surname round a quoted nickname are one person's name. */
function nicknamedPeople(tokens: readonly Token[]): RawMention[] {
  const out: RawMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const last = nicknameSurname(tokens, i);
    if (last < 0) continue;
    const first = tokens[i - 1]!;
    out.push({
      kind: 'person',
      name: `${first.text} ${tokens[last]!.text}`,
      start: i - 1,
      end: last + 1,
      via: 'name',
      weight: 1,
      nameTokens: [nameKey(first.text), nameKey(tokens[last]!.text)],
    });
    i = last;
  }
  return out;
}

function collectRaw(
  doc: FieldDoc,
  matches: readonly VocabularyMatch[],
  confirmed: ReadonlySet<KnownTag>,
  pending: Pending[],
  topics: EntityIndex['topicMatches'] extends readonly (infer T)[] ? T[] : never,
  ctx: ClassifyContext,
): void {
  const { tokens } = doc;
  const covered = new Uint8Array(tokens.length);
  const { forenames, anyForenames, introduced, titled } = surnamesIn(tokens);
  const named = fullNamesIn(tokens);
  // Bodies found outside capitalised spans: "the environment select committee", "Broadcast magazine".
  const bodies = [
    ...lowercaseCommittees(tokens),
    ...publicationNames(tokens, doc.text),
    ...nicknamedPeople(tokens),
    ...bodiesDefinedByInitials(tokens, doc.text),
  ];
  for (const c of bodies) {
    covered.fill(1, c.start, c.end);
    pending.push({ doc, raw: c });
  }
  for (const m of matches) {
    if (bodies.some((c) => m.start < c.end && c.start < m.end)) continue;
    if (m.tag.type === 'topic') {
      topics.push({ field: doc.field, match: m });
      continue;
    }
    if (m.tag.type === 'person' && otherFirstName(tokens, m)) continue;
    if (m.tag.type === 'person' && anotherPersonsSurname(m, anyForenames, tokens)) continue;
    if (m.tag.type === 'person' && namesakeBefore(doc, m, named)) continue;
    if (m.tag.type === 'person' && roleBeforeName(tokens, m)) continue;
    if (m.tag.type !== 'person' && personsSurname(tokens, m)) continue;
    if (m.tag.type !== 'person' && m.end === m.start + 1 && introduced.has(tokens[m.start]!.lower)) continue;
    if (m.tag.type !== 'person' && insideLongerName(tokens, m)) continue;
    if (m.tag.type !== 'place' && !isFullName(doc, m) && otherSurname(tokens, m)) continue;
    if (!isFullName(doc, m) && otherForename(doc, m)) continue;
    if (m.tag.type === 'place' && bodyArm(doc, m)) continue;
    if (!confirmed.has(m.tag) && ambiguousAlias(doc, m)) continue;
    covered.fill(1, m.start, m.end);
    const raw: RawMention = {
      kind: m.tag.type,
      name: m.tag.name,
      start: m.start,
      end: m.end,
      via: 'name',
      weight: 1,
    };
    pending.push({ doc, raw, known: m.tag });
  }
  const g = getGazetteer();
  const midNames = namePairsMidSentence(doc);
  const speakingWords = wordsSpeakingMidSentence(doc);
  const keep = (i: number) => {
    const t = tokens[i]!;
    return (
      covered[i] === 1 ||
      g.demonyms.has(t.lower) ||
      forenames.has(t.lower) ||
      lookupKnown(tokens, i, i + 1, doc.text) !== null ||
      // "Next has said … up 12%, Next said": a word the article shows speaking as a name mid-sentence.
      speakingWords.has(t.lower) ||
      // "bank Standard Chartered … Standard Chartered said": the article writes the pair as one name.
      midNames.has(pairKey(tokens, i)) ||
      // "Hazel Blears said … Ms Blears": a noun before a surname the article titles is a first name.
      (isPlainNoun(t.lower) && tokens[i + 1]?.cap === true && titled.has(tokens[i + 1]!.lower))
    );
  };
  for (const s of doc.sentences) {
    for (const span of findSpans(tokens, s.tokenStart, s.tokenEnd, keep)) {
      // Split around vocabulary matches.
      let a = span.start;
      while (a < span.end) {
        while (a < span.end && covered[a]) a++;
        let b = a;
        while (b < span.end && !covered[b]) b++;
        // "Herbert Hansen of [Respond]": a connector left at the edge of a piece is not part of a name.
        let e = b;
        while (e > a && !tokens[e - 1]!.cap && /^\p{Ll}[^-]*$/u.test(tokens[e - 1]!.text)) e--;
        if (e > a) {
          // A surname opening the sentence ("Irons said") is a name for all its capital says.
          const initial =
            span.sentenceInitial &&
            a === span.start &&
            !forenames.has(tokens[a]!.lower) &&
            !speakingWords.has(tokens[a]!.lower);
          const sub = { start: a, end: e, sentenceInitial: initial };
          // "says King, 30" after "Jason King": a title word the article uses as a surname is that surname.
          const lone = e === a + 1 ? tokens[a]! : undefined;
          const raws =
            lone && forenames.has(lone.lower) && isTitleWord(lone.lower)
              ? [surnameMention(lone, a)]
              : classifySpan(tokens, sub, doc.text, ctx);
          for (const raw of raws) pending.push({ doc, raw: titledElsewhere(raw, tokens, titled) ?? raw });
        }
        a = b;
      }
    }
  }
}

/**
 * "said co-ordinator Remom Facey … Mr Facey added": two or three words nothing else types, the last of which the
 * article gives an honorific elsewhere, are a person's name, whatever the lexicon knows of the first name.
 */
function titledElsewhere(
  raw: RawMention,
  tokens: readonly Token[],
  titled: ReadonlySet<string>,
): RawMention | undefined {
  const words = tokens.slice(raw.start, raw.end);
  if (raw.kind !== 'unresolved' || words.length < 2 || words.length > 3) return undefined;
  if (!titled.has(words.at(-1)!.lower) || !personNameWords(tokens, raw.start, raw.end)) return undefined;
  return {
    ...raw,
    kind: 'person',
    nameTokens: words.map((t) => nameKey(t.text)),
    roles: [],
    gender: null,
    surelyPerson: true,
  };
}

const ACRONYM = /^[A-Z]{2,6}$/;

/**
 * "BNP" in the headline, "the British National Party" in the body: a body's initials are that body wherever they
 * come first (the pass above only sees initials after the name). The newsroom's tag, if either is one, names it.
 */
function mergeInitials(table: EntityTable, entityAt: Map<FieldName, (EntityDraft | undefined)[]>): void {
  const orgs = [...table.byKey.values()].filter((e) => e.type === 'organisation' && e.mentions.length > 0);
  for (const short of orgs) {
    if (!ACRONYM.test(short.name) || short.mentions.length === 0) continue;
    const full = orgs.filter(
      (e) => e !== short && e.mentions.length > 0 && initialsOf(e.name) === short.name,
    );
    if (full.length !== 1 || (full[0]!.known && short.known)) continue;
    const [into, from] = short.known ? [short, full[0]!] : [full[0]!, short];
    absorb(into, from, entityAt);
  }
}

/**
 * "housebuilder George Wimpey … Wimpey reported": a one-word person who is the last word of a body named before
 * them in the article is that body. (Only where a single body ends so.)
 */
function mergeBodyShortNames(
  table: EntityTable,
  entityAt: Map<FieldName, (EntityDraft | undefined)[]>,
): void {
  const all = [...table.byKey.values()].filter((e) => e.mentions.length > 0);
  const bodies = all.filter((e) => e.type === 'organisation');
  for (const short of all) {
    // (People only: "Europe" is a place of its own beside "Lycos Europe", "Michigan" beside its university.)
    if (short.type !== 'person' || short.known) continue;
    const word = short.name.toLowerCase();
    if (word.includes(' ')) continue;
    const ends = bodies.filter((b) => bodyEndsIn(b.name, word));
    const body = ends.length === 1 ? ends[0]! : undefined;
    if (!body || !mentionedFirst(body, short)) continue;
    absorb(body, short, entityAt);
  }
}

/** Moves every mention of `from` to `into`, which keeps them in reading order (title first). */
function absorb(
  into: EntityDraft,
  from: EntityDraft,
  entityAt: Map<FieldName, (EntityDraft | undefined)[]>,
): void {
  for (const m of from.mentions) {
    into.mentions.push(m);
    entityAt.get(m.field)!.fill(into, m.tokenStart, m.tokenEnd);
  }
  into.mentions.sort((x, y) => (x.field === y.field ? x.start - y.start : x.field === 'title' ? -1 : 1));
  from.mentions.length = 0;
}

/** Whether a's first mention comes before b's (the title before the body). */
function mentionedFirst(a: EntityDraft, b: EntityDraft): boolean {
  const [x, y] = [a.mentions[0]!, b.mentions[0]!];
  return x.field === y.field ? x.start < y.start : x.field === 'title';
}

/** The acronym a one-token mention spells ("BRC", "B&B" for Bradford & Bingley), or "-" (never a name's initials). */
function acronymAt(tokens: readonly Token[], a: number, b: number): string {
  const text = b === a + 1 ? tokens[a]!.text.replace(/(?<=[A-Z])&(?=[A-Z])/g, '') : '';
  return ACRONYM.test(text) ? text : '-';
}

function pairKey(tokens: readonly Token[], i: number): string {
  return `${tokens[i]!.lower} ${tokens[i + 1]?.lower ?? ''}`;
}

/** Two capitalised words in a row that the field writes somewhere other than at a sentence's start. */
function namePairsMidSentence(doc: FieldDoc): Set<string> {
  const { tokens } = doc;
  const pairs = new Set<string>();
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i + 1 < s.tokenEnd; i++) {
      const [t, u] = [tokens[i]!, tokens[i + 1]!];
      if (!t.isWord || !t.cap || !u.isWord || !u.cap || u.newlineBefore) continue;
      if (!isSentenceInitial(tokens, i, s.tokenStart)) pairs.add(pairKey(tokens, i));
    }
  }
  return pairs;
}

const SPEAKING_AUXILIARIES = new Set(['has', 'have', 'had', 'also']);

/**
 * Capitalised words the field writes alone mid-sentence before a reporting verb ("up 12%, Next said", "retailer
 * Next has said"): names, for all that "next" is a function word, so they stay names at a sentence's start.
 */
function wordsSpeakingMidSentence(doc: FieldDoc): Set<string> {
  const { tokens } = doc;
  const words = new Set<string>();
  for (const s of doc.sentences) {
    for (let i = s.tokenStart + 1; i + 1 < s.tokenEnd; i++) {
      const t = tokens[i]!;
      const prev = tokens[i - 1]!;
      if (!t.isWord || !t.cap || t.upper || (prev.isWord && prev.cap)) continue;
      if (prev.lower === 'the' || isSentenceInitial(tokens, i, s.tokenStart)) continue;
      const verb = SPEAKING_AUXILIARIES.has(tokens[i + 1]!.lower) ? tokens[i + 2] : tokens[i + 1];
      if (verb && !verb.cap && REPORTING_VERBS.has(verb.lower)) words.add(t.lower);
    }
  }
  return words;
}

/** "Alan Jones" is not the tag "Stephen Jones" matched by its alias "Jones": another first name precedes it. */
function otherFirstName(tokens: readonly Token[], m: VocabularyMatch): boolean {
  const prev = tokens[m.start - 1];
  if (!prev?.isWord || !prev.cap || tokens[m.start]!.newlineBefore) return false;
  if (!isFirstName(prev.lower)) return false;
  return !nameHasWord(m.tag.name, prev.text);
}

/**
 * "Liam Fox", "Dr Fox": a one-word body or place tag right after a first name or an honorific is a person's
 * surname, not the studio Fox (nor "George Washington" the US, nor "Paris Hilton" the hotels).
 */
function personsSurname(tokens: readonly Token[], m: VocabularyMatch): boolean {
  const prev = tokens[m.start - 1];
  // ("Sir Andrew Foster's review" is not the brewer "Foster's": a possessive ending the alias is no word of it.)
  const words = m.end - m.start - (/^('s|’s)$/.test(tokens[m.end - 1]?.text ?? '') ? 1 : 0);
  if (words !== 1 || !prev?.isWord || !prev.cap || tokens[m.start]!.newlineBefore) return false;
  if (nameHasWord(m.tag.name, prev.text)) return false;
  return HONORIFICS.has(prev.lower) || isFirstName(prev.lower);
}

/**
 * "Prime Minister Junichiro Koizumi", "Finance Minister Antonio Palocci": a role a person tag carries as an alias
 * (Tony Blair's "Prime Minister") names whoever the text names right after it, not the tag.
 */
function roleBeforeName(tokens: readonly Token[], m: VocabularyMatch): boolean {
  if (!continuesName(tokens, m.end) || tokens[m.end]!.newlineBefore) return false;
  for (let i = m.start; i < m.end; i++) if (tokens[i]!.isWord && !isTitleWord(tokens[i]!.lower)) return false;
  return true;
}

/**
 * "Muslim Council of Britain", "Securities & Exchange Commission", "Federal Open Markets Committee": a known
 * place or body that ends a longer body's name (after a head word and "of"/"for", or after "&") or is its last
 * word is part of that name, not a mention of its own.
 */
function insideLongerName(tokens: readonly Token[], m: VocabularyMatch): boolean {
  const prev = tokens[m.start - 1];
  const before = tokens[m.start - 2];
  if (!prev || tokens[m.start]!.newlineBefore) return false;
  if (prev.text === '&' && before?.isWord && before.cap) return true;
  if (/^(of|for)$/.test(prev.lower) && before?.cap && isOrgWord(before.lower)) return true;
  // The rest: a one-word name after other capitalised words of a longer name.
  const only = m.end === m.start + 1 ? tokens[m.start]! : undefined;
  if (!only || !prev.isWord || !prev.cap || prev.upper) return false;
  // "Federal Labour Agency": before a body's head word.
  const next = tokens[m.end];
  if (m.tag.type !== 'person' && next?.isWord && next.cap && !next.newlineBefore && isOrgWord(next.lower))
    return true;
  // A known body named by its head word alone ("Committee").
  return m.tag.type === 'organisation' && isOrgWord(only.lower);
}

/**
 * "Howard Flight" is not the tag "Michael Howard" matched by its alias "Howard", nor "United Nations" the tag
 * "Manchester United" by "United": another name follows the one-word alias.
 */
function otherSurname(tokens: readonly Token[], m: VocabularyMatch): boolean {
  if (m.end !== m.start + 1) return false;
  if (!continuesName(tokens, m.end) || tokens[m.end]!.newlineBefore) return false;
  return !nameHasWord(m.tag.name, tokens[m.end]!.text);
}

/**
 * "Bristol City" is not the tag "Manchester City" matched by its alias "City", nor "Euan Murray" the tag "Andrew
 * Murray" by "Murray": another name's word comes right before the one-word alias (not a title: "Prime Minister
 * Blair", nor a word that opens the sentence).
 */
function otherForename(doc: FieldDoc, m: VocabularyMatch): boolean {
  const { tokens } = doc;
  const prev = tokens[m.start - 1];
  if (m.end !== m.start + 1 || !prev?.isWord || !prev.cap || prev.upper) return false;
  if (tokens[m.start]!.newlineBefore || prev.end + 1 !== tokens[m.start]!.start) return false;
  if (doc.sentences[doc.sentenceOf[m.start - 1]!]!.tokenStart === m.start - 1) return false;
  // ("Oscar-nominated Owen": a compound that describes the person.)
  if (isTitleWord(prev.lower) || STOPWORDS.has(prev.lower) || endsInLowerPart(prev.text)) return false;
  return !nameHasWord(m.tag.name, prev.text);
}

/** What a company has and a person does not: "Laura Ashley's shares", "Eli Lilly … its products". */
const COMPANY_HOLDINGS = new Set(
  'board shares shareholders profits profit sales stores staff workers products executives directors headquarters subsidiary chief founder namesake'.split(
    ' ',
  ),
);
const MIN_COMPANY_EVIDENCE = 2;

/**
 * People by name who turn out to be companies ("Laura Ashley, which floated in 1985", "Eli Lilly is planning a
 * campaign against claims about its products"): at least two mentions followed by ", which", by "'s shares"
 * and the like, or by "its board" and the like later in the clause. Known tags keep their type.
 */
function companiesNamedLikePeople(
  docs: readonly FieldDoc[],
  entityAt: ReadonlyMap<FieldName, readonly (EntityDraft | undefined)[]>,
): EntityDraft[] {
  const evidence = new Map<EntityDraft, number>();
  for (const doc of docs) {
    const at = entityAt.get(doc.field)!;
    const { tokens } = doc;
    for (let i = 0; i < tokens.length; i++) {
      const e = at[i];
      if (e?.type !== 'person' || e.known || at[i + 1] === e) continue;
      const next = tokens[i + 1];
      let found = next?.text === ',' && tokens[i + 2]?.lower === 'which';
      found ||= /^('s|’s)$/.test(next?.text ?? '') && COMPANY_HOLDINGS.has(tokens[i + 2]?.lower ?? '');
      for (let j = i + 1; !found && j < Math.min(tokens.length, i + 12); j++) {
        const w = tokens[j]!.lower;
        if (/^[.;"“”]$/.test(w) || /^(his|her|he|she)$/.test(w) || at[j]?.type === 'organisation') break;
        if (w === 'its' && COMPANY_HOLDINGS.has(tokens[j + 1]?.lower ?? '')) found = true;
      }
      if (found) evidence.set(e, (evidence.get(e) ?? 0) + 1);
    }
  }
  return [...evidence].filter(([, n]) => n >= MIN_COMPANY_EVIDENCE).map(([e]) => e);
}

/**
 * "Lycos Europe", "US Airways": the known place closes the name of a body's arm or opens a body's name, and is
 * no mention of the place.
 */
function bodyArm(doc: FieldDoc, m: VocabularyMatch): boolean {
  const { tokens } = doc;
  let z = m.end;
  while (z - m.end < 3 && continuesName(tokens, z)) z++;
  if (z > m.end && isOrgSuffix(tokens[z - 1]!.lower)) return true;
  let a = m.start;
  while (a > 0 && continuesName(tokens, a) && tokens[a - 1]!.isWord && tokens[a - 1]!.cap) a--;
  if (a === m.start || m.end !== m.start + 1) return false;
  // A sentence's first word is capitalised anyway ("Europe" after "Across").
  const sentence = doc.sentences[doc.sentenceOf[m.start]!]!;
  if (a === sentence.tokenStart) a++;
  return bodyArmAt(tokens, a, m.start, doc.text);
}

/** Token j is a capitalised word written one space after token j - 1, as the words of one name are. */
function continuesName(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && j > 0 && t.isWord && t.cap && tokens[j - 1]!.end + 1 === t.start;
}

/** The newsroom's tag for a gazetteer name under any of its other names ("US" → "United States"). */
function lookupAliases(vocab: Vocabulary | undefined, name: string): KnownTag | undefined {
  if (!vocab) return undefined;
  for (const alias of aliasesOf(name)) {
    const tag = vocab.lookup(alias);
    if (tag) return tag;
  }
  return undefined;
}

/**
 * A one-word alias that may well mean something else: a surname ("Fox" is also a film studio) or a place
 * ("Houston", "Madrid") standing for a person or a club. Trusted only once the article names the tag in full.
 */
function ambiguousAlias(doc: FieldDoc, m: VocabularyMatch): boolean {
  if (isFullName(doc, m)) return false;
  // "the Bank" for the Bank of England is any bank the story names ("The Bank of Japan … the Bank said").
  if (theCommonNoun(doc, m)) return true;
  if (m.tag.type === 'person' && titledAlias(doc, m)) return true;
  if (m.end - m.start !== 1) return false;
  if (m.tag.type === 'person') return true;
  // "On Wednesday" is a day, not Sheffield Wednesday.
  if (CALENDAR_WORDS.has(doc.tokens[m.start]!.lower)) return true;
  const known = lookupKnown(doc.tokens, m.start, m.end, doc.text);
  if (m.tag.type !== 'place' && namesSomethingElse(doc, m.start, known)) return true;
  // "Parliament" is a body of its own (the Commons), not the "European Parliament" tag that lists it.
  const surface = doc.text.slice(doc.tokens[m.start]!.start, doc.tokens[m.end - 1]!.end);
  return known?.kind === 'organisation' && qualifies(m.tag.name, surface);
}

/**
 * The one word at `at`, a tag's alias, names something other than a body or person in this story: a place
 * ("Madrid" for Real Madrid), a demonym's country ("best Irish band" is not the club London Irish), or an
 * ordinary word ("the talk in the City" is not Manchester City, nor "five" Channel Five), unless the story calls
 * a body by that word ("TV channel Five").
 */
function namesSomethingElse(doc: FieldDoc, at: number, known: ReturnType<typeof lookupKnown>): boolean {
  if (known?.kind === 'place') return true;
  const word = doc.tokens[at]!.lower;
  if (getGazetteer().demonyms.has(word)) return true;
  return (
    isCommonWord(word) &&
    !known &&
    !doc.tokens.some((t, i) => t.lower === word && t.cap && afterBodyKind(doc.tokens, i))
  );
}

/**
 * The tag's name is the alias with a qualifier before it ("European Parliament" for "Parliament"): a more
 * specific body than the one the word names on its own ("Labour Party" for "Labour" is the same body).
 */
function qualifies(tagName: string, alias: string): boolean {
  const a = nameKey(alias);
  return a.length > 0 && !a.includes(' ') && nameKey(tagName).endsWith(` ${a}`);
}

/** "Mr Kim", an alias of Peter Kim: an honorific and one name say no more than the name alone (Kim Yungmin?). */
function titledAlias(doc: FieldDoc, m: VocabularyMatch): boolean {
  const named = range(m.start, m.end).filter((j) => doc.tokens[j]!.isWord);
  return (
    named.length === 2 && named[1] === m.end - 1 && PERSONAL_HONORIFICS.has(doc.tokens[named[0]!]!.lower)
  );
}

/** The match is "the" and one common noun ("the Bank", "the Fed"): an alias, never the name in full. */
function theCommonNoun(doc: FieldDoc, m: VocabularyMatch): boolean {
  return (
    m.end - m.start === 2 &&
    doc.tokens[m.start]!.lower === 'the' &&
    isCommonWord(doc.tokens[m.start + 1]!.lower)
  );
}

function isFullName(doc: FieldDoc, m: VocabularyMatch): boolean {
  const surface = doc.text.slice(doc.tokens[m.start]!.start, doc.tokens[m.end - 1]!.end);
  return nameKey(surface) === nameKey(m.tag.name);
}

/**
 * Tags the article names in full or by a multi-word alias, so their one-word aliases are safe to read; and
 * people whose other name appears on its own ("Robbie … Keane" for Robbie Keane).
 */
function confirmedTags(
  docs: readonly FieldDoc[],
  matches: readonly (readonly VocabularyMatch[])[],
  vocab: Vocabulary,
): Set<KnownTag> {
  const out = new Set<KnownTag>();
  const words = new Set<string>();
  for (const doc of docs) for (const t of doc.tokens) if (t.cap) words.add(nameKey(t.text));
  docs.forEach((doc, i) => {
    for (const m of matches[i]!) {
      const titled = titledAlias(doc, m);
      if ((m.end - m.start > 1 && !titled && !theCommonNoun(doc, m)) || isFullName(doc, m)) out.add(m.tag);
      else if (m.tag.type === 'person') {
        const alias = nameKey(doc.tokens[titled ? m.end - 1 : m.start]!.text);
        // A first name ("Nick" for Nick Howard) is confirmed by nothing but the full name.
        if (isFirstName(alias)) continue;
        for (const tag of vocab.peopleCalled(alias)) {
          const others = nameWords(tag.name).filter((w) => w !== alias && w.length > 1);
          if (others.some((w) => words.has(w))) out.add(tag);
        }
      }
    }
  });
  return out;
}

/**
 * A known tag found by name for a mention of another type ("Madrid" the city, not the club) counts only once
 * confirmed. A topic tag counts when it is the name itself ("Baywatch"), not when it lists the name as an alias
 * ("Iraq" is a place, not the topic "Iraq war").
 */
function agreeing(
  known: KnownTag | undefined,
  kind: string,
  name: string,
  confirmed: ReadonlySet<KnownTag>,
): KnownTag | undefined {
  if (!known) return undefined;
  if (known.type === 'topic') return nameKey(known.name) === nameKey(name) ? known : undefined;
  return known.type === kind || confirmed.has(known) ? known : undefined;
}

export function extractEntities(docs: readonly FieldDoc[], vocab: Vocabulary | undefined): EntityIndex {
  const pending: Pending[] = [];
  const topicMatches: { field: FieldName; match: VocabularyMatch }[] = [];
  const ctx = newClassifyContext();
  const firstPass = docs.map((doc) => vocab?.match(doc.tokens) ?? []);
  const confirmed = vocab ? confirmedTags(docs, firstPass, vocab) : new Set<KnownTag>();
  // "Keane" is Robbie Keane, not Roy Keane, once the article has named Robbie Keane.
  const matches = confirmed.size > 0 ? docs.map((doc) => vocab!.match(doc.tokens, confirmed)) : firstPass;
  docs.forEach((doc, i) => {
    collectRaw(doc, matches[i]!, confirmed, pending, topicMatches, ctx);
  });

  const table = new EntityTable();
  const people = resolvePeople(pending, table, vocab);
  const entityAt = new Map<FieldName, (EntityDraft | undefined)[]>();
  for (const doc of docs) entityAt.set(doc.field, new Array(doc.tokens.length));

  // Order by position so mentions are in reading order (title first).
  const ordered = [...pending].sort((x, y) =>
    x.doc === y.doc ? x.raw.start - y.raw.start : x.doc.field === 'title' ? -1 : 1,
  );
  // "the British Retail Consortium (BRC) … the BRC": an acronym of an organisation named earlier is that body.
  const byInitials = new Map<string, EntityDraft>();
  for (const p of ordered) {
    const { raw, doc } = p;
    let e =
      people.get(p) ?? (p.known ? undefined : byInitials.get(acronymAt(doc.tokens, raw.start, raw.end)));
    // An unknown word after "in" is a place, one before "manager Alan Curbishley" a body, unless a person.
    const guess = raw.placeGuess ? 'place' : raw.bodyGuess ? 'organisation' : undefined;
    if (!e && raw.kind === 'unresolved' && guess) {
      const known = agreeing(vocab?.lookup(raw.name), guess, raw.name, confirmed);
      e = table.get(
        known?.name ?? raw.name,
        known && known.type !== 'topic' ? known.type : guess,
        known ?? null,
      );
      if (guess === 'place') e.placeKind ??= 'city';
    }
    if (!e) {
      if (raw.kind === 'unresolved' || raw.kind === 'role' || raw.kind === 'person') continue;
      const found = agreeing(
        vocab?.lookup(raw.name) ??
          vocab?.lookup(doc.text.slice(doc.tokens[raw.start]!.start, doc.tokens[raw.end - 1]!.end)) ??
          lookupAliases(vocab, raw.name),
        raw.kind,
        raw.name,
        confirmed,
      );
      // "Parliament" (the Commons) is not the tag "European Parliament" that merely lists it as an alias,
      // unless the article names that tag in full.
      const loneAlias = found && !confirmed.has(found) && qualifies(found.name, raw.name);
      const known = p.known ?? (loneAlias ? undefined : found);
      const type = known && known.type !== 'topic' ? known.type : raw.kind;
      e = table.get(known?.name ?? raw.name, type, known ?? null);
      if (raw.placeKind && (!e.placeKind || raw.placeKind === 'country')) e.placeKind = raw.placeKind;
    }
    if (e.type === 'organisation') {
      const initials = initialsOf(e.name);
      if (initials.length >= 2 && !byInitials.has(initials)) byInitials.set(initials, e);
    }
    const m = ref(doc, raw.start, raw.end, raw.weight, raw.via);
    const prev = e.mentions[e.mentions.length - 1];
    if (!prev || prev.field !== m.field || prev.start !== m.start) e.mentions.push(m);
    const at = entityAt.get(doc.field)!;
    for (let i = raw.start; i < raw.end; i++) at[i] = e;
    if (e.type === 'person') {
      // "the prime minister" is Tony Blair when the newsroom's tag says so.
      if (e.known) for (const r of knownRoles(e.known)) e.roles.add(r);
      const roles = [...(raw.roles ?? []), ...rolesAround(doc.tokens, raw.start, raw.end)];
      for (const r of roles) e.roles.add(r);
      if (roles.length) e.roleMentions.push({ field: doc.field, start: m.start, roles });
    }
  }
  const names = otherNames(ordered, people, entityAt, table);
  mergeInitials(table, entityAt);
  mergeBodyShortNames(table, entityAt);
  for (const e of companiesNamedLikePeople(docs, entityAt)) e.type = 'organisation';
  const titles = worksNamedLikePeople(docs, table, entityAt);
  const entities = [...table.byKey.values()].filter((e) => e.mentions.length > 0);
  return { docs, entities, entityAt, topicMatches, names: [...names, ...titles] };
}

/** Kinds of work whose title may follow them ("the album Exodus", "British film Vera Drake", "drama Wasp"). */
const WORKS = new Set(
  'album film movie drama musical novel book song single series sitcom documentary opera comedy thriller biopic'.split(
    ' ',
  ),
);
/** Words before a verb ("will play", "to film"), which make the next word no kind of work. */
const VERB_OPENERS = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'should',
  'might',
  'must',
  'may',
  'did',
  'not',
]);

/**
 * Titles read as people's names ("the album Exodus", "Mike Leigh's film Vera Drake", "Foxx's movie Ray"): a mention
 * right after the noun for a kind of work names that work, so it leaves the person; a person left with no mention
 * was only ever the title, which stays a tag candidate (one mention is enough for a work).
 */
function worksNamedLikePeople(
  docs: readonly FieldDoc[],
  table: EntityTable,
  entityAt: Map<FieldName, (EntityDraft | undefined)[]>,
): NameCandidate[] {
  const out: NameCandidate[] = [];
  const byField = new Map(docs.map((d) => [d.field, d]));
  for (const e of table.byKey.values()) {
    if (e.type !== 'person' || e.known) continue;
    const titled = e.mentions.filter((m) => {
      const doc = byField.get(m.field);
      const noun = doc?.tokens[m.tokenStart - 1];
      const before = doc?.tokens[m.tokenStart - 2];
      return (
        noun !== undefined && !noun.cap && WORKS.has(noun.lower) && !VERB_OPENERS.has(before?.lower ?? '')
      );
    });
    if (titled.length === 0) continue;
    for (let k = e.mentions.length - 1; k >= 0; k--)
      if (titled.includes(e.mentions[k]!)) e.mentions.splice(k, 1);
    for (const m of titled) {
      const at = entityAt.get(m.field)!;
      for (let i = m.tokenStart; i < m.tokenEnd; i++) if (at[i] === e) at[i] = undefined;
    }
    if (e.mentions.length > 0) continue;
    out.push({
      name: e.name,
      count: titled.length,
      inTitle: titled.some((m) => m.field === 'title'),
      inLead: titled.some((m) => m.field === 'body' && m.sentence < LEAD_SENTENCES),
      work: true,
    });
  }
  return out;
}
