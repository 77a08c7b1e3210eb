/**
 * Classifies one capitalised span into mentions: known places/organisations (gazetteer), titled
 * people ("Deputy Foreign Minister Sergei Ryabkov" → role + person), organisations by suffix,
 * people by first name, and — narrowly — compromise for leftover multi-word names.
 */
import nlp from 'compromise';
import { SPEECH_VERBS } from './cues.js';
import { demonymAt, getGazetteer, isPlaceEntry, type PlaceKind, residentAt } from './gazetteer.js';
import {
  FOR_BODIES,
  hasTag,
  isCommonWord,
  isFirstName,
  isListedGivenName,
  isOrgWord,
  isPlaceWord,
  lexiconTags,
  nameGender,
  ORG_SUFFIXES,
} from './lexicon.js';
import { range } from './range.js';
import {
  BUSINESS_KINDS,
  HONORIFICS,
  isPersonNoun,
  isRoleHead,
  isTitleHead,
  isTitleWord,
  PERSONAL_HONORIFICS,
} from './roles.js';
import { nameKey } from './slugify.js';
import { isCalendarSurname, type Span, SURNAME_PARTICLES } from './spans.js';
import { STOPWORDS } from './stopwords.js';
import { endsInLowerPart, type Token } from './tokenize.js';
import type { EntityType } from './types.js';

export type MentionVia = 'name' | 'short' | 'demonym' | 'metonym' | 'role' | 'pronoun';

export interface RawMention {
  /** 'unresolved': a capitalised word we could not type on its own (maybe a surname). 'role': title without a name. */
  readonly kind: EntityType | 'unresolved' | 'role';
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly via: MentionVia;
  readonly weight: number;
  readonly gender?: 'm' | 'f' | null;
  readonly roles?: readonly string[];
  readonly placeKind?: PlaceKind;
  /** Name tokens (lowercase) for people. */
  readonly nameTokens?: readonly string[];
  /** A one-word name is surely a person's: an honorific or title before it ("Mr Mallon"), or "who" after it. */
  readonly surelyPerson?: boolean;
  /** An unknown word after "in"/"at"/"near": a place unless it turns out to be a person's name. */
  readonly placeGuess?: boolean;
  /** An unknown name before a role in it and its holder ("Charlton manager Alan Curbishley"): a body unless it
   * turns out to be a person's name. */
  readonly bodyGuess?: boolean;
}

const DEMONYM_WEIGHT = 0.6;
const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'from',
  'to',
  'into',
  'across',
  'around',
  'throughout',
  'via',
  'towards',
  'toward',
  'visit',
  'visited',
  'visiting',
  'returned',
  'based',
  'embassy',
]);
/**
 * Nouns for a kind of body that come right before its name ("rock band Queen", "retailer Next", "Mexican outfit
 * Red Sharks Veracruz", "Premiership side Bolton Wanderers", "industry training body Skillset", "admissions service
 * Ucas", "the human rights organisation Redress"). Not "maker":
 * "documentary maker Michael Cockerell" is a person as often as "wine maker Robert Mondavi" is a firm.
 */
const BODY_KINDS: ReadonlySet<string> = new Set([
  ...[...BUSINESS_KINDS].filter((kind) => kind !== 'maker'),
  ...`band newspaper magazine channel agency charity watchdog regulator club outfit side body organisation organization
service association union institute alliance coalition federation foundation trust think-tank thinktank
website site committee`.split(/\s+/),
]);

/**
 * Kinds of body whose noun opens no body's name: "Bookmaker Ladbrokes", "Retailer Next" at a sentence's start (not
 * "Group", "Bank" or "Studio", which start names too).
 */
const OPENING_KINDS: ReadonlySet<string> = new Set(
  `retailer bookmaker carmaker drugmaker chipmaker automaker brewer insurer lender publisher developer broadcaster
supermarket airline manufacturer distributor supplier housebuilder conglomerate consultancy brokerage bourse
regulator watchdog charity newspaper magazine website`.split(/\s+/),
);

/** Token i comes right after the noun for a kind of body: "TV channel Five", "rock band Queen". */
export function afterBodyKind(tokens: readonly Token[], i: number): boolean {
  const kind = tokens[i - 1];
  return Boolean(kind?.isWord && !kind.cap && BODY_KINDS.has(kind.lower));
}

/** Words that open a noun phrase: after one, "the firm Jo Doe" may go on "… founded". */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'this',
  'that',
  'our',
  'my',
]);

/** Titles of peers, who are named by them ("Lord Falconer"), not by a first name. */
const PEERAGE = new Set(['lord', 'lady', 'baroness', 'baron', 'viscount', 'viscountess', 'earl', 'countess']);
/** Letters written after a person's name: parliamentary seats, the bar, honours. */
const POST_NOMINALS = new Set(['MP', 'MEP', 'MSP', 'QC', 'KC', 'OBE', 'MBE', 'CBE']);
/** Title heads that are also ordinary name parts ("General Motors", "Major League"). */
const AMBIGUOUS_HEADS = new Set([
  'general',
  'major',
  'chief',
  'head',
  'private',
  'star',
  'host',
  'count',
  'justice',
  'st',
  'saint',
  'director',
  'leader',
  'king',
  'queen',
  'prince',
]);
const MAX_COMPROMISE_TOKENS = 4;
/** Acronyms used as common nouns, never a body's name on their own. */
const NOUN_ACRONYMS = new Set(
  'ID IDs IT TV TVs PC PCs CD CDs DVD DVDs GP GPs HIV Aids MP3 SMS PIN VAT GDP CEO CEOs MP MPs MEP MEPs QC'.split(
    ' ',
  ),
);
/** Last words that make a place of a place name ("Victoria Station", "Florence Airport"). */
const PLACE_FACILITIES =
  /^(station|airport|park|bridge|gardens?|terrace|lane|crescent|quay|wharf|docks?|pier|harbour|gate|palace|stadium|arena|centre|market|row|drive|street|road|avenue|square|way|place|valley|islands?|county|city|town|falls|beach|coast)$/;
const CONTINENTS = new Set(['europe', 'asia', 'africa', 'america', 'americas', 'australasia', 'antarctica']);
/** Words that make a region of a country or continent ("Northern Europe", "Greater London"). */
const REGION_WORDS = new Set(
  'north south east west northern southern eastern western central greater new old upper lower inner outer mainland continental rural coastal southeast southwest northeast northwest far middle'.split(
    ' ',
  ),
);
const PLACE_GUESS_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout']);

function spanText(tokens: readonly Token[], a: number, b: number, text: string): string {
  return text.slice(tokens[a]!.start, tokens[b - 1]!.end).replace(/\s+/g, ' ');
}

interface Known {
  readonly kind: EntityType;
  readonly name: string;
  readonly placeKind?: PlaceKind;
  readonly metonymOf?: string;
}

/** Gazetteer lookup of tokens [a, b) as one name. */
export function lookupKnown(tokens: readonly Token[], a: number, b: number, text: string): Known | null {
  const g = getGazetteer();
  const surface = spanText(tokens, a, b, text);
  if (b - a === 1) {
    const bare = surface.replace(/\./g, '');
    const acr = g.acronyms.get(bare);
    if (acr)
      return isPlaceEntry(acr)
        ? { kind: 'place', name: acr.name, placeKind: acr.kind }
        : { kind: 'organisation', name: acr.name };
    if (tokens[a]!.upper && bare.length <= 5 && !g.orgs.has(nameKey(bare))) return null;
  }
  const key = nameKey(surface);
  const place = g.places.get(key);
  if (place) {
    const name = place.useSurface ? surface : place.name;
    return { kind: 'place', name, placeKind: place.kind, metonymOf: g.metonyms.get(key) };
  }
  const org = g.orgs.get(key);
  if (org) return { kind: 'organisation', name: org.useSurface ? surface : org.name };
  return null;
}

function demonymCountry(tok: Token): string | undefined {
  return tok.cap ? getGazetteer().demonyms.get(tok.lower) : undefined;
}

function personName(tokens: readonly Token[], a: number, b: number, text: string): string {
  return spanText(tokens, a, b, text)
    .replace(/\s*\.\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function nameTokensOf(tokens: readonly Token[], a: number, b: number): string[] {
  const out: string[] = [];
  for (let i = a; i < b; i++) if (tokens[i]!.isWord) out.push(nameKey(tokens[i]!.text));
  return out;
}

function isLocative(tokens: readonly Token[], a: number): boolean {
  const prev = tokens[a - 1];
  if (!prev) return false;
  if (LOCATIVE.has(prev.lower)) return true;
  // "in central Moscow", "in the Swiss city of Geneva"
  const prev2 = tokens[a - 2];
  return prev2 !== undefined && LOCATIVE.has(prev2.lower) && !prev.cap && prev.isWord && prev.lower !== 'and';
}

/** Per-analysis memo and call budget for the compromise fallback (it costs ~0.3 ms a call). */
export interface ClassifyContext {
  readonly memo: Map<string, EntityType | null>;
  budget: number;
}

const COMPROMISE_CALLS_PER_ARTICLE = 8;

export function newClassifyContext(): ClassifyContext {
  return { memo: new Map(), budget: COMPROMISE_CALLS_PER_ARTICLE };
}

function compromiseType(text: string, ctx: ClassifyContext): EntityType | null {
  const memo = ctx.memo.get(text);
  if (memo !== undefined) return memo;
  if (ctx.budget <= 0) return null;
  ctx.budget--;
  const type = compromiseTypeUncached(text);
  ctx.memo.set(text, type);
  return type;
}

function compromiseTypeUncached(text: string): EntityType | null {
  const doc = nlp(text);
  if (doc.people().found) return 'person';
  if (doc.organizations().found) return 'organisation';
  if (doc.places().found) return 'place';
  return null;
}

function mention(
  kind: RawMention['kind'],
  name: string,
  a: number,
  b: number,
  extra: Partial<RawMention> = {},
): RawMention {
  return { kind, name, start: a, end: b, via: 'name', weight: 1, ...extra };
}

/** A person named by tokens [a, b) as written, with no title or role. */
function namedPerson(
  tokens: readonly Token[],
  a: number,
  b: number,
  text: string,
  nameTokens: readonly string[],
  gender: 'm' | 'f' | null = null,
): RawMention {
  return mention('person', personName(tokens, a, b, text), a, b, { gender, nameTokens, roles: [] });
}

function knownMention(k: Known, tokens: readonly Token[], a: number, b: number): RawMention {
  if (k.metonymOf && !isLocative(tokens, a) && !tokens[b]?.cap) {
    return mention('place', k.metonymOf, a, b, { via: 'metonym', placeKind: 'country' });
  }
  return mention(k.kind, k.name, a, b, { placeKind: k.placeKind });
}

/**
 * "Andrew Tyrie MP", "Guy Mansfield QC": the person before the letters; null when the letters follow an
 * article and no first name ("said the Ealing North MP": a role, and the words before the letters its seat).
 */
function postNominalPerson(
  tokens: readonly Token[],
  span: Span,
  text: string,
  ctx: ClassifyContext,
): RawMention[] | null {
  const b = span.end - 1;
  // ("Frank Field MP" is "the Labour MP for Birkenhead" later: the letters that name a seat are a role.)
  const letters = tokens[b]!.lower;
  const seat = isRoleHead(letters) ? [letters] : [];
  const inner = classifySpan(tokens, { ...span, end: b }, text, ctx).map((m) =>
    m.kind === 'person' && m.end === b ? { ...m, roles: [...(m.roles ?? []), ...seat] } : m,
  );
  if (inner.some((m) => m.kind === 'person' && m.end === b)) return inner;
  const firstNamed = range(span.start, b).some((i) => isFirstName(tokens[i]!.lower));
  if (/^(the|a|an)$/.test(tokens[span.start - 1]?.lower ?? '') && !firstNamed) return null;
  // "Frank Field MP" is no field and "Guy Mansfield QC" no town: what ends at the letters is the person.
  const out = inner.filter((m) => m.end < b);
  let nameStart = out.reduce((at, m) => Math.max(at, m.end), span.start);
  // "the Environmental Audit Committee Peter Ainsworth MP": a body's name, then the person's.
  const body = range(nameStart + 1, b - 1).find(
    (i) => ORG_SUFFIXES.has(tokens[i - 1]!.lower) && isFirstName(tokens[i]!.lower),
  );
  if (body !== undefined) {
    out.push(mention('organisation', spanText(tokens, nameStart, body, text), nameStart, body));
    nameStart = body;
  }
  if (b - nameStart < 2) return inner;
  const nameToks = nameTokensOf(tokens, nameStart, b);
  return [
    ...out,
    mention('person', personName(tokens, nameStart, b, text), nameStart, b, {
      gender: nameGender(nameToks[0]!),
      nameTokens: nameToks,
      roles: seat,
      surelyPerson: true,
    }),
  ];
}

/**
 * The second half of a compound that describes what follows it: "-based", "-born", "-owned", any participle
 * ("Australian-dominated", "Oscar-winning", "Labour-led", "Trouble-hit") and the agent nouns "-owner", "-winner",
 * "-maker" ("DHL-owner Deutsche Post").
 */
const DESCRIPTOR_SUFFIX =
  /^\p{Lu}[\p{L}.']*-(?:based|born|bred|language|run|hit|held|led|\p{Ll}{2,}(?:ed|ing)|owner|winner|maker)$/u;

/**
 * Titles that "Mr" or "Madam" can address a holder by ("Mr Speaker", "Mr President"); after a personal honorific
 * any other title word is a surname ("Mr Major", "Ms King", "Dr Bishop", "Mr Lock").
 */
const ADDRESS_TITLES = new Set(
  'president speaker chairman chairwoman chair secretary ambassador mayor minister prime deputy justice chancellor governor commissioner vice attorney chief'.split(
    ' ',
  ),
);

/** "Mr Major", "Ms King", "Mr Lock": after a personal honorific a title or role word is the surname. */
function surnameAfterHonorific(honorific: Token, word: Token): boolean {
  return (
    PERSONAL_HONORIFICS.has(honorific.lower) &&
    word.isWord &&
    word.cap &&
    !word.upper &&
    isTitleWord(word.lower) &&
    !ADDRESS_TITLES.has(word.lower)
  );
}

/** Classifies the tokens of one span. May return several mentions ("US" + the person in "US envoy Jo Doe"). */

export function classifySpan(
  tokens: readonly Token[],
  span: Span,
  text: string,
  ctx: ClassifyContext = newClassifyContext(),
): RawMention[] {
  const { start: a, end: b } = span;
  // "Houston-based Continental", "Santa Monica-based Activision", "British-born Hew Griffiths",
  // "Hindi-language Dainik Jagran": a description ending in such a word is no part of the name after it.
  const described = tokens.slice(a, b - 1).findLastIndex((t) => DESCRIPTOR_SUFFIX.test(t.text));
  if (described >= 0)
    return classifySpan(tokens, { ...span, start: a + described + 1, sentenceInitial: false }, text, ctx);
  // "Andrew Tyrie MP", "Guy Mansfield QC": letters after a name mark a person and are no part of the name.
  if (b - a >= 3 && POST_NOMINALS.has(tokens[b - 1]!.text)) {
    const named = postNominalPerson(tokens, span, text, ctx);
    if (named) return named;
  }
  // (Every check below may take it that the whole span names nothing the gazetteer knows.)
  const known = lookupKnown(tokens, a, b, text);
  if (known) return [knownMention(known, tokens, a, b)];
  // "rock band Queen", "retailer Next", "indie band Keane": a name right after the noun for its kind of body
  // is that body, ordinary word, title or surname-like as it may be.
  const kind = tokens[a - 1];
  // "aerospace group EADS Philippe Camus": the body's name, then the person who heads it, named in full.
  if (kind?.isWord && !kind.cap && BODY_KINDS.has(kind.lower) && b - a >= 3) {
    const person = bodyThenPerson(tokens, a, b);
    if (person > a)
      return [
        mention('organisation', spanText(tokens, a, person, text), a, person),
        ...classifySpan(tokens, { start: person, end: b, sentenceInitial: false }, text, ctx),
      ];
  }
  if (
    kind?.isWord &&
    !kind.cap &&
    BODY_KINDS.has(kind.lower) &&
    tokens[a]!.isWord &&
    // ("the firm Chairman Jo Doe": a title opening a longer span starts a person; so does a first name after
    // "the firm", as in "the company Bill Gates founded", but not after "drugs group" or "retailer" alone.)
    (b - a === 1 ||
      !(
        (isFirstName(tokens[a]!.lower) && DETERMINERS.has(tokens[a - 2]?.lower ?? '')) ||
        HONORIFICS.has(tokens[a]!.lower) ||
        isTitleWord(tokens[a]!.lower)
      ))
  )
    return [mention('organisation', spanText(tokens, a, b, text), a, b)];
  // "Bookmaker Ladbrokes said", "Carmaker Proton has …": the noun for a body's kind, capitalised only because it
  // opens the sentence, is no part of the name after it.
  if (span.sentenceInitial && b - a >= 2 && OPENING_KINDS.has(tokens[a]!.lower) && tokens[a + 1]!.isWord) {
    // (The name nothing else types is the body: "Consultancy Strategy Analytics of Boston".)
    const rest = classifySpan(tokens, { start: a + 1, end: b, sentenceInitial: false }, text, ctx);
    if (rest.some((m) => m.kind === 'person' || m.kind === 'role')) return rest;
    return rest.map((m) =>
      m.kind === 'unresolved'
        ? mention('organisation', spanText(tokens, m.start, m.end, text), m.start, m.end)
        : m,
    );
  }
  // "ID cards", "TV licence", "PC sales": an acronym that is a common noun names no body.
  if (b - a === 1 && NOUN_ACRONYMS.has(tokens[a]!.text.replace(/\./g, ''))) return [];
  const ofSplit = splitOfPlace(tokens, a, b, text, ctx);
  if (ofSplit) return ofSplit;
  // "Scottish National Party", "British Medical Association": a demonym opening a body's name is part of it,
  // not a mention of the country.
  if (
    b - a >= 2 &&
    demonymCountry(tokens[a]!) &&
    ORG_SUFFIXES.has(tokens[b - 1]!.lower) &&
    tokens
      .slice(a + 1, b)
      .every((t) => t.isWord && t.cap && !isFirstName(t.lower) && !HONORIFICS.has(t.lower))
  )
    return [mention('organisation', spanText(tokens, a, b, text), a, b)];
  // "British Chambers of Commerce", "American Federation of Labor": a demonym opening a body named with "of".
  if (b - a >= 4 && demonymCountry(tokens[a]!) && demonymBodyOf(tokens, a, b))
    return [mention('organisation', spanText(tokens, a, b, text), a, b)];
  // "the Scottish Executive", "the Northern Ireland Executive": a nation's devolved government, not a role.
  if (
    tokens[b - 1]!.text === 'Executive' &&
    b - a >= 2 &&
    (b - a === 2 ? demonymCountry(tokens[a]!) : lookupKnown(tokens, a, b - 1, text)?.kind === 'place')
  )
    return [mention('organisation', spanText(tokens, a, b, text), a, b)];
  // "Marsh & McLennan", "Smith & Nephew": names joined by an ampersand are a firm.
  if (b - a >= 3 && tokens.slice(a + 1, b - 1).some((t) => t.text === '&'))
    return [mention('organisation', spanText(tokens, a, b, text), a, b)];

  // "Mr Major", "Ms King": after a personal honorific, a word that is otherwise a title is the surname.
  if (b - a === 2 && surnameAfterHonorific(tokens[a]!, tokens[a + 1]!)) {
    return [
      mention('person', personName(tokens, a + 1, b, text), a + 1, b, {
        gender: HONORIFICS.get(tokens[a]!.lower) ?? null,
        roles: [tokens[a]!.lower],
        nameTokens: nameTokensOf(tokens, a + 1, b),
        surelyPerson: true,
      }),
    ];
  }

  // Titles: [country/demonym]* [title words]* name
  const out: RawMention[] = [];
  const roles: string[] = [];
  let gender: 'm' | 'f' | null = null;
  let k = a;
  let lastHead = -1;
  let strongHead = false;
  while (k < b) {
    const t = tokens[k]!;
    const ofTitle =
      t.lower === 'of' && lastHead >= 0 && tokens[k + 1] !== undefined && isTitleWord(tokens[k + 1]!.lower);
    if (t.isWord && (isTitleWord(t.lower) || ofTitle)) {
      roles.push(t.lower);
      if (isTitleHead(t.lower)) {
        lastHead = k;
        // "Mr Justice Eady": an honorific before an ambiguous head keeps the title strong.
        strongHead = strongHead || !AMBIGUOUS_HEADS.has(t.lower) || HONORIFICS.has(t.lower);
      }
      const g = HONORIFICS.get(t.lower);
      if (g) gender = g;
      k++;
      continue;
    }
    const next = tokens[k + 1];
    if (k + 1 < b && next && isTitleWord(next.lower)) {
      const single = lookupKnown(tokens, k, k + 1, text);
      const dem = demonymCountry(t);
      if (single) {
        out.push(mention(single.kind, single.name, k, k + 1, { placeKind: single.placeKind }));
        k++;
        continue;
      }
      if (dem) {
        out.push(
          mention('place', dem, k, k + 1, { via: 'demonym', weight: DEMONYM_WEIGHT, placeKind: 'country' }),
        );
        k++;
        continue;
      }
      // An unknown company acronym before a title ("MGM Vice Chairman Chris McGurk", "at GDC Mr Allard").
      // ("ECB President Claude Trichet": the head may come first, too.)
      if (
        k === a &&
        t.upper &&
        (isTitleHead(next.lower) ||
          isTitleHead(tokens[k + 2]?.lower ?? '') ||
          PERSONAL_HONORIFICS.has(next.lower))
      ) {
        out.push(mention('organisation', t.text, k, k + 1));
        k++;
        continue;
      }
      // A portfolio before a title head ("Tourism Minister", "Culture Secretary"); before an ambiguous head only
      // when a first name follows it ("Carib Chief Charles Williams", not "Chief Whip").
      // ("Simon Champion", "Ray Mayor": a first name is no portfolio.)
      if (
        t.isWord &&
        !t.upper &&
        isTitleHead(next.lower) &&
        (!AMBIGUOUS_HEADS.has(next.lower) || (k === a && k + 3 < b && isFirstName(tokens[k + 2]!.lower))) &&
        !(isFirstName(t.lower) && k === a && k + 2 === b)
      ) {
        roles.push(t.lower);
        k++;
        continue;
      }
    }
    // A two-word portfolio ("International Development Minister", "Constitutional Affairs Secretary").
    const head = tokens[k + 2];
    if (
      k + 3 < b &&
      head &&
      isTitleHead(head.lower) &&
      !AMBIGUOUS_HEADS.has(head.lower) &&
      [t, next!].every((w) => w.isWord && w.cap && !w.upper && !isFirstName(w.lower)) &&
      !lookupKnown(tokens, k, k + 2, text)
    ) {
      roles.push(t.lower, next!.lower);
      k += 2;
      continue;
    }
    if (t.text === '.' || t.text === '&') {
      k++;
      continue;
    }
    break;
  }
  if (lastHead >= 0) {
    // Trailing title words after the last head belong to it ("Secretary of State").
    const nameStart = k;
    if (nameStart >= b)
      return [...out, mention('role', spanText(tokens, a, b, text), a, b, { via: 'role', roles })];
    const nameToks = nameTokensOf(tokens, nameStart, b);
    const single = nameToks.length === 1;
    // After "General"/"Chief" the name must look like one ("General Election" is not a person).
    const nameLike = isFirstName(nameToks[0]!) || hasTag(nameToks[nameToks.length - 1]!, 'LastName');
    const plausible = strongHead
      ? !single || !isCommonWord(nameToks[0]!) || nameLike || tokens[nameStart]!.cap
      : nameLike || (!single && !nameToks.some((w) => isCommonWord(w)));
    // "Princess of Wales Theatre": a name never starts with a lowercase word, nor "Dancer In The Dark" with an
    // article or a preposition.
    if (
      plausible &&
      tokens[nameStart]!.cap &&
      !/^(the|a|an|in|on|at|of|to|for|and)$/.test(tokens[nameStart]!.lower) &&
      !isOrgTail(tokens, b)
    ) {
      gender ??= nameGender(nameToks[0]!) ?? null;
      if (single) gender = gender ?? null;
      // "Lord Rennard", "Baroness Kennedy": a peer without a first name is known by the title.
      const peer = PEERAGE.has(tokens[nameStart - 1]!.lower) && !isFirstName(nameToks[0]!);
      const name = personName(tokens, nameStart, b, text);
      out.push(
        mention('person', peer ? `${tokens[nameStart - 1]!.text} ${name}` : name, nameStart, b, {
          gender: single ? gender : (nameGender(nameToks[0]!) ?? gender),
          roles,
          nameTokens: nameToks,
          surelyPerson: true,
        }),
      );
      return out;
    }
  }
  out.length = 0;

  if (b - a === 1) {
    const t = tokens[a]!;
    const dem = demonymCountry(t);
    if (dem)
      return [mention('place', dem, a, b, { via: 'demonym', weight: DEMONYM_WEIGHT, placeKind: 'country' })];
    if (hasTag(t.lower, 'Organization')) return [mention('organisation', t.text, a, b)];
    // "eBay", "easyJet": a name with a lowercase prefix is a brand, a firm's or its product's, never a person's.
    if (/^\p{Ll}/u.test(t.text)) return [mention('organisation', t.text, a, b)];
    if (span.sentenceInitial && (STOPWORDS.has(t.lower) || isCommonWord(t.lower)) && !isFirstName(t.lower))
      return [];
    // "Michelle, a mother of twins, said", "Sarah, 34, told the BBC": a first name alone with a person's
    // appositive is someone called by first name only (case studies, children).
    const described = tokens[b]?.text === ',' && isFirstName(t.lower) && !isCommonWord(t.lower);
    const apposition =
      described &&
      ((/^\d{1,3}$/.test(tokens[b + 1]?.text ?? '') && tokens[b + 2]?.text === ',') ||
        (/^(a|an)$/.test(tokens[b + 1]?.lower ?? '') && /^\p{Ll}/u.test(tokens[b + 2]?.text ?? '')));
    if (apposition)
      return [
        mention('person', t.text, a, b, {
          gender: nameGender(t.lower),
          nameTokens: [nameKey(t.text)],
          roles: [],
          surelyPerson: true,
        }),
      ];
    // "DiCaprio, who lost out to Foxx": a name that "who" refers back to is a person's.
    if (whoFollows(tokens, a, b) && !isCommonWord(t.lower))
      return [
        mention('person', t.text, a, b, {
          gender: null,
          nameTokens: [nameKey(t.text)],
          roles: [],
          surelyPerson: true,
        }),
      ];
    // ("an analyst at Gartner", "chairman of Celador": someone's post at, of or for a body.)
    const affiliated = affiliatedBody(tokens, a, b) && !isCommonWord(t.lower);
    const placeGuess =
      !affiliated &&
      PLACE_GUESS_PREPOSITIONS.has(tokens[a - 1]?.lower ?? '') &&
      !isFirstName(t.lower) &&
      !isCommonWord(t.lower) &&
      !/^\p{Lu}{2,}s$/u.test(t.text) &&
      // "in Chapter 11", "under Section 28": a numbered part of a text is no place.
      !/^\d/.test(tokens[b]?.text ?? '');
    return [
      mention('unresolved', t.text, a, b, {
        nameTokens: [nameKey(t.text)],
        placeGuess,
        bodyGuess: affiliated || (!placeGuess && memberRoleFollows(tokens, span)),
      }),
    ];
  }

  const last = tokens[b - 1]!.lower;
  const first = tokens[a]!.lower;
  // "Roma Czechs", "young Britons": a people named by a demonym is a mention of the country, not a person.
  const tailDemonym = demonymCountry(tokens[b - 1]!);
  if (tailDemonym && /s$/.test(last)) {
    // ("Mary Queen of Scots": no connector is left at the end of the name before it.)
    let end = b - 1;
    while (end > a && /^(of|the|and|&)$/.test(tokens[end - 1]!.lower)) end--;
    return [
      ...(end > a
        ? classifySpan(tokens, { start: a, end, sentenceInitial: span.sentenceInitial }, text, ctx)
        : []),
      mention('place', tailDemonym, b - 1, b, {
        via: 'demonym',
        weight: DEMONYM_WEIGHT,
        placeKind: 'country',
      }),
    ];
  }
  // "Argentine David Nalbandian", "New Zealander Peter Jackson", "New Yorker Dick Morris": a demonym (a
  // country's, or a city's in "-er") before a first name is not part of the name.
  for (const n of [1, 2]) {
    const dem = demonymAt(tokens, a, a + n);
    const resident = dem ? undefined : residentAt(tokens, a, a + n);
    if ((!dem && !resident) || b - a < n + 2) continue;
    const rest = classifySpan(tokens, { start: a + n, end: b, sentenceInitial: false }, text, ctx);
    if (!isFirstName(tokens[a + n]!.lower) && !(rest.length === 1 && rest[0]!.kind === 'person')) continue;
    const place = dem
      ? mention('place', dem, a, a + n, { via: 'demonym', weight: DEMONYM_WEIGHT, placeKind: 'country' })
      : mention('place', resident!.name, a, a + n, {
          via: 'demonym',
          weight: DEMONYM_WEIGHT,
          placeKind: resident!.kind,
        });
    return [place, ...rest];
  }
  // "Academy of Sciences President Georgi Manolov": a known body, then a titled or first-named person.
  const personAfterKnown = splitKnownPrefix(tokens, a, b, text, true, ctx);
  if (personAfterKnown) return personAfterKnown;
  // "EADS Philippe Camus": an acronym, then a first-named person; "Unison Dave Prentis", "Rocker Pete
  // Doherty": one word that is neither a first name nor a title, then a first name and a surname.
  const describedPerson =
    b - a === 3 &&
    !isFirstName(tokens[a]!.lower) &&
    !isTitleWord(tokens[a]!.lower) &&
    !HONORIFICS.has(tokens[a]!.lower) &&
    isFirstName(tokens[a + 1]!.lower) &&
    !isFirstName(tokens[a + 2]!.lower);
  if ((tokens[a]!.upper && b - a >= 3 && isFirstName(tokens[a + 1]!.lower)) || describedPerson) {
    // The describing word is only kept when it is a known name ("Unison" alone says too little).
    const keepFirst = tokens[a]!.upper || lookupKnown(tokens, a, a + 1, text) !== null;
    return [
      ...(keepFirst ? classifySpan(tokens, { start: a, end: a + 1, sentenceInitial: false }, text, ctx) : []),
      ...classifySpan(tokens, { start: a + 1, end: b, sentenceInitial: false }, text, ctx),
    ];
  }
  // "BBC Radio 1", "Channel 4", "BBC Two": a broadcaster or series named with a number.
  const numbered =
    (/^\d+$/.test(last) && /^(radio|channel)$/.test(tokens[b - 2]!.lower)) ||
    (b - a === 2 && tokens[a]!.upper && /^(one|two|three|four)$/.test(last));
  // "University of Leeds", "Office for National Statistics": an organisation word right before "of"/"for".
  let bodyOf = false;
  for (let i = a + 1; i < b - 1; i++) {
    const w = tokens[i - 1]!.lower;
    const connector = tokens[i]!.lower;
    if ((connector === 'of' || connector === 'for') && (ORG_SUFFIXES.has(w) || isOrgWord(w))) bodyOf = true;
  }
  // "Lisa Power, head of policy at …": a listed first name and a word that may end a body's name, set off before a
  // role, are a person's name.
  const personByRole =
    b - a === 2 &&
    nameGender(first) !== null &&
    !lookupKnown(tokens, a, a + 1, text) &&
    roleAppositiveFollows(tokens, b);
  if (personByRole) return [namedPerson(tokens, a, b, text, nameTokensOf(tokens, a, b))];
  if (numbered || bodyOf || ORG_SUFFIXES.has(last) || isOrgWord(last)) {
    const body = mention('organisation', spanText(tokens, a, b, text), a, b);
    // "Berlin Film Festival", "London Marathon": an event named after its place is held there, so its name
    // mentions the place too.
    const place = EVENT_WORDS.has(last) ? placeOpening(tokens, a, b, text) : null;
    return place ? [place, body] : [body];
  }
  // "Lycos Europe", "Universal Music Germany", "Tennis Australia": a body's arm in a country or continent.
  if (bodyArmAt(tokens, a, b - 1, text)) return [mention('organisation', spanText(tokens, a, b, text), a, b)];
  // "Mike Lake", "Nick Park": a first name (not itself a place) and one place-like word is a person.
  const streetLike = /^(street|road|avenue|square|way|place|valley|island|islands)$/.test(last);
  // "Victoria Wood", "Douglas Hogg": a man's or woman's name that is also a place, then a surname.
  if (
    b - a === 2 &&
    nameGender(first) !== null &&
    lookupKnown(tokens, a, a + 1, text)?.kind === 'place' &&
    !PLACE_FACILITIES.test(last) &&
    !isPlaceWord(last) &&
    !isOrgWord(last) &&
    !lookupKnown(tokens, a + 1, b, text)
  )
    return [namedPerson(tokens, a, b, text, nameTokensOf(tokens, a, b), nameGender(first))];
  // "said analyst Fovo Lake", "producer Miliv Hill": two or three plain capitalised words right after a role
  // noun are its holder's name, whatever the lexicon makes of the surname (a place word, an ordinary word).
  // ("said Tapono Ward of the Refugee Council", "said Mibek Daw at Lubilig Lynch": so are two such words a speech
  // verb introduces as someone of, at or from a body.)
  const speakerOf =
    b - a === 2 &&
    SPEECH_VERBS.has(tokens[a - 1]?.lower ?? '') &&
    /^(of|at|from)$/.test(tokens[b]?.lower ?? '') &&
    plainName(tokens, a, b);
  if (
    holderAfterRole(tokens, a, b) ||
    speakerOf ||
    speakerOfBody(tokens, a, b) ||
    roleByCopula(tokens, a, b) ||
    memberOfBody(tokens, a, b) ||
    holderAfterRoleOfBody(tokens, a, b, text)
  )
    return [namedPerson(tokens, a, b, text, nameTokensOf(tokens, a, b), nameGender(first))];
  // "an analyst at DBS Vickers", "chief technology officer for Vivendi Universal": a name nothing else types after
  // someone's post at, of or for it is a body, whatever person-like word ends it.
  if (affiliatedBody(tokens, a, b)) return [mention('organisation', spanText(tokens, a, b, text), a, b)];
  // "Goki Mann, a senior bond analyst at Gimme Credit, said": a plain name in apposition to a role, before
  // compromise guesses at words it does not know (and whatever place word ends it: "Fovo Lake, a spokesman for …").
  if (
    nameLength(tokens, a, b) <= 3 &&
    roleAppositiveFollows(tokens, b) &&
    personNameWords(tokens, a, b) &&
    !isPlaceWord(first) &&
    !lookupKnown(tokens, a, a + 1, text) &&
    !ORG_SUFFIXES.has(last) &&
    !isOrgWord(last)
  )
    return [namedPerson(tokens, a, b, text, nameTokensOf(tokens, a, b))];
  const firstNamed = b - a === 2 && isFirstName(first) && !lookupKnown(tokens, a, a + 1, text) && !streetLike;
  // ("Lake Geneva", "Port Talbot": a place word may open a place's name, but not one that only ends them:
  // "Park Seung" is a person, the Korean family name first.)
  if (!firstNamed && (isPlaceWord(last) || (isPlaceWord(first) && !PLACE_FACILITIES.test(first))))
    return [mention('place', spanText(tokens, a, b, text), a, b, { placeKind: 'region' })];
  const nameToks = nameTokensOf(tokens, a, b);
  // "E Hayot", "J Smith": an initial before a surname is a person ("A" and "I" are words).
  if (
    b - a === 2 &&
    /^[B-HJ-Z]\.?$/.test(tokens[a]!.text) &&
    !isCommonWord(last) &&
    !lookupKnown(tokens, a + 1, b, text)
  )
    return [namedPerson(tokens, a, b, text, nameToks)];
  // A known name, then more words ("Lib Dems David Laws", "Irish Lions"): split off the known part.
  const split = splitKnownPrefix(tokens, a, b, text, false, ctx);
  if (split) return split;
  const rolePrev = tokens[a - 1];
  const afterRole = rolePrev?.isWord && !rolePrev.cap && isRoleHead(rolePrev.lower);
  // ("Cate Blanchett": a listed given name and one more word that is no ordinary one.)
  const listed = b - a === 2 && isListedGivenName(first) && !isCommonWord(last) && !STOPWORDS.has(last);
  if (isFirstName(first) || hasTag(last, 'LastName') || (afterRole && b - a <= 3) || listed) {
    return [namedPerson(tokens, a, b, text, nameToks, nameGender(first))];
  }
  // "its chief executive, Josep Borrell, said", "the President of the European Parliament, Josep Borrell,": a
  // name set off by commas right after a role is the holder's, whatever its words (compromise reads some as a
  // body).
  if (
    b - a >= 2 &&
    b - a <= 3 &&
    roleAppositiveBefore(tokens, a) &&
    tokens[b]?.text === ',' &&
    !nameToks.some((w) => STOPWORDS.has(w) || isCommonWord(w))
  )
    return [namedPerson(tokens, a, b, text, nameToks)];
  // A known place followed by more words: keep the place ("Geneva Convention" stays unresolved).
  if (b - a <= MAX_COMPROMISE_TOKENS && !nameToks.some((w) => STOPWORDS.has(w) || isCommonWord(w))) {
    const type = compromiseType(spanText(tokens, a, b, text), ctx);
    // Acronyms ("RJ Reynolds Tobacco", "JP Morgan") do not start people's names: such a name is left for the cues
    // below and the article's other uses of it to type.
    if (type === 'person') {
      if (!tokens.slice(a, b).some((t) => t.upper)) return [namedPerson(tokens, a, b, text, nameToks)];
    } else if (type) return [mention(type, spanText(tokens, a, b, text), a, b)];
  }
  // "Maeve Sherlock, chief executive of the Refugee Council, said": a name in apposition to a role.
  if (
    b - a <= 3 &&
    roleAppositiveFollows(tokens, b) &&
    !nameToks.some((w) => STOPWORDS.has(w) || isCommonWord(w))
  )
    return [namedPerson(tokens, a, b, text, nameToks)];
  if (whoFollows(tokens, a, b) && !nameToks.some((w) => STOPWORDS.has(w)))
    return [namedPerson(tokens, a, b, text, nameToks)];
  return [
    mention('unresolved', spanText(tokens, a, b, text), a, b, {
      nameTokens: nameToks,
      bodyGuess: memberRoleFollows(tokens, span),
    }),
  ];
}

/**
 * A role noun in lower case, then "at" or "for" (and perhaps "the"), right before token a; or a post that heads a
 * body, then "of" ("chairman of"; not "director of", "winner of": a film, a prize).
 */
function affiliationBefore(tokens: readonly Token[], a: number): boolean {
  let i = a - 1;
  if (tokens[i]?.lower === 'the') i--;
  const link = tokens[i]?.lower ?? '';
  const role = tokens[i - 1];
  if (!role?.isWord || role.cap) return false;
  if (link === 'of') return HEADS_OF_BODIES.has(role.lower);
  // ("best actress for Million Dollar Baby": a performer's "for" names the work.)
  if (link === 'for' && CREDITED_ROLES.has(role.lower)) return false;
  return (link === 'at' || link === 'for') && isRoleHead(role.lower);
}

/** Roles credited "for" a work rather than a body. */
const CREDITED_ROLES = new Set(
  'actor actress director producer writer screenwriter star singer composer winner nominee novelist author'.split(
    ' ',
  ),
);

/** Posts whose "of" names the body they head or speak for. */
const HEADS_OF_BODIES = new Set(
  'chairman chairwoman president executive founder spokesman spokeswoman spokesperson treasurer governor'.split(
    ' ',
  ),
);

/** A name nothing else types after someone's post at, of or for it: "an analyst at DBS Vickers". */
function affiliatedBody(tokens: readonly Token[], a: number, b: number): boolean {
  const words = tokens.slice(a, b);
  const last = words.at(-1)!;
  return (
    b - a <= 3 &&
    affiliationBefore(tokens, a) &&
    words.every((t) => t.isWord && t.cap && !endsInLowerPart(t.text)) &&
    !isFirstName(words[0]!.lower) &&
    !HONORIFICS.has(words[0]!.lower) &&
    !isTitleWord(words[0]!.lower) &&
    // ("chief executive of Nordic operator Teliasonera", "founder of Jewish human rights group …": no adjective
    // before the body's kind; "chairman of the Committee": no body's head word alone.)
    !words.some(
      (t) => hasTag(t.lower, 'Demonym') || hasTag(t.lower, 'Adjective') || /(ish|ese|ian|ic)$/.test(t.lower),
    ) &&
    !afterBodyKind(tokens, b + 1) &&
    !(b - a === 1 && (ORG_SUFFIXES.has(last.lower) || FOR_BODIES.has(last.lower)))
  );
}

/** Roles held in a body, written in lower case between its name and the holder's: "Charlton manager Alan Curbishley". */
const MEMBER_ROLES = new Set(
  `manager boss chief head chairman chairwoman coach spokesman spokeswoman spokesperson director president economist
analyst striker midfielder defender goalkeeper winger captain skipper owner founder editor`.split(/\s+/),
);

/**
 * A role in a body right after the span, then its holder's name: "Charlton manager Alan Curbishley", "Ofsted
 * chief, David Bell", "CBI chief economist Ian McCafferty". Not when the span's words could be the role's
 * portfolio or description ("Home Affairs spokesman", "Committee chairman", "Oscar-winning director") or start a
 * person's name.
 */
function memberRoleFollows(tokens: readonly Token[], { start: a, end: b, sentenceInitial }: Span): boolean {
  const words = tokens.slice(a, b);
  // ("Festival director Dieter Kosslick", "Referees chief Keith Hackett": a sentence's first word is only
  // taken for a name when the lexicon knows it as one.)
  const named = (t: Token) => t.upper || hasTag(t.lower, 'ProperNoun') || hasTag(t.lower, 'Organization');
  if (
    (sentenceInitial && !named(words[0]!)) ||
    isFirstName(words[0]!.lower) ||
    hasTag(words[0]!.lower, 'Demonym') ||
    !words.every((t) => t.isWord && !t.text.includes('-')) ||
    words.some(
      (t) => isCommonWord(t.lower) || isTitleWord(t.lower) || ORG_SUFFIXES.has(t.lower) || isOrgWord(t.lower),
    )
  )
    return false;
  const role = tokens[b];
  if (!role?.isWord || role.cap || !MEMBER_ROLES.has(role.lower)) return false;
  let i = b + 1;
  while (i < b + 3 && tokens[i]?.isWord && !tokens[i]!.cap && isRoleHead(tokens[i]!.lower)) i++;
  if (tokens[i]?.text === ',') i++;
  const name = tokens[i];
  return Boolean(name?.isWord && name.cap && !name.newlineBefore && !STOPWORDS.has(name.lower));
}

/**
 * Token p is a country or continent, and tokens [a, p) before it name a body whose arm it is ("Lycos" in "Lycos
 * Europe", "Universal Music" in "Universal Music Germany"): capitalised words, no region ("Northern Europe",
 * "West Africa"), first name ("Michael Jordan"), honorific, demonym or known name of their own.
 */
export function bodyArmAt(tokens: readonly Token[], a: number, p: number, text: string): boolean {
  const place = lookupKnown(tokens, p, p + 1, text);
  if (place?.kind !== 'place' || (place.placeKind !== 'country' && !CONTINENTS.has(tokens[p]!.lower)))
    return false;
  const first = tokens[a]?.lower ?? '';
  return (
    p > a &&
    !REGION_WORDS.has(first) &&
    !STOPWORDS.has(first) &&
    !isFirstName(first) &&
    !HONORIFICS.has(first) &&
    !demonymCountry(tokens[a]!) &&
    !isPlaceWord(first) &&
    !lookupKnown(tokens, a, p, text) &&
    tokens.slice(a, p).every((t) => t.isWord && t.cap && !t.upper)
  );
}

/**
 * Tokens [a, b) are two plain words of a name after a body's possessive, with a speech verb right after them or
 * right before the body: "Oxfam's Gavugid Stocking said", "says Deutsche Bank's Nasit Champion" (not "Sony's
 * PlayStation Portable").
 */
function speakerOfBody(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a !== 2 || !/^['’]s$/.test(tokens[a - 1]?.lower ?? '') || !plainName(tokens, a, b)) return false;
  let owner = a - 1;
  while (owner > 0 && tokens[owner - 1]!.cap && tokens[owner - 1]!.isWord) owner--;
  if (owner === a - 1) return false;
  return SPEECH_VERBS.has(tokens[b]?.lower ?? '') || /^(says|said)$/.test(tokens[owner - 1]?.lower ?? '');
}

/** Tokens [a, b) are two or three plain words of a name right after a role noun in lower case: "analyst Fovo
 * Lake", "spokesman Tom Kelly". */
function holderAfterRole(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a < 2 || b - a > 3) return false;
  const lowerWord = (t: Token | undefined) => t?.isWord === true && !t.cap;
  // ("director of rugby Lemem Melville", "Spain's minister of sport Vuvom Lissavetzky": a portfolio after "of";
  // not "director of the Texas Parks …", "winner of two Smarties Book Prizes".)
  const portfolio = tokens[a - 1];
  const ofPortfolio =
    lowerWord(portfolio) &&
    tokens[a - 2]?.lower === 'of' &&
    !STOPWORDS.has(portfolio!.lower) &&
    !NUMBER_WORDS.has(portfolio!.lower)
      ? a - 3
      : a - 1;
  const role = tokens[ofPortfolio];
  if (!lowerWord(role) || !isPersonNoun(role!.lower)) return false;
  return plainName(tokens, a, b);
}

/**
 * Tokens [a, b) are two or three plain words of a name right after a role "of" or "to" a body named in capitals:
 * "Chief Secretary to the Treasury Fuki Boateng", "leader of the Commons Vubibi Heald".
 */
function holderAfterRoleOfBody(tokens: readonly Token[], a: number, b: number, text: string): boolean {
  if (b - a < 2 || b - a > 3 || !plainName(tokens, a, b)) return false;
  let i = a - 1;
  while (i > a - 1 - MAX_BODY_WORDS && tokens[i]?.isWord && tokens[i]!.cap) i--;
  // (Not after a place: "leader of the London Assembly Conservatives", "captain of the Great Britain American
  // Football team".)
  if (i === a - 1 || lookupKnown(tokens, a - 1, a, text)?.kind === 'place') return false;
  if (tokens[i]?.lower === 'the') i--;
  if (!/^(of|to)$/.test(tokens[i]?.lower ?? '')) return false;
  return isRoleHead(tokens[i - 1]?.lower ?? '');
}

const MAX_BODY_WORDS = 3;

/**
 * Tokens [a, b) are two plain words of a name, then "of" a body that a body's noun or name word marks: "Ferukul
 * Corr of the Campaign for Tobacco-Free Kids urged", "Ranof Lock of gay group OutRage! said".
 */
function memberOfBody(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a !== 2 || tokens[b]?.lower !== 'of' || !plainName(tokens, a, b)) return false;
  let i = b + 1;
  if (DETERMINERS.has(tokens[i]?.lower ?? '')) i++;
  for (let end = i + 3; i < end && tokens[i]?.isWord && !tokens[i]!.cap; i++)
    if (BODY_KINDS.has(tokens[i]!.lower)) return true;
  for (; tokens[i]?.isWord && (tokens[i]!.cap || /^(for|of|and)$/.test(tokens[i]!.lower)); i++)
    if (tokens[i]!.cap && (ORG_SUFFIXES.has(tokens[i]!.lower) || isOrgWord(tokens[i]!.lower))) return true;
  return false;
}

/**
 * Tokens [a, b) are two or three plain words of a name that "is" or "was" a role: "Vatak Freelove is senior benefit
 * officer at …", "The musical's director is Kalebos Warchus".
 */
function roleByCopula(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a < 2 || b - a > 3 || !plainName(tokens, a, b)) return false;
  const copula = (t: Token | undefined) => t?.lower === 'is' || t?.lower === 'was';
  const role = tokens[a - 2];
  if (copula(tokens[a - 1]) && role?.isWord && !role.cap && isRoleHead(role.lower)) return true;
  if (!copula(tokens[b])) return false;
  // ("… is the festival's new artistic director": within five words, before any other name or mark, and the end
  // of its noun phrase: "was first introduced as a pilot scheme" names no pilot.)
  for (let i = b + 1; i < Math.min(tokens.length, b + 6); i++) {
    const t = tokens[i]!;
    if (!t.isWord || t.cap) return false;
    const after = tokens[i + 1];
    if (isPersonNoun(t.lower) && (!after?.isWord || after.cap || PHRASE_ENDS.has(after.lower))) return true;
  }
  return false;
}

/**
 * `, chief executive of …` / `, a spokesman for …` right after the span: a role within six words. Dashes set off
 * such a role too: "Zinise Illarionov - then economic adviser to the president - told …".
 */
function roleAppositiveFollows(tokens: readonly Token[], b: number): boolean {
  const comma = tokens[b]?.text === ',';
  // (After a dash, the role starts in lower case: "Donmar Warehouse - Best musical actor - …" is a list.)
  if (!comma && !(DASHES.has(tokens[b]?.text ?? '') && /^\p{Ll}/u.test(tokens[b + 1]?.text ?? '')))
    return false;
  // ("Lin Fogg, personal technology and broadband analyst at …", "Liam Fox, Tory co-chairman, said", "Soveliz de
  // Rato, the IMF's managing director", "Tinifud Storer, the Birmingham woman who …"; capitalised when the role
  // closes the appositive: "Nukeno Zoellick, US Trade Representative, said".)
  let titled = comma;
  for (let i = b + 1; i < Math.min(tokens.length, b + 7); i++) {
    const t = tokens[i]!;
    if (/^['’]s$/.test(t.text)) {
      titled = false;
      continue;
    }
    if (!t.isWord || t.newlineBefore) break;
    // ("Neki Banks, Labour MP for West Ham,", "Palek Higdon, Vice President of the ATP,".)
    const closes = tokens[i + 1]?.text === ',' || PHRASE_ENDS.has(tokens[i + 1]?.lower ?? '');
    if (isPersonNoun(t.lower) && (!t.cap || (titled && (t.upper || closes)))) return true;
    titled &&= t.cap && (t.upper || !STOPWORDS.has(t.lower));
  }
  // "Georgeta Minciu, a Romanian part-time cleaner, said:", "Dama Ison, from the group Fathers 4 Justice, said":
  // whoever "a …" describes, or "from …" places, and then speaks.
  if (!comma || !/^(a|an|from)$/.test(tokens[b + 1]?.lower ?? '')) return false;
  for (let i = b + 2; i < Math.min(tokens.length, b + MAX_DESCRIBED_APPOSITIVE); i++) {
    const t = tokens[i]!;
    if (t.text === ',') return SPEECH_VERBS.has(tokens[i + 1]?.lower ?? '');
    if (!t.isWord && t.text !== '-') return false;
  }
  return false;
}

const MAX_DESCRIBED_APPOSITIVE = 9;
/** Words that may follow a noun phrase's head ("officer at Companies House", "director of the festival"). */
const PHRASE_ENDS = new Set([
  'of',
  'at',
  'for',
  'in',
  'on',
  'with',
  'and',
  'to',
  'from',
  'who',
  'since',
  'until',
]);
const NUMBER_WORDS = new Set('two three four five six seven eight nine ten dozen'.split(' '));
/** Dashes that set off an appositive ("Jo Doe - then adviser to … - said"). */
const DASHES = new Set(['-', '–', '—']);

/**
 * Where a person named in full starts after a body's name of one or two words ("EADS Philippe Camus"): a first
 * name, then one or two more words, none of them a first name, a title or an honorific, and the body's words
 * no first names either. `a` when there is no such split.
 */
function bodyThenPerson(tokens: readonly Token[], a: number, b: number): number {
  for (const i of [a + 1, a + 2]) {
    if (b - i < 2 || b - i > 3) continue;
    const body = tokens.slice(a, i);
    const rest = tokens.slice(i + 1, b);
    if (
      body.every(
        (t) => t.isWord && !isFirstName(t.lower) && !isTitleWord(t.lower) && !HONORIFICS.has(t.lower),
      ) &&
      isFirstName(tokens[i]!.lower) &&
      rest.every((t) => t.isWord && t.cap && !isFirstName(t.lower) && !isTitleWord(t.lower))
    )
      return i;
  }
  return a;
}

/** How far back from the comma a role's head may be: "President of the European Parliament". */
const MAX_ROLE_OF_BODY = 8;

/**
 * `ROLE, ` right before the span: a role head (in lower case, or capitalised after "the" or a possessive), perhaps
 * followed by the body it heads ("of the European Parliament").
 */
function roleAppositiveBefore(tokens: readonly Token[], a: number): boolean {
  if (tokens[a - 1]?.text !== ',') return false;
  for (let i = a - 2; i >= Math.max(0, a - 1 - MAX_ROLE_OF_BODY); i--) {
    const t = tokens[i]!;
    if (!t.isWord) return false;
    if (isPersonNoun(t.lower)) {
      const before = tokens[i - 1]?.lower ?? '';
      return !t.cap || DETERMINERS.has(before) || isTitleWord(before);
    }
    // Only the body's name and its "of the" or "to the" may stand between the head and the comma ("director of
    // the Victims of Crime Trust, Votego Brennan", "ambassador to the WTO, Vufet Trojan").
    if (!(t.cap || t.lower === 'of' || t.lower === 'to' || t.lower === 'the')) return false;
  }
  return false;
}

/** `…, who` right after the span. */
function whoFollows(tokens: readonly Token[], a: number, b: number): boolean {
  // ("Liberal Democrat Pafo Beith - who chairs the committee - said"; not "The Black Eyed Peas - who had a hit".)
  const dash = DASHES.has(tokens[b]?.text ?? '') && !DETERMINERS.has(tokens[a - 1]?.lower ?? '');
  if ((tokens[b]?.text !== ',' && !dash) || tokens[b + 1]?.lower !== 'who') return false;
  // ("Korn, who are currently at work on their eighth album": a plural verb makes it a band or team.)
  const verb = /^(currently|now|still|also)$/.test(tokens[b + 2]?.lower ?? '') ? b + 3 : b + 2;
  return !/^(are|were|have)$/.test(tokens[verb]?.lower ?? '');
}

const MAX_PREFIX_TOKENS = 3;

/** [a + 1, b) is a body's head word, "of" or "for", then capitalised words: "Chambers of Commerce". */
function demonymBodyOf(tokens: readonly Token[], a: number, b: number): boolean {
  const of = tokens[a + 2]!.lower;
  return (
    (of === 'of' || of === 'for') &&
    FOR_BODIES.has(tokens[a + 1]!.lower) &&
    tokens.slice(a + 3, b).every((t) => t.isWord && t.cap && !isFirstName(t.lower))
  );
}

/** Lexicon tags of a word that names a place. */
const PLACE_TAGS = new Set(['Place', 'City', 'Region', 'Country']);

/** "Hélène Marchetti of France" → person + place; "Bank of England", "Duke of Edinburgh" stay whole. */
function splitOfPlace(
  tokens: readonly Token[],
  a: number,
  b: number,
  text: string,
  ctx: ClassifyContext,
): RawMention[] | null {
  for (let k = a + 1; k < b - 1; k++) {
    if (tokens[k]!.lower !== 'of') continue;
    const before = tokens[k - 1]!.lower;
    if (ORG_SUFFIXES.has(before) || isOrgWord(before) || isTitleWord(before) || isPlaceWord(before))
      return null;
    const place = lookupKnown(tokens, k + 1, b, text);
    if (place?.kind !== 'place') {
      // "Herbert Hansen of Keyobs", "Detective Inspector Paul Miller of Thames Valley Police": a first-named
      // person, titled or not, then the body they belong to.
      let f = a;
      while (f < k && (isTitleWord(tokens[f]!.lower) || isTitleHead(tokens[f]!.lower))) f++;
      // ("Nick Van den Brul of BNP Paribas": a surname's particles make it longer.)
      const particles = range(f + 1, k).filter((i) => SURNAME_PARTICLES.has(tokens[i]!.lower)).length;
      const firstNamed = isFirstName(tokens[f]?.lower ?? '') && k - f >= 2 && k - f <= 3 + particles;
      // ("Mr Skeens of Brownsville": a plain honorific and a surname are a person too; a peer's "of" is his title.)
      const mister = f === a + 1 && PERSONAL_HONORIFICS.has(tokens[a]!.lower) && k - f <= 2 + particles;
      // ("said Tapono Ward of the Refugee Council", "economist Niba Thayer of AG Edwards": a first name the
      // lexicon lacks, where a role or a speech verb says a person is named.)
      const spoken = SPEECH_VERBS.has(tokens[a - 1]?.lower ?? '') || SPEECH_VERBS.has(tokens[b]?.lower ?? '');
      const unlisted = k - a === 2 && (spoken || holderAfterRole(tokens, a, k)) && plainName(tokens, a, k);
      if (unlisted)
        return [
          namedPerson(tokens, a, k, text, nameTokensOf(tokens, a, k)),
          ...ofBody(tokens, k, b, text, ctx),
        ];
      if (!firstNamed && !mister) return null;
      const head = classifySpan(tokens, { start: a, end: k, sentenceInitial: false }, text, ctx);
      if (head.length !== 1 || head[0]!.kind !== 'person') return null;
      return [...head, ...ofBody(tokens, k, b, text, ctx)];
    }
    const head = classifySpan(tokens, { start: a, end: k, sentenceInitial: false }, text, ctx);
    return [...head, knownMention(place, tokens, k + 1, b)];
  }
  return null;
}

/**
 * What follows a person's "of" in tokens (k, b): "Dave Prentis of Unison" — a name nothing else types is the body
 * the person speaks for; not a word the lexicon knows as a place or a first name ("John Smith of Oxford", "… of
 * Maria Full of Grace").
 */
function ofBody(
  tokens: readonly Token[],
  k: number,
  b: number,
  text: string,
  ctx: ClassifyContext,
): RawMention[] {
  const body = classifySpan(tokens, { start: k + 1, end: b, sentenceInitial: false }, text, ctx);
  const untyped =
    body.length === 1 &&
    body[0]!.kind === 'unresolved' &&
    !body[0]!.placeGuess &&
    !range(k + 1, b).some(
      (i) => isFirstName(tokens[i]!.lower) || lexiconTags(tokens[i]!.lower).some((t) => PLACE_TAGS.has(t)),
    );
  return untyped ? [mention('organisation', spanText(tokens, k + 1, b, text), k + 1, b)] : body;
}

/**
 * Tokens [a, b) are capitalised words a person's name may be made of: no acronym, title, honorific or stopword,
 * and no ordinary first word ("Remom Facey", not "Home Affairs").
 */
export function personNameWords(tokens: readonly Token[], a: number, b: number): boolean {
  const words = tokens.slice(a, b);
  const last = words.length - 1;
  // ("Kuvokum May": a calendar word may end a name.)
  const stop = (t: Token, i: number) =>
    STOPWORDS.has(t.lower) && !(i > 0 && i === last && isCalendarSurname(t.lower));
  // ("Gelovab A Blixt", "Katag de Bodinat", "Fidabe M Phillips Jr": an initial or a surname's particle inside the
  // name, a generational suffix at its end.)
  const inner = (t: Token, i: number) =>
    i > 0 && i < last && (isInitial(t.text) || SURNAME_PARTICLES.has(t.text));
  const suffix = (t: Token, i: number) => i > 1 && i === last && GENERATIONAL.test(t.text);
  return (
    words.length > 1 &&
    words.every(
      (t, i) =>
        inner(t, i) ||
        suffix(t, i) ||
        (t.isWord && t.cap && !t.upper && !stop(t, i) && !isTitleWord(t.lower)),
    ) &&
    !isCommonWord(words[0]!.lower)
  );
}

const isInitial = (text: string) => /^\p{Lu}$/u.test(text);
/** A generational suffix closing a name ("Jr"). */
const GENERATIONAL = /^(Jr|Sr)$/;

/** How many words of tokens [a, b) are a name's own, its initials, particles and suffix left out. */
function nameLength(tokens: readonly Token[], a: number, b: number): number {
  return range(a, b).filter((i) => {
    const t = tokens[i]!.text;
    return !isInitial(t) && !SURNAME_PARTICLES.has(t) && !GENERATIONAL.test(t);
  }).length;
}

/** Tokens [a, b) are such words with no body's or place's last word ("Fovo Lake", not "Halvik Holdings"). */
function plainName(tokens: readonly Token[], a: number, b: number): boolean {
  const last = tokens[b - 1]!.lower;
  return (
    personNameWords(tokens, a, b) &&
    !ORG_SUFFIXES.has(last) &&
    !isOrgWord(last) &&
    !PLACE_FACILITIES.test(last)
  );
}

function splitKnownPrefix(
  tokens: readonly Token[],
  a: number,
  b: number,
  text: string,
  personOnly: boolean,
  ctx: ClassifyContext,
): RawMention[] | null {
  for (let k = Math.min(b - 1, a + MAX_PREFIX_TOKENS); k > a; k--) {
    const restHead = tokens[k]!.lower;
    if (personOnly && !(isTitleHead(restHead) || isTitleWord(restHead) || isFirstName(restHead))) continue;
    const known = lookupKnown(tokens, a, k, text);
    const dem = k === a + 1 ? demonymCountry(tokens[a]!) : undefined;
    if (!known && !dem) continue;
    const head = known
      ? knownMention(known, tokens, a, k)
      : mention('place', dem!, a, k, { via: 'demonym', weight: DEMONYM_WEIGHT, placeKind: 'country' });
    const rest = classifySpan(tokens, { start: k, end: b, sentenceInitial: false }, text, ctx);
    // ("Arkansas State University", "New York State Supreme Court": a city or state, then a body named after
    // it. A country before a body stays apart: "US Federal Trade Commission".)
    if (
      personOnly &&
      known?.kind === 'place' &&
      known.placeKind !== 'country' &&
      !rest.some((m) => m.kind === 'person' || m.kind === 'role')
    )
      return null;
    return [head, ...rest];
  }
  return null;
}

/** Last words of events named after where they are held ("Berlin Film Festival", "Dubai Championships"). */
const EVENT_WORDS = new Set(['festival', 'marathon', 'championships']);

/** The known place that opens tokens [a, b), before more words ("Berlin" of "Berlin Film Festival"), or null. */
function placeOpening(tokens: readonly Token[], a: number, b: number, text: string): RawMention | null {
  for (let k = Math.min(b - 1, a + MAX_PREFIX_TOKENS); k > a; k--) {
    const known = lookupKnown(tokens, a, k, text);
    if (known?.kind === 'place') return knownMention(known, tokens, a, k);
  }
  return null;
}

/** "Minister Jo Doe Foundation": an org suffix right after the span means it was not a person. */
function isOrgTail(tokens: readonly Token[], b: number): boolean {
  const t = tokens[b - 1];
  return t !== undefined && ORG_SUFFIXES.has(t.lower) && !isFirstName(t.lower);
}
