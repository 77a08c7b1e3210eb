/** Tokens, sentences and paragraphs with UTF-16 offsets. Linear-time scanners only. */

export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Letters/digits (as opposed to punctuation). */
  readonly isWord: boolean;
  /** First character is an uppercase letter, or the word is a name that opens with a number ("3Com") or a lowercase prefix ("eBay"). */
  readonly cap: boolean;
  /** Two or more letters, all uppercase ("US", "NATO"). */
  readonly upper: boolean;
  /** A line break separates this token from the previous one (paragraph boundary). */
  readonly newlineBefore: boolean;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Token index range [tokenStart, tokenEnd). */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly paragraph: number;
}

export interface TokenizedText {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Paragraph index of each token. */
  readonly paragraphOf: Int32Array;
  readonly paragraphCount: number;
}

/**
 * A word (letters/digits joined by inner apostrophes, hyphens, dots, ampersands), two apostrophes typed for a
 * double quotation mark (''like this''), or one symbol.
 */
const TOKEN_PATTERN = /[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*|''|[^\s\p{L}\p{N}]/gu;
const TWO_APOSTROPHES = "''";
const WORD_START = /[\p{L}\p{N}]/u;
const UPPER_START = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const POSSESSIVE_SUFFIX = /['’][sS]$/;
const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
/** Words whose trailing dot does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'prof',
  'rev',
  'jr',
  'sr',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'approx',
  'dept',
  'est',
  'fig',
  'maj',
  'cmdr',
  'adm',
  'brig',
  'supt',
  'insp',
  'det',
  'hon',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
]);

/** A name that opens with a number: "3Com", "4Cast" (not "3G", "1990s"). */
const NUMBER_NAME = /^\d+\p{Lu}\p{Ll}/u;
/** A name that opens with a lowercase prefix: "eBay", "iPod", "easyJet" (no ordinary word has an inner capital). */
const CAMEL_NAME = /^\p{Ll}{1,4}\p{Lu}\p{Ll}/u;

function makeToken(text: string, start: number, newlineBefore: boolean): Token {
  const isWord = WORD_START.test(text);
  const cap = isWord && (UPPER_START.test(text.charAt(0)) || NUMBER_NAME.test(text) || CAMEL_NAME.test(text));
  return {
    text,
    lower: text.toLowerCase(),
    start,
    end: start + text.length,
    isWord,
    cap,
    upper: cap && text.length >= 2 && !HAS_LOWER.test(text),
    newlineBefore,
  };
}

/**
 * A compound ending in a lower-case part ("Texas-based", "Oscar-nominated", "Award-winning"): it describes what
 * follows it and is no name, nor the end of one.
 */
export function endsInLowerPart(text: string): boolean {
  return LOWER_PART_END.test(text);
}

const LOWER_PART_END = /-\p{Ll}+$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lastEnd = 0;
  TOKEN_PATTERN.lastIndex = 0;
  for (let m = TOKEN_PATTERN.exec(text); m !== null; m = TOKEN_PATTERN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const newlineBefore = tokens.length > 0 && text.slice(lastEnd, start).includes('\n');
    lastEnd = start + raw.length;
    if (raw === TWO_APOSTROPHES) {
      // Read as the straight double mark it stands for; the token still spans both characters.
      tokens.push({ ...makeToken('"', start, newlineBefore), end: start + raw.length });
    } else if (raw.length > 2 && POSSESSIVE_SUFFIX.test(raw)) {
      tokens.push(makeToken(raw.slice(0, -2), start, newlineBefore));
      tokens.push(makeToken(raw.slice(-2), start + raw.length - 2, false));
    } else {
      tokens.push(makeToken(raw, start, newlineBefore));
    }
  }
  return tokens;
}

function isAbbreviation(tok: Token | undefined): boolean {
  if (!tok?.isWord) return false;
  if (ABBREVIATIONS.has(tok.lower)) return true;
  // Initials ("George W. Bush", "J.K. Rowling").
  return tok.cap && (tok.text.length === 1 || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(tok.text));
}

/** Curly closers always close; straight quotes only when glued to the previous token (`end."`). */
function isCloserAt(tokens: readonly Token[], j: number): boolean {
  const tok = tokens[j]!;
  if (tok.newlineBefore || !CLOSERS.has(tok.text)) return false;
  if (tok.text === '"' || tok.text === "'") return tokens[j - 1]!.end === tok.start;
  return true;
}

function startsSentence(tok: Token | undefined): boolean {
  if (!tok) return true;
  if (tok.isWord) return tok.cap || /^\p{N}/u.test(tok.text);
  return tok.text === '"' || tok.text === '“' || tok.text === "'" || tok.text === '‘' || tok.text === '(';
}

/** Splits into sentences; paragraph breaks (line breaks) always end a sentence. */
export function analyseText(text: string): TokenizedText {
  const tokens = tokenize(text);
  const sentences: Sentence[] = [];
  const paragraphOf = new Int32Array(tokens.length);
  let paragraph = 0;
  let sentStart = 0;
  const close = (endTok: number) => {
    if (endTok <= sentStart) return;
    const first = tokens[sentStart]!;
    const last = tokens[endTok - 1]!;
    sentences.push({ start: first.start, end: last.end, tokenStart: sentStart, tokenEnd: endTok, paragraph });
    sentStart = endTok;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.newlineBefore) {
      close(i);
      paragraph++;
    }
    paragraphOf[i] = paragraph;
    if (!SENTENCE_END.has(tok.text)) continue;
    if (tok.text === '.' && isAbbreviation(tokens[i - 1]) && tokens[i - 1]!.end === tok.start) continue;
    let j = i + 1;
    while (j < tokens.length && isCloserAt(tokens, j)) {
      paragraphOf[j] = paragraph;
      j++;
    }
    const next = tokens[j];
    if (next === undefined || next.newlineBefore || startsSentence(next)) {
      for (let k = i + 1; k < j; k++) paragraphOf[k] = paragraph;
      close(j);
      i = j - 1;
    }
  }
  close(tokens.length);
  return { text, tokens, sentences, paragraphOf, paragraphCount: tokens.length ? paragraph + 1 : 0 };
}
