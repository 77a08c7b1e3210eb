/**
 * Capitalised-span chunker: proposes candidate proper names ("Deputy Foreign Minister Sergei
 * Ryabkov", "Bank of England", "Bashar al-Assad") from a token stream in one linear pass.
 */
import { SPEECH_VERBS } from './cues.js';
import { getGazetteer } from './gazetteer.js';
import {
  FOR_BODIES,
  hasTag,
  isAuxiliaryFirstName,
  isCommonWord,
  isFirstName,
  isOrgWord,
  isPlaceWord,
  lexiconTags,
  ORG_SUFFIXES,
} from './lexicon.js';
import { HONORIFICS, isTitleWord } from './roles.js';
import { STOPWORDS } from './stopwords.js';
import type { Token } from './tokenize.js';

export interface Span {
  /** Token index range [start, end). */
  readonly start: number;
  readonly end: number;
  /** The first token opens a sentence (or a quotation), so its capital proves nothing. */
  readonly sentenceInitial: boolean;
}

/**
 * A compound capitalised only because it opens the sentence ("Top-seeded", "Left-handed", "Cash-strapped"):
 * lowercase after each hyphen, so it describes a name and is none ("Stratford-upon-Avon" ends in a capital).
 */
const DESCRIPTIVE_COMPOUND = /^\p{Lu}\p{Ll}*(?:-\p{Ll}+)+$/u;

const MAX_SPAN_TOKENS = 8;
/** Words inside a surname ("Van den Brul", "de la Rosa"). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'da',
  'di',
  'del',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'du',
]);
/** Lowercase words allowed inside a name when a capitalised word follows. */
const INNER_CONNECTORS = new Set(['of', ...SURNAME_PARTICLES, 'bin', 'ibn', 'al', 'el', 'dos', 'das', '&']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', '-', '–', '—']);
const PARTICLE_NAME = /^(?:al|el|bin|ibn|de|da|van|von|le|la|du|abu|ben)-\p{Lu}/u;
/** Weekday names, lowercase: calendar words in names, time phrases and adverbials. */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Days and months, lowercase. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);

/** Capitalised words that are never names (calendar, interjections). */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  ...CALENDAR_WORDS,
  'i',
  "i'm",
  "i've",
  "i'll",
  "i'd",
  'ok',
  'tv',
  'mp3',
  'dvd',
  'cd',
  'pc',
  'gdp',
  'ceo',
  'am',
  'pm',
]);

/** Name words a number may follow as part of the name. */
const NUMBERED_HEADS = new Set(['radio', 'channel', 'formula']);

/** Token i is a number that belongs to the name before it ("Radio 1"). */
function numberedAt(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i];
  return (
    prev !== undefined &&
    t !== undefined &&
    /^\d{1,2}$/.test(t.text) &&
    prev.cap &&
    NUMBERED_HEADS.has(prev.lower) &&
    t.start === prev.end + 1
  );
}

/** Calendar words that are also surnames, after a first name or an honorific ("Theresa May", "Mike Friday"). */
const CALENDAR_SURNAMES = new Set(['may', 'march', 'june', 'april', 'august', ...WEEKDAYS]);

export function isCalendarSurname(word: string): boolean {
  return CALENDAR_SURNAMES.has(word);
}

function calendarSurnameAfterName(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const prev = tokens[j - 1];
  if (
    !t.cap ||
    !CALENDAR_SURNAMES.has(t.lower) ||
    prev?.cap !== true ||
    /^\d/.test(tokens[j + 1]?.text ?? '')
  )
    return false;
  if (isFirstName(prev.lower) || HONORIFICS.has(prev.lower.replace(/\.$/, ''))) return true;
  // "Kuvokum May, shadow secretary for the family, told …": a first name the lexicon lacks, where a comma or a
  // speech verb after the pair says a person was named.
  const next = tokens[j + 1]?.lower ?? '';
  return unlistedWord(prev) && (next === ',' || SPEECH_VERBS.has(next));
}

/** A capitalised word the lexicon and the gazetteer know nothing of ("Kuvokum"): perhaps a name. */
function unlistedWord(tok: Token): boolean {
  const g = getGazetteer();
  return (
    tok.isWord &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(tok.text) &&
    lexiconTags(tok.lower).length === 0 &&
    !STOPWORDS.has(tok.lower) &&
    !g.places.has(tok.lower) &&
    !g.demonyms.has(tok.lower) &&
    !g.orgs.has(tok.lower)
  );
}

/** Words before a calendar word that make it a date ("on Friday", "since May"), not a surname. */
const DATE_WORDS = new Set([
  'on',
  'by',
  'until',
  'till',
  'since',
  'from',
  'last',
  'next',
  'this',
  'each',
  'every',
  'for',
  'in',
  'early',
  'late',
  'mid',
  'of',
  'to',
  'before',
  'after',
  'that',
]);

/** "Friday said", "May added": the surname of a "Mike Friday" the article named (`keep`), not a date. */
function calendarSurnameAt(tokens: readonly Token[], i: number, keep: (i: number) => boolean): boolean {
  const t = tokens[i]!;
  if (!t.cap || !CALENDAR_SURNAMES.has(t.lower) || !keep(i)) return false;
  return !DATE_WORDS.has(tokens[i - 1]?.lower ?? '') && !/^\d/.test(tokens[i + 1]?.text ?? '');
}

/** Token i heads a body named with "of"/"for" inside the span ("Institute for Fiscal Studies", "University of Kent"). */
function bodyHeadAt(tokens: readonly Token[], i: number, end: number): boolean {
  const next = tokens[i + 1];
  const w = tokens[i]!.lower;
  return (
    i + 2 < end && (next?.lower === 'of' || next?.lower === 'for') && (FOR_BODIES.has(w) || isOrgWord(w))
  );
}

/** A capitalised ordinary word, no name of its own: "Work", "Pensions", "Trade", "Industry". */
function plainWord(tok: Token): boolean {
  if (!tok.isWord || !tok.cap || tok.upper || isFirstName(tok.lower)) return false;
  const g = getGazetteer();
  if (g.places.has(tok.lower) || g.demonyms.has(tok.lower) || g.orgs.has(tok.lower)) return false;
  return !['Person', 'Place', 'Organization'].some((tag) => hasTag(tok.lower, tag));
}

/**
 * The "and" at token j joins one body's name: ordinary words on both sides and a body's head word before them
 * ("Department of Trade and Industry") or at the end ("Work and Pensions Committee", "Finance and Economy
 * Ministry"). Names on either side ("Microsoft and Apple Computer") are two names.
 */
function andInBodyName(tokens: readonly Token[], start: number, j: number, to: number): boolean {
  // "Paramount, Universal and Warner Brothers": the last "and" of a list of names.
  if (tokens[start - 1]?.text === ',' && tokens[start - 2]?.cap) return false;
  let a = start;
  if (tokens[a]!.lower === 'the') a++;
  const headFirst = bodyHeadAt(tokens, a, j);
  if (headFirst) a += 2;
  const before = tokens.slice(a, j);
  if (before.length === 0 || before.length > 3 || !before.every(plainWord)) return false;
  // "Lubor Bank and Vestin Bank", "the Lexo Group and Marin Group": a body's whole name on each side is two bodies.
  // (Not inside a head's remit: "Department for Culture Media and Sport".)
  if (!headFirst && before.length >= 2 && ORG_SUFFIXES.has(before[before.length - 1]!.lower)) return false;
  let k = j + 1;
  while (k < to && k - j <= 5 && isNameish(tokens[k]!) && !tokens[k]!.newlineBefore) k++;
  const after = tokens.slice(j + 1, k);
  if (after.length === 0 || after.length > 4) return false;
  const last = after[after.length - 1]!.lower;
  if (after.length > 1 && (FOR_BODIES.has(last) || isOrgWord(last)))
    return after.slice(0, -1).every(plainWord);
  return headFirst && after.every(plainWord);
}

const SPELLED_CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'on', 'in']);
const MAX_SPELLED_TOKENS = 12;

/**
 * A body named in full before its acronym, connectors and all: "National Company for Cooperative Insurance
 * (NCCI)", "Internet Corporation for Assigned Names and Numbers (Icann)". Returns the end of the name when the
 * capitalised words' initials spell the bracketed acronym, else -1.
 */
function spelledOutEnd(tokens: readonly Token[], i: number, to: number): number {
  let initials = '';
  let k = i;
  for (; k < to && k - i < MAX_SPELLED_TOKENS; k++) {
    const t = tokens[k]!;
    if (k > i && t.newlineBefore) return -1;
    if (t.isWord && t.cap) {
      if (!(k === i && t.lower === 'the')) initials += t.text[0]!.toUpperCase();
    } else if (!(k > i && SPELLED_CONNECTORS.has(t.lower))) break;
  }
  const acronym = tokens[k + 1];
  if (tokens[k]?.text !== '(' || tokens[k + 2]?.text !== ')' || !acronym?.isWord) return -1;
  if (initials.length < 3 || !/^[A-Z][A-Za-z]+$/.test(acronym.text)) return -1;
  return acronym.text.toUpperCase() === initials && !SPELLED_CONNECTORS.has(tokens[k - 1]!.lower) ? k : -1;
}

/**
 * "Age Concern said", "Friends Reunited says": capitalised ordinary words that open a sentence and speak are a
 * body's name when dropping the first would leave no name, only another ordinary word.
 */
function speakingBodyOfWords(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start < 2 || end - start > 4 || !SPEECH_VERBS.has(tokens[end]?.lower ?? '')) return false;
  const first = tokens[start]!.lower;
  // "Yesterday Age Concern said": a time or a linking word opens the sentence, not the name.
  if (!tokens[start]!.isWord || STOPWORDS.has(first) || DATE_WORDS.has(first)) return false;
  if (['Date', 'Adverb', 'Conjunction', 'Preposition', 'Comparative'].some((tag) => hasTag(first, tag)))
    return false;
  // ("Network Rail said": or a word the lexicon does not know at all, though not a street's: "Market Street".)
  return tokens
    .slice(start + 1, end)
    .every(
      (t) =>
        t.isWord &&
        t.cap &&
        !t.upper &&
        (isCommonWord(t.lower) || (unlistedWord(t) && !isPlaceWord(t.lower))) &&
        !isFirstName(t.lower),
    );
}

function isNameish(tok: Token): boolean {
  return tok.isWord && (tok.cap || PARTICLE_NAME.test(tok.text)) && !NEVER_NAMES.has(tok.lower);
}

const OPEN_MARKS = new Set(['"', '\u201c']);
const CLOSE_MARKS = new Set(['"', '\u201d']);
const MAX_NICKNAME_WORDS = 3;

/**
 * A nickname quoted between a first name and a surname (Marion "Suge" Knight, Jimmy "the Whirlwind" White): the
 * surname's token index for the opening mark at `open`, or -1. Such marks quote no one.
 */
export function nicknameSurname(tokens: readonly Token[], open: number): number {
  const first = tokens[open - 1];
  if (!OPEN_MARKS.has(tokens[open]?.text ?? '') || !first?.cap || !isFirstName(first.lower)) return -1;
  let close = open + 1;
  while (close < tokens.length && !CLOSE_MARKS.has(tokens[close]!.text)) {
    const t = tokens[close]!;
    if (!t.isWord || t.newlineBefore || close - open > MAX_NICKNAME_WORDS) return -1;
    close++;
  }
  const last = tokens[close + 1];
  if (close === open + 1 || tokens[open]!.newlineBefore || !last?.isWord || !last.cap || last.newlineBefore)
    return -1;
  return close + 1;
}

/** True when token i starts a sentence or a quotation (so its capital is uninformative). */
export function isSentenceInitial(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  if (i === sentenceStart) return true;
  const prev = tokens[i - 1];
  return prev !== undefined && OPENERS.has(prev.text) && !pluralPossessiveAt(tokens, i - 1);
}

/** Token i is the apostrophe of a plural possessive ("Musicians' Union", "the Gunners' Thierry Henry"), no quotation mark. */
export function pluralPossessiveAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const word = tokens[i - 1];
  return (
    t !== undefined &&
    /^['’]$/.test(t.text) &&
    word?.isWord === true &&
    /s$/.test(word.lower) &&
    word.end === t.start &&
    (tokens[i + 1]?.start ?? t.end) > t.end
  );
}

/**
 * "Will Labour win?": a first name that is also an auxiliary opens a question at the start of a sentence or a
 * quotation; right after `…,"` (the attribution that follows) or mid-sentence it is a name ("Will Davies").
 */
export function opensQuestion(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !isAuxiliaryFirstName(t.lower)) return false;
  const prev = tokens[i - 1];
  if (!prev || t.newlineBefore || /^[.?!;]$/.test(prev.text)) return true;
  return OPENERS.has(prev.text) && tokens[i - 2]?.text !== ',';
}

/**
 * Candidate spans of one sentence's tokens [from, to). Sentence-initial ordinary words are
 * dropped ("But", "The"), titles kept ("Deputy").
 */
export function findSpans(
  tokens: readonly Token[],
  from: number,
  to: number,
  keep: (i: number) => boolean,
): Span[] {
  const spans: Span[] = [];
  let i = from;
  while (i < to) {
    const tok = tokens[i]!;
    if (!isNameish(tok) && !calendarSurnameAt(tokens, i, keep)) {
      i++;
      continue;
    }
    let start = i;
    let initial = isSentenceInitial(tokens, i, from);
    const spelled = spelledOutEnd(tokens, i, to);
    let j = spelled > 0 ? spelled : i + 1;
    while (spelled < 0 && j < to && j - start < MAX_SPAN_TOKENS) {
      const t = tokens[j]!;
      if (t.newlineBefore) break;
      if (isNameish(t) || calendarSurnameAfterName(tokens, j)) {
        j++;
        continue;
      }
      // "Musicians' Union", "Professional Footballers' Association": a plural possessive inside a body's name, one
      // word owned ("the Blues' Celtic League" is a side's league).
      const owned = tokens[j + 1];
      if (
        pluralPossessiveAt(tokens, j) &&
        owned?.cap &&
        isNameish(owned) &&
        !(tokens[j + 2] && isNameish(tokens[j + 2]!)) &&
        (ORG_SUFFIXES.has(owned.lower) || FOR_BODIES.has(owned.lower) || isOrgWord(owned.lower))
      ) {
        j += 2;
        continue;
      }
      // "Radio 1", "Channel 4", "Formula 1": a number that is part of the name.
      if (numberedAt(tokens, j)) {
        j++;
        break;
      }
      const next = tokens[j + 1];
      // "International Federation of the Red Cross", "Friends of the Earth": "of the" inside a body's name.
      const afterThe = tokens[j + 2];
      if (
        t.lower === 'of' &&
        next?.lower === 'the' &&
        afterThe !== undefined &&
        isNameish(afterThe) &&
        !afterThe.newlineBefore &&
        (FOR_BODIES.has(tokens[j - 1]!.lower) || ORG_SUFFIXES.has(tokens[j - 1]!.lower))
      ) {
        j += 3;
        continue;
      }
      // Connectors ("Bank of England") and initials' dots ("George W. Bush").
      if (next && isNameish(next) && !next.newlineBefore) {
        if (
          INNER_CONNECTORS.has(t.lower) ||
          (t.lower === 'for' && FOR_BODIES.has(tokens[j - 1]!.lower)) ||
          (t.lower === 'and' && andInBodyName(tokens, start, j, to))
        ) {
          j += 2;
          continue;
        }
        const prev = tokens[j - 1]!;
        if (t.text === '.' && prev.text.length === 1 && prev.cap && prev.end === t.start) {
          j += 2;
          continue;
        }
      }
      break;
    }
    // Drop ordinary sentence-initial words ("The", "But", "Asked").
    while (initial && start < j) {
      const first = tokens[start]!;
      if (
        keep(start) ||
        speakingBodyOfWords(tokens, start, j) ||
        isTitleWord(first.lower) ||
        (isFirstName(first.lower) && !opensQuestion(tokens, start)) ||
        numberedAt(tokens, start + 1) ||
        bodyHeadAt(tokens, start, j) ||
        // "Amnesty International": a body's last word that names nothing on its own keeps the word before it
        // ("Big City" does not: "City" alone is a club).
        (j === start + 2 && !STOPWORDS.has(first.lower) && tokens[start + 1]!.lower === 'international')
      )
        break;
      if (
        !(
          STOPWORDS.has(first.lower) ||
          isCommonWord(first.lower) ||
          NEVER_NAMES.has(first.lower) ||
          DESCRIPTIVE_COMPOUND.test(first.text)
        )
      )
        break;
      start++;
      initial = false;
    }
    // A connector left at the front by a dropped word ("Most of Europe") is no part of a name.
    while (start < j && /^(of|for|and|&)$/.test(tokens[start]!.lower)) {
      start++;
      initial = false;
    }
    // Trim trailing connectors left by a length cut.
    let end = j;
    while (
      end > start &&
      !isNameish(tokens[end - 1]!) &&
      !numberedAt(tokens, end - 1) &&
      !calendarSurnameAfterName(tokens, end - 1) &&
      !(end - 1 === start && calendarSurnameAt(tokens, start, keep))
    )
      end--;
    if (end > start) spans.push({ start, end, sentenceInitial: initial && start === i });
    i = j;
  }
  return spans;
}
