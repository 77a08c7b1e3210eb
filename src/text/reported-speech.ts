/**
 * Reported speech, one finding per sentence:
 *   indirect  — "X said (that) …", "X told reporters …", "According to X, …", "…, according to X."
 *   unmarked  — speech without quotation marks, attributed after it: "We are ready to talk, the minister said."
 *               (a tail whose clause is in the third person is indirect: "Sales fell, the BRC said.")
 */
import { affiliationAt } from './clauses.js';
import { type Cue, cueAt, REPORTING_VERBS, SPEECH_VERBS } from './cues.js';
import type { FieldDoc } from './document.js';
import { lexiconTags } from './lexicon.js';
import { QUOTE_MARKS } from './quote-marks.js';
import { range } from './range.js';
import { isPluralRole, isRoleHead, ORG_ANAPHORS, ROLE_HEADS, ROLE_MODIFIERS } from './roles.js';
import { WEEKDAYS } from './spans.js';
import type { Token } from './tokenize.js';

export interface ReportedCandidate {
  readonly kind: 'indirect' | 'unmarked';
  readonly cue: Cue;
  /** Speaker phrase token range and how to read it. */
  readonly npStart: number;
  readonly npEnd: number;
  readonly npMode: 'first' | 'last';
  /** The outlet's phrase for "X quoted him as saying that …". */
  readonly source?: { readonly start: number; readonly end: number };
  /** Reported clause token range. */
  readonly clauseStart: number;
  readonly clauseEnd: number;
  readonly sentence: number;
  /** "Jo Doe attacked Ned Pike for saying …": the speaker is the object, and Jo Doe goes on speaking. */
  readonly aside?: boolean;
}

const MIN_CLAUSE_WORDS = 4;
/** "that" marks a reported clause clearly, so a shorter one is enough ("that Moscow wanted guarantees"). */
const MIN_THAT_CLAUSE_WORDS = 3;
const PASSIVE_AUX = new Set(['was', 'is', 'were', 'been', 'being']);
const MAX_NP_BEFORE_CUE = 12;
const MAX_TAIL_TOKENS = 18;
/** Words between the cue and the clause ("said on Friday that", "said in a statement that"). */
const MAX_GAP_BEFORE_THAT = 6;
/** Subject-less or passive uses that are not speech attribution. */
const NOT_SUBJECT_ENDS = new Set([
  'is',
  'be',
  'been',
  'being',
  'was',
  'were',
  'are',
  'it',
  'the',
  'to',
  'who',
  'which',
  'that',
  'and',
]);
/** Verbs that report speech without "that" ("Sherman said the talks…"); others need "that". */
const BARE_CLAUSE_VERBS = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'insisted',
  'insists',
  'warned',
  'warns',
  'stressed',
  'stresses',
  'argued',
  'argues',
  'claimed',
  'claims',
  'believes',
  'admitted',
  'admits',
  'confirmed',
  'confirms',
  'suggested',
  'suggests',
  'predicted',
  'predicts',
  'explained',
  'reckons',
  'reckoned',
  'maintained',
  'maintains',
  'acknowledged',
  'conceded',
  'noted',
  'revealed',
  'reveals',
  'announced',
  'announces',
  'complained',
  'complains',
  'hinted',
  'hints',
  'promised',
  'pledged',
  'vowed',
]);
const FINITE_WORDS = new Set([
  'is',
  'was',
  'were',
  'are',
  'would',
  'will',
  'could',
  'had',
  'has',
  'have',
  'should',
  'must',
  'can',
  'did',
  'does',
  'do',
  'may',
  'might',
  'shall',
  'cannot',
  "won't",
  "didn't",
  "wasn't",
  "isn't",
  "wouldn't",
  "couldn't",
  "hadn't",
  "hasn't",
  "don't",
  "doesn't",
  "aren't",
  "weren't",
]);
const NOUN_USE_TAGS = new Set([
  'PastTense',
  'Infinitive',
  'PresentTense',
  'Determiner',
  'Preposition',
  'Gerund',
]);
const MAX_FINITE_SEARCH = 14;
/** 'said'/'told' rarely take a noun object, so their clause's verb may come later ("said higher costs in …, and
 * lower profits at … would hurt"). */
const MAX_FINITE_SEARCH_AFTER_SAID = 20;
/** Plural present forms ("officials argue …"), which REPORTING_VERBS leaves out as too noisy elsewhere. */
const PLURAL_VERBS = new Set(['argue', 'claim', 'insist', 'warn', 'say', 'suggest', 'predict']);
/** Auxiliaries between a subject and its reporting verb ("has warned", "have said", "had told"). */
const AUXILIARIES = new Set(['has', 'have', 'had']);
/** Relative pronouns whose antecedent, before a comma, is the speaker ("the Forum, who say …"). */
const RELATIVES = new Set(['who', 'which']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'there']);
/** Pronouns that open a reported clause after a prepositional phrase ("told the court in Leeds she …"). */
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Participles that report speech after a clause: "defended the move, saying …". */
const PARTICIPLE_CUES = new Set([
  'saying',
  'claiming',
  'arguing',
  'insisting',
  'warning',
  'adding',
  'stressing',
  'suggesting',
  'noting',
  'explaining',
  'admitting',
  'predicting',
]);
/** Time or manner phrases that end an adverbial before a bare clause ("said on Friday he …"). */
const ADVERBIAL_ENDS = new Set([
  ...WEEKDAYS,
  'yesterday',
  'today',
  'week',
  'night',
  'month',
  'year',
  'earlier',
  'later',
  'statement',
  'interview',
]);
const MAX_PREP_GAP = 8;
const PREPOSITIONS = new Set([
  'of',
  'for',
  'about',
  'in',
  'on',
  'to',
  'with',
  'from',
  'at',
  'by',
  'during',
  'after',
  'before',
  'over',
  'into',
]);
const TIME_WORDS = new Set([
  'on',
  ...WEEKDAYS,
  'yesterday',
  'today',
  'last',
  'week',
  'night',
  'earlier',
  'later',
  'this',
  'month',
  'year',
  'in',
  'a',
  'statement',
  'interview',
  'also',
  'recently',
  'repeatedly',
]);

/** "dismissed claims that", "the claims": the cue word is a noun here. */
function isNounUse(prev: Token): boolean {
  // "the club said", "the bank said": a body noun that is also a verb is the subject.
  if (!prev.isWord || prev.cap || ROLE_HEADS.has(prev.lower) || ORG_ANAPHORS.has(prev.lower)) return false;
  if (/ed$/.test(prev.lower) && prev.lower.length > 4) return true;
  return lexiconTags(prev.lower).some((t) => NOUN_USE_TAGS.has(t));
}

/** A reported clause without "that" should contain a finite verb early on. */
export function hasFiniteVerb(
  tokens: readonly Token[],
  a: number,
  b: number,
  reach = MAX_FINITE_SEARCH,
): boolean {
  // "said it strongly opposes …", "claims he and Barker differ …": a subject pronoun opens a clause.
  if (SUBJECT_PRONOUNS.has(tokens[a]?.lower ?? '') && tokens[a + 1]?.isWord) return true;
  for (let i = a + 1; i < b && i <= a + reach; i++) {
    const w = tokens[i]!.lower;
    if (FINITE_WORDS.has(w)) return true;
    if (!tokens[i]!.cap && lexiconTags(w).includes('PastTense')) return true;
    if (/^[a-z]{3,}ed$/.test(w) && i > a + 1) return true;
  }
  return false;
}

function words(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (tokens[i]!.isWord) n++;
  return n;
}

function trimClause(tokens: readonly Token[], a: number, b: number): [number, number] {
  while (a < b && !tokens[a]!.isWord) a++;
  while (b > a && !tokens[b - 1]!.isWord && !/[)%]/.test(tokens[b - 1]!.text)) b--;
  return [a, b];
}

function hasColonBeforeQuote(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++)
    if (tokens[i]!.text === ':' && QUOTE_MARKS.has(tokens[i + 1]?.text ?? '')) return true;
  return false;
}

function hasQuoteMark(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (QUOTE_MARKS.has(tokens[i]!.text)) return true;
  return false;
}

function quotedAtEdge(tokens: readonly Token[], a: number, b: number): boolean {
  let first = a;
  while (first < b && !tokens[first]!.isWord && !QUOTE_MARKS.has(tokens[first]!.text)) first++;
  if (first < b && QUOTE_MARKS.has(tokens[first]!.text)) return true;
  // "The deal must not be "swept aside", the Tories warned": a balanced partial quotation at the end is reported.
  let marks = 0;
  for (let i = a; i < b; i++) if (QUOTE_MARKS.has(tokens[i]!.text)) marks++;
  return marks % 2 === 1;
}

/**
 * A clause that is itself a direct quotation (`said "…"`): a mark in its first two tokens whose closing
 * mark ends the clause. `said "our country" was being …` opens with a partial quotation and is reported.
 */
function wholeQuote(tokens: readonly Token[], a: number, b: number): boolean {
  let open = -1;
  for (let i = a; i < Math.min(b, a + 2); i++) {
    if (QUOTE_MARKS.has(tokens[i]!.text)) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = open + 1; i < b; i++) {
    if (!QUOTE_MARKS.has(tokens[i]!.text)) continue;
    // The partial quotation closes before the clause goes on.
    return words(tokens, i + 1, b) === 0;
  }
  return true;
}

/** End of the sentence subject from a: names, titles, role words and determiners up to the verb. */
export function subjectEnd(tokens: readonly Token[], a: number, limit: number): number {
  // "He told … but said …": a pronoun subject.
  if (a < limit && /^(he|she|they|we|it|i)$/.test(tokens[a]!.lower)) return a + 1;
  let i = a;
  for (; i < limit; i++) {
    const t = tokens[i]!;
    if (QUOTE_MARKS.has(t.text)) break;
    // "Russia's president": the possessive continues the subject (tokenised as a word or not).
    if (t.text === "'s" || t.text === '’s') continue;
    if (!t.isWord) {
      if (t.text === ',' || t.text === '-') continue;
      break;
    }
    // "Work and pensions minister Alan Johnson": a portfolio of two things runs on to its role head.
    if (t.lower === 'and' && i > a) {
      const head = range(i + 1, Math.min(limit, i + 4)).find((k) => isRoleHead(tokens[k]!.lower));
      if (head !== undefined && range(i + 1, head).every((k) => tokens[k]!.isWord)) {
        i = head;
        continue;
      }
      // "The Conservatives and Lib Dems both say": a subject of two names.
      const next = tokens[i + 1]?.lower === 'the' ? tokens[i + 2] : tokens[i + 1];
      if (tokens[i - 1]!.cap && next?.cap && next.isWord) continue;
    }
    if (
      t.cap ||
      // "Conservative co-chairman Liam Fox": hyphenated role heads too.
      isRoleHead(t.lower) ||
      // "The show's producers defended …": a lowercase owner before its possessive, and a plural role head.
      (i > a &&
        /^(the|a|an)$/.test(tokens[i - 1]!.lower) &&
        /^('s|’s)$/.test(tokens[i + 1]?.text ?? '') &&
        isPluralRole(tokens[i + 2])) ||
      (i > a && isPluralRole(t)) ||
      // "Shadow home secretary David Davis": lowercase words of a title.
      (ROLE_MODIFIERS.has(t.lower) && !/^(new|then|current|first|top|lead|party)$/.test(t.lower)) ||
      ORG_ANAPHORS.has(t.lower) ||
      /^(the|a|an|of|for)$/.test(t.lower) ||
      // "his lawyer, Jo Doe": a possessive determiner opening the subject.
      (i === a && /^(his|her|its|their)$/.test(t.lower)) ||
      /^\d+-year-old$/.test(t.lower) ||
      // "The select committee found", "the sporting director": one lowercase word between a determiner and a
      // body's or role's head.
      (/^(the|a|an|its|his|her|their)$/.test(tokens[i - 1]?.lower ?? '') &&
        i > a &&
        !tokens[i + 1]?.cap &&
        (ORG_ANAPHORS.has(tokens[i + 1]?.lower ?? '') || isRoleHead(tokens[i + 1]?.lower ?? '')))
    )
      continue;
    break;
  }
  return i;
}

/** `"…," he said, but …`: the subject right before the reporting verb that precedes the conjunction at `conj`. */
function sharedSubject(tokens: readonly Token[], a: number, conj: number): [number, number] | null {
  let v = conj - 1;
  while (v > a && tokens[v]!.text === ',') v--;
  if (!REPORTING_VERBS.has(tokens[v]!.lower)) return null;
  let s = v;
  while (
    s > a &&
    tokens[s - 1]!.isWord &&
    !QUOTE_MARKS.has(tokens[s - 1]!.text) &&
    v - s < MAX_SHARED_SUBJECT
  )
    s--;
  return s < v ? [s, v] : null;
}

/** Start of the cue's clause: after the last comma, semicolon or colon before k (the sentence start if none). */
function clauseStartBefore(tokens: readonly Token[], a: number, k: number): number {
  for (let j = k - 1; j > a; j--) if (/^[,;:]$/.test(tokens[j]!.text)) return j + 1;
  return a;
}

/** A thousands separator ("150,000"): a comma between digits with no space around it. */
function numberComma(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  const t = tokens[j]!;
  return Boolean(
    prev &&
      next &&
      /\d$/.test(prev.text) &&
      /^\d/.test(next.text) &&
      prev.end === t.start &&
      next.start === t.end,
  );
}

/** Longest subject of a reporting clause set off by commas (", the minister said,"). */
const MAX_REPORTER_TOKENS = 4;

/**
 * ", he claimed, saying": the subject of a short reporting clause set off by commas right before the
 * participle at k, as [start, end), or null.
 */
export function reportingClauseBefore(
  tokens: readonly Token[],
  k: number,
  from: number,
): [number, number] | null {
  const verb = k - 2;
  if (tokens[k - 1]?.text !== ',' || !SPEECH_VERBS.has(tokens[verb]?.lower ?? '')) return null;
  let open = verb - 1;
  while (open > from && tokens[open]!.text !== ',' && verb - open <= MAX_REPORTER_TOKENS) open--;
  return tokens[open]?.text === ',' && open < verb - 1 ? [open + 1, verb] : null;
}

/** "Jo Doe defended the move, saying it would …", "he added, saying …", "… after claiming …". */
function participle(
  tokens: readonly Token[],
  a: number,
  b: number,
  sentence: number,
  inQuote: Uint8Array,
): ReportedCandidate | null {
  for (let k = a + 2; k < b; k++) {
    const t = tokens[k]!;
    if (inQuote[k] || !PARTICIPLE_CUES.has(t.lower)) continue;
    if (tokens[k - 1]?.lower === 'as' || tokens[k - 1]?.lower === 'without') continue;
    let c = k + 1;
    if (tokens[c]?.lower === 'that') c++;
    const withThat = c > k + 1;
    const next = tokens[c];
    if (!next?.isWord || QUOTE_MARKS.has(next.text)) continue;
    if (!withThat && !hasFiniteVerb(tokens, c, b)) continue;
    const [cs, ce] = trimClause(tokens, c, b);
    if (words(tokens, cs, ce) < MIN_CLAUSE_WORDS || wholeQuote(tokens, cs, ce)) continue;
    // The subject: after a leading quotation (`"…," he added, saying`) or at the sentence start.
    let s0 = a;
    for (let j = a; j < k; j++) {
      if (inQuote[j] || tokens[j]!.text === ',' || !tokens[j]!.isWord) s0 = j + 1;
      else break;
    }
    let npEnd = subjectEnd(tokens, s0, k);
    // "…, with Jo Doe saying …": the participle's own subject after "with".
    for (let w = k - 1; w > s0 && k - w <= MAX_SECOND_SUBJECT + 1; w--) {
      if (tokens[w]!.lower !== 'with') continue;
      if (isSubjectPhrase(tokens, w + 1, k)) [s0, npEnd] = [w + 1, k];
      break;
    }
    // "Mr Blair has failed, he claimed, saying he has …": the subject of the reporting clause set off before it.
    const reporter = reportingClauseBefore(tokens, k, s0);
    if (reporter) [s0, npEnd] = reporter;
    // "an open letter from company president Jo Doe saying …": a full name right before the participle
    // (after "from"/"by" or a role noun, no comma) is the participle's own subject.
    const named = namedBefore(tokens, k);
    if (named > s0) [s0, npEnd] = [named, k];
    // "Jo Doe attacked Ned Pike for saying …", "branded Mr Howard "…" for claiming": the object speaks.
    const object = /^(for|of)$/.test(tokens[k - 1]!.lower) ? objectName(tokens, npEnd, k - 1, inQuote) : null;
    if (object) [s0, npEnd] = object;
    if (npEnd <= s0) continue;
    return {
      ...(object ? { aside: true } : {}),
      kind: 'indirect',
      cue: { start: k, end: k + 1, text: t.text },
      npStart: s0,
      npEnd,
      npMode: 'last',
      clauseStart: cs,
      clauseEnd: ce,
      sentence,
    };
  }
  return null;
}

/** The last capitalised name (outside quotations) in [from, to): the object of the clause's verb. */
function objectName(
  tokens: readonly Token[],
  from: number,
  to: number,
  inQuote: Uint8Array,
): [number, number] | null {
  for (let j = to - 1; j >= from; j--) {
    const t = tokens[j]!;
    if (inQuote[j] || !t.isWord || !t.cap) continue;
    let i = j;
    while (i - 1 >= from && tokens[i - 1]!.isWord && tokens[i - 1]!.cap && !inQuote[i - 1]) i--;
    return [i, j + 1];
  }
  return null;
}

/** Start of a 2–4 word capitalised name ending right before token k, introduced by "from"/"by"/a role noun; else -1. */
function namedBefore(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j > 0 && k - j < MAX_PARTICIPLE_NAME && tokens[j - 1]!.cap && tokens[j - 1]!.isWord) j--;
  if (k - j < 2) return -1;
  const prev = tokens[j - 1];
  if (!prev?.isWord || prev.cap) return -1;
  return prev.lower === 'from' || prev.lower === 'by' || ROLE_HEADS.has(prev.lower) ? j : -1;
}

/** Finds reported speech in each sentence whose cue lies outside direct quotations. */
export function findReportedSpeech(doc: FieldDoc, inQuote: Uint8Array): ReportedCandidate[] {
  const out: ReportedCandidate[] = [];
  const { tokens, text } = doc;
  doc.sentences.forEach((s, idx) => {
    const a = s.tokenStart;
    const b = s.tokenEnd;
    if (b - a < MIN_CLAUSE_WORDS + 2) return;
    const found =
      accordingTo(tokens, text, a, b, idx, inQuote) ??
      tail(tokens, text, a, b, idx, inQuote) ??
      parenthetical(tokens, a, b, idx, inQuote) ??
      leading(tokens, text, a, b, idx, inQuote) ??
      participle(tokens, a, b, idx, inQuote);
    if (!found) return;
    if (found.npMode !== 'last' || found.kind !== 'indirect') {
      out.push(found);
      return;
    }
    // A second report in the same sentence ends the first one's clause.
    let cur = found;
    for (let n = 0; n < MAX_REPORTS_PER_SENTENCE; n++) {
      const next = nextReport(tokens, text, cur, b, idx, inQuote);
      if (!next) break;
      out.push(next.first);
      cur = next.second;
    }
    out.push(cur);
  });
  return out;
}

const MAX_REPORTS_PER_SENTENCE = 3;
/** Words that may open a second report's subject after a clause boundary ("…, while 92% said …"). */
const GROUP_SUBJECTS = new Set([
  'analysts',
  'critics',
  'officials',
  'experts',
  'economists',
  'observers',
  'campaigners',
  'supporters',
  'opponents',
  'residents',
  'others',
  'many',
  'some',
]);
const SECOND_SUBJECT_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'of', "'s", '’s', '%']);
const MAX_SECOND_SUBJECT = 7;
const MAX_PARTICIPLE_NAME = 4;
const MAX_PARENTHETICAL = 5;
const MAX_SHARED_SUBJECT = 5;
/** Words of the subject after an inverted tail cue ("…, said the deputy foreign minister of Ruritania"). */
const MAX_INVERTED_SUBJECT = 8;
/** Words that open a subordinate clause holding its own subject ("although critics have said …"). */
const SUBORDINATORS = new Set([
  'although',
  'though',
  'while',
  'whereas',
  'because',
  'since',
  'when',
  'after',
  'before',
]);

/** "Tory Liam Fox", "he", "92%", "the chief executive", "analysts": a subject between a boundary and a verb. */
function isSubjectPhrase(tokens: readonly Token[], s: number, e: number): boolean {
  if (e <= s || e - s > MAX_SECOND_SUBJECT) return false;
  if (e - s === 1 && PRONOUN_SUBJECTS.has(tokens[s]!.lower)) return true;
  let content = false;
  for (let i = s; i < e; i++) {
    const t = tokens[i]!;
    if (AUXILIARIES.has(t.lower) || t.lower === 'also') continue;
    if (t.cap || ROLE_HEADS.has(t.lower) || GROUP_SUBJECTS.has(t.lower) || /^\d/.test(t.text)) content = true;
    else if (!secondaryOk(t)) return false;
  }
  return content;
}

function secondaryOk(t: Token): boolean {
  return SECOND_SUBJECT_WORDS.has(t.lower) || /^[()]$/.test(t.text);
}

/**
 * A second reporting verb inside a reported clause: coordinated with the same subject ("said A and stressed
 * that B", "…, but suggested B") or with its own subject after a boundary ("…, but Tory Jo Doe said B",
 * "…, while 92% said B", "before X said A, Y insisted B"). Splits the clause; the second report continues.
 */
function nextReport(
  tokens: readonly Token[],
  text: string,
  cur: ReportedCandidate,
  b: number,
  sentence: number,
  inQuote: Uint8Array,
): { first: ReportedCandidate; second: ReportedCandidate } | null {
  for (let k = cur.clauseStart + 2; k < cur.clauseEnd; k++) {
    const t = tokens[k]!;
    if (inQuote[k] || !t.isWord) continue;
    const verb =
      REPORTING_VERBS.has(t.lower) ||
      PLURAL_VERBS.has(t.lower) ||
      (/^(pointed|points)$/.test(t.lower) && tokens[k + 1]?.lower === 'out');
    if (!verb) continue;
    // Walk back to the boundary: a conjunction or comma, over an optional subject.
    let j = k - 1;
    while (j > cur.clauseStart && (AUXILIARIES.has(tokens[j]!.lower) || tokens[j]!.lower === 'also')) j--;
    const coordinated = /^(and|but)$/.test(tokens[j]!.lower);
    let boundary = -1;
    if (coordinated) boundary = j;
    else {
      for (let m = j; m > cur.clauseStart && k - m <= MAX_SECOND_SUBJECT + 1; m--) {
        const w = tokens[m]!;
        if (w.text === ',' || /^(but|while|whereas)$/.test(w.lower)) {
          if (isSubjectPhrase(tokens, m + 1, j + 1)) boundary = m;
          break;
        }
      }
    }
    if (boundary < 0) continue;
    const second = leading(tokens, text, boundary, b, sentence, inQuote, k);
    if (!second || second.cue.start !== k) continue;
    // The first clause ends before the boundary (and a comma or conjunction right before it).
    let end = boundary;
    while (
      end > cur.clauseStart &&
      (tokens[end - 1]!.text === ',' || /^(and|but)$/.test(tokens[end - 1]!.lower))
    )
      end--;
    const [cs, ce] = trimClause(tokens, cur.clauseStart, end);
    // "told the court that in the aftermath, a lawyer had told her …": a report nested in the clause.
    if (words(tokens, cs, ce) < MIN_THAT_CLAUSE_WORDS || !hasFiniteVerb(tokens, cs, ce)) return null;
    const first = { ...cur, clauseStart: cs, clauseEnd: ce };
    return {
      first,
      second: coordinated
        ? { ...second, npStart: cur.npStart, npEnd: cur.npEnd, npMode: cur.npMode }
        : second,
    };
  }
  return null;
}

/**
 * "The tone, said Mr Milburn, would be …", "Whether he would stay, he said, was a matter for others.": the
 * attribution interrupts the reported sentence between commas.
 */
function parenthetical(
  tokens: readonly Token[],
  a: number,
  b: number,
  sentence: number,
  inQuote: Uint8Array,
): ReportedCandidate | null {
  if (QUOTE_MARKS.has(tokens[a]!.text)) return null;
  for (let i = a + 1; i < b - 4; i++) {
    if (tokens[i]!.text !== ',' || inQuote[i]) continue;
    let close = -1;
    for (let j = i + 2; j < b && j - i <= MAX_PARENTHETICAL + 1; j++) {
      if (tokens[j]!.text === ',') {
        close = j;
        break;
      }
      if (!tokens[j]!.isWord || inQuote[j]) break;
    }
    if (close < 0) continue;
    // Either "said NP" or "NP said" between the commas.
    const cueFirst = REPORTING_VERBS.has(tokens[i + 1]!.lower);
    const k = cueFirst ? i + 1 : close - 1;
    if (!REPORTING_VERBS.has(tokens[k]!.lower)) continue;
    const [npStart, npEnd] = cueFirst ? [k + 1, close] : [i + 1, k];
    if (!isSubjectPhrase(tokens, npStart, npEnd)) continue;
    // hasFiniteVerb looks from its second token, so start it at the closing comma.
    if (words(tokens, a, i) < 1 || !hasFiniteVerb(tokens, close, b)) continue;
    const [cs, ce] = trimClause(tokens, a, b);
    if (words(tokens, close + 1, ce) < MIN_THAT_CLAUSE_WORDS || hasQuoteMark(tokens, cs, ce)) continue;
    return {
      kind: 'indirect',
      cue: { start: k, end: k + 1, text: tokens[k]!.text },
      npStart,
      npEnd,
      npMode: cueFirst ? 'first' : 'last',
      clauseStart: cs,
      clauseEnd: ce,
      sentence,
    };
  }
  return null;
}

function accordingTo(
  tokens: readonly Token[],
  text: string,
  a: number,
  b: number,
  sentence: number,
  inQuote: Uint8Array,
): ReportedCandidate | null {
  for (let i = a; i < b - 1; i++) {
    if (tokens[i]!.lower !== 'according' || tokens[i + 1]!.lower !== 'to' || inQuote[i]) continue;
    const cue = cueAt(tokens, text, i, b);
    if (!cue) continue;
    let npEnd = cue.end;
    while (npEnd < b && tokens[npEnd]!.text !== ',' && tokens[npEnd]!.text !== '.') npEnd++;
    // "According to X, <clause>." or "<clause>, according to X."
    const leading = i === a || (i === a + 1 && !tokens[a]!.isWord);
    if (!leading && tokens[i - 1]!.text !== ',') continue;
    // "The figures, according to X, point to …": the attribution interrupts the sentence.
    const mid =
      !leading && tokens[npEnd]?.text === ',' && words(tokens, npEnd + 1, b) >= MIN_THAT_CLAUSE_WORDS;
    const [cs, ce] = leading
      ? trimClause(tokens, npEnd, b)
      : mid
        ? trimClause(tokens, a, b)
        : trimClause(tokens, a, i - 1);
    // "According to X, Exxon "were not planning to bid"": a partial quotation is fine, a whole one is direct.
    const [ra, rb] = leading ? [npEnd + 1, b] : mid ? [a, b] : [a, i - 1];
    if (
      words(tokens, cs, ce) < MIN_CLAUSE_WORDS ||
      quotedAtEdge(tokens, ra, rb) ||
      wholeQuote(tokens, cs, ce)
    )
      return null;
    return {
      kind: 'indirect',
      cue,
      npStart: cue.end,
      npEnd,
      npMode: 'first',
      clauseStart: cs,
      clauseEnd: ce,
      sentence,
    };
  }
  return null;
}

const FIRST_SECOND_PERSON = new Set([
  'i',
  'we',
  'me',
  'us',
  'my',
  'our',
  'ours',
  'you',
  'your',
  "i'm",
  "we're",
  "i've",
  "we've",
]);

/** The clause [a, b) speaks in the first or second person. */
function speaksAsSelf(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (FIRST_SECOND_PERSON.has(tokens[i]!.lower)) return true;
  return false;
}

/** "…, the minister pointed out." / "…, said Sherman." */
function tail(
  tokens: readonly Token[],
  text: string,
  a: number,
  b: number,
  sentence: number,
  inQuote: Uint8Array,
): ReportedCandidate | null {
  let comma = -1;
  for (let i = b - 1; i > a && b - i <= MAX_TAIL_TOKENS; i--) {
    if (tokens[i]!.text === ',') {
      comma = i;
      break;
    }
  }
  if (comma < 0 || inQuote[comma]) return null;
  let end = b;
  // "…, says Tim Dams, the news editor of Screen International.": an appositive after an inverted subject;
  // the tail starts at the comma before the cue and its subject ends at the appositive's comma.
  const inverted = invertedBeforeAppositive(tokens, a, comma);
  if (inverted >= 0) {
    end = comma;
    comma = inverted;
  }
  // A clause that opens or closes with a quotation mark is a direct quote; marks inside it are a partial
  // quotation within reported speech ("Everyone saw the "sweeteners", but …, he said").
  if (quotedAtEdge(tokens, a, comma)) return null;
  while (end > comma && !tokens[end - 1]!.isWord) end--;
  for (let k = comma + 1; k < end; k++) {
    const w = tokens[k]!.lower;
    // "…, analysts argue.": plural present forms report speech after the clause too.
    // "…, say industry experts." too: the plural verb may open the tail.
    const plural = PLURAL_VERBS.has(w);
    // "…, the minister was quoted (reported) as saying (by Interfax).": the subject stands before "was".
    const passive = QUOTING.test(w) && PASSIVE_AUX.has(tokens[k - 1]!.lower) && k - 1 > comma + 1;
    // "…, the New York Times reports.": an outlet reporting a clause with no speech verb of its own.
    const outlet =
      /^(reports|reported)$/.test(w) && !passive && k > comma + 1 && !hasReportingVerb(tokens, a, comma);
    const cue =
      plural || outlet ? { start: k, end: k + 1, text: tokens[k]!.text } : cueAt(tokens, text, k, end);
    if (!cue || cue.quotedSpeaker) continue;
    // The tail's subject is a noun phrase: no quotation in it (`…, while X criticised "…" Tory promises`).
    if (hasQuoteMark(tokens, comma + 1, k)) return null;
    if (!REPORTING_VERBS.has(w) && !plural && !passive && !outlet && !/^(pointed|points|went)$/.test(w))
      continue;
    // Only adverbials may follow ("the minister said on Friday"), or the outlet after a passive ("by Interfax").
    let sourceStart = -1;
    // After a cue that opens the tail ("…, said the minister", "…, say industry experts") comes the subject.
    const cueOpens = k === comma + 1;
    for (let j = cue.end; j < end && !cueOpens; j++) {
      if (passive && j === cue.end && tokens[j]!.lower === 'by') {
        sourceStart = j + 1;
        break;
      }
      if (!TIME_WORDS.has(tokens[j]!.lower) && !tokens[j]!.cap) return null;
    }
    const cueFirst = cueOpens;
    // "…, Alan Milburn, Labour's election strategist told": a name in apposition opens the subject.
    const appositive = cueFirst ? -1 : appositiveName(tokens, a, comma);
    const clauseComma = appositive >= 0 ? appositive : comma;
    const [cs, ce] = trimClause(tokens, a, clauseComma);
    if (words(tokens, cs, ce) < MIN_CLAUSE_WORDS) return null;
    // The inverted subject is a short noun phrase, not a clause ("…, said the talks had been …").
    if (
      cueFirst &&
      (words(tokens, cue.end, end) > MAX_INVERTED_SUBJECT ||
        hasQuoteMark(tokens, cue.end, b) ||
        hasFiniteVerb(tokens, cue.end - 1, end) ||
        // "…, says the catalogue opens up …": a present-tense verb makes it a clause.
        range(cue.end + 1, end).some((j) => presentVerb(tokens[j]!)))
    )
      return null;
    return {
      // Verbatim words left without marks speak in the first or second person ("We are ready to talk, the
      // minister said"); a third-person clause is a paraphrase ("Sales fell, the BRC said").
      kind: speaksAsSelf(tokens, cs, ce) ? 'unmarked' : 'indirect',
      cue,
      npStart: cueFirst ? cue.end : clauseComma + 1,
      npEnd: cueFirst ? end : passive ? k - 1 : k,
      npMode: cueFirst ? 'first' : 'last',
      ...(sourceStart > 0 && sourceStart < end ? { source: { start: sourceStart, end } } : {}),
      clauseStart: cs,
      clauseEnd: ce,
      sentence,
    };
  }
  return null;
}

/** The comma before ", says Jo Doe," when the last comma of a sentence closes that inverted subject, or -1. */
function invertedBeforeAppositive(tokens: readonly Token[], a: number, comma: number): number {
  // The appositive is a noun phrase ("the news editor of …"), not a clause ("though work …").
  const next = tokens[comma + 1]?.lower ?? '';
  if (!/^(the|a|an)$/.test(next) && !ROLE_HEADS.has(next) && !ROLE_MODIFIERS.has(next)) return -1;
  for (let i = comma - 1; i > a && comma - i <= MAX_APPOSITIVE_NAME + 2; i--) {
    if (tokens[i]!.text !== ',') continue;
    const verb = tokens[i + 1]!;
    const name = tokens.slice(i + 2, comma);
    return /^(says|said)$/.test(verb.lower) && name.length > 0 && name.every((t) => t.cap && t.isWord)
      ? i
      : -1;
  }
  return -1;
}

const MAX_APPOSITIVE_NAME = 4;

/** Start of a short capitalised name that ends at `comma` and opens the clause or follows a comma, or -1. */
function nameBeforeComma(tokens: readonly Token[], a: number, comma: number): number {
  let i = comma - 1;
  while (i >= a && comma - i <= MAX_APPOSITIVE_NAME && tokens[i]!.isWord && tokens[i]!.cap) i--;
  if (i === comma - 1) return -1;
  return i < a || tokens[i]!.text === ',' ? i + 1 : -1;
}

/** The comma before a short capitalised name that ends at `comma` (", Alan Milburn,"), or -1. */
function appositiveName(tokens: readonly Token[], a: number, comma: number): number {
  const start = nameBeforeComma(tokens, a, comma);
  return start - 1 > a && tokens[start - 1]!.text === ',' ? start - 1 : -1;
}

/** A lowercase third-person present verb ("opens", "wants"), not a plural noun. */
function presentVerb(t: Token): boolean {
  if (t.cap || !/s$/.test(t.lower)) return false;
  const tags = lexiconTags(t.lower);
  return tags.includes('PresentTense') && !tags.includes('Plural');
}

function hasReportingVerb(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (REPORTING_VERBS.has(tokens[i]!.lower)) return true;
  return false;
}

/** Participles of "was quoted as saying", "is reported as saying". */
const QUOTING = /^(quoted|reported)$/;

/** "Sherman said (on Friday) (that) the talks were useful." */
function leading(
  tokens: readonly Token[],
  text: string,
  a: number,
  b: number,
  sentence: number,
  inQuote: Uint8Array,
  from = a + 1,
): ReportedCandidate | null {
  for (let k = Math.max(a + 1, from); k < b; k++) {
    const t = tokens[k]!;
    // "He was quoted (reported) as saying (that) …": the subject stands before "was".
    const passive = QUOTING.test(t.lower) && PASSIVE_AUX.has(tokens[k - 1]?.lower ?? '');
    const outlet = t.lower === 'quoted' && !passive;
    const plural = PLURAL_VERBS.has(t.lower);
    const pointedOut = /^(pointed|points)$/.test(t.lower) && tokens[k + 1]?.lower === 'out';
    // "X went on to say (that) …"
    const wentOn =
      t.lower === 'went' &&
      tokens[k + 1]?.lower === 'on' &&
      tokens[k + 2]?.lower === 'to' &&
      tokens[k + 3]?.lower === 'say';
    if (
      inQuote[k] ||
      !t.isWord ||
      !(REPORTING_VERBS.has(t.lower) || plural || passive || outlet || pointedOut || wentOn)
    )
      continue;
    // "Mr Hain has warned that …", "economists have said …": the subject stands before the auxiliary.
    let p = passive ? k - 2 : k - 1;
    while (p > a && AUXILIARIES.has(tokens[p]!.lower) && !passive) p--;
    const prev = tokens[p];
    if (!prev) continue;
    // "… and said the powers would …", "…, but said he would not …": the verb shares the sentence's subject.
    const coordinated = /^(and|but)$/.test(prev.lower) && !plural && !inQuote[p];
    // "the Forum (MMF), who say …": a relative pronoun after a comma; its antecedent is the speaker.
    const relative = RELATIVES.has(prev.lower) && /^[,)]$/.test(tokens[p - 1]?.text ?? '') && p - 1 > a;
    // "It added that …": a sentence-initial "it" is an organisation speaking.
    const itSubject = prev.lower === 'it' && (p === a || /^(but|and|however)$/.test(tokens[p - 1]!.lower));
    if (
      (NOT_SUBJECT_ENDS.has(prev.lower) && !coordinated && !itSubject && !relative) ||
      (RELATIVES.has(prev.lower) && !relative) ||
      // A subject closed by a comma or dash may carry a long appositive ("the chairman of X, which …, said").
      k - clauseStartBefore(tokens, a, k) >
        MAX_NP_BEFORE_CUE + (/^[-–—,)]$/.test(tokens[k - 1]!.text) || relative ? 16 : 8) ||
      isNounUse(prev)
    )
      continue;
    // "Mr Mallon's claim that …", "the claim": after a possessive or determiner the word is a noun.
    if (plural && /^('s|’s|the|a|an|his|her|its|their|this|that)$/.test(tokens[k - 1]!.lower)) continue;
    const cue = plural
      ? { start: k, end: k + 1, text: t.text }
      : wentOn
        ? { start: k, end: k + 4, text: text.slice(t.start, tokens[k + 3]!.end) }
        : cueAt(tokens, text, k, b);
    if (!cue || (cue.quotedSpeaker && passive)) continue;
    let c = cue.end;
    // "warned the pressure is mounting": what looked like an object is the clause's subject.
    if (cue.end > k + 1 && !cue.quotedSpeaker && FINITE_WORDS.has(tokens[cue.end]?.lower ?? '')) c = k + 1;
    // "said, by 2008, he wanted …": a short adverbial between commas.
    if (tokens[c]?.text === ',') {
      for (let j = c + 1; j < b && j - c <= MAX_GAP_BEFORE_THAT; j++) {
        const w = tokens[j]!;
        if (w.text === ',' && j > c + 1) {
          c = j + 1;
          break;
        }
        if (!(PREPOSITIONS.has(w.lower) || TIME_WORDS.has(w.lower) || w.cap || /^\d/.test(w.text))) break;
      }
    }
    // Skip a short adverbial up to "that" ("said in a statement (that)", "said on Friday (that)").
    for (let j = c; j < b && j - c <= MAX_GAP_BEFORE_THAT; j++) {
      if (tokens[j]!.lower === 'that') {
        c = j + 1;
        break;
      }
      if (!TIME_WORDS.has(tokens[j]!.lower) && !tokens[j]!.cap) {
        // ("says this year's increases will be …": a possessive makes the time phrase the clause's subject.)
        if (j > c && ADVERBIAL_ENDS.has(tokens[j - 1]!.lower) && !/^['’]s$/.test(tokens[j]!.text)) c = j;
        break;
      }
    }
    // "told reporters in the German capital that …": a prepositional phrase before "that", or before a
    // pronoun subject after a name ("told the court in Santa Maria she was hired …").
    if (tokens[c - 1]?.lower !== 'that' && PREPOSITIONS.has(tokens[c]?.lower ?? '')) {
      let j = c;
      while (
        j < b &&
        j - c <= MAX_PREP_GAP &&
        tokens[j]!.lower !== 'that' &&
        tokens[j]!.isWord &&
        !(PRONOUN_SUBJECTS.has(tokens[j]!.lower) && tokens[j - 1]!.cap && j > c + 1)
      )
        j++;
      if (tokens[j]?.lower === 'that') c = j + 1;
      else if (PRONOUN_SUBJECTS.has(tokens[j]?.lower ?? '') && j < b) c = j;
      else continue;
    }
    // "said that, if in government, he would …": a parenthetical right after "that".
    if (tokens[c - 1]?.lower === 'that' && tokens[c]?.text === ',') {
      const close = range(c + 1, Math.min(b, c + MAX_GAP_BEFORE_THAT + 2)).find(
        (j) => tokens[j]!.text === ',',
      );
      if (close !== undefined && close > c + 1) c = close + 1;
    }
    const next = tokens[c];
    // `said "our town" was being ruined`: a partial quotation may open the clause, a whole one may not.
    const partial = next !== undefined && QUOTE_MARKS.has(next.text) && !wholeQuote(tokens, c, b);
    // `"…," he said, but added that …`: a cue with no clause of its own; a later one may have one.
    if (!partial && next?.text === ',' && !inQuote[c]) continue;
    if (!partial && (!next?.isWord || QUOTE_MARKS.has(next.text))) return null;
    const withThat = tokens[c - 1]?.lower === 'that';
    // "said in a statement: "…"": a direct quotation follows, not reported speech.
    if (hasColonBeforeQuote(tokens, c, Math.min(b, c + 6))) return null;
    if (
      !withThat &&
      (!(BARE_CLAUSE_VERBS.has(t.lower) || plural || wentOn || PRONOUN_SUBJECTS.has(next.lower)) ||
        !hasFiniteVerb(
          tokens,
          c,
          b,
          /^(said|says|told|tells)$/.test(t.lower) ? MAX_FINITE_SEARCH_AFTER_SAID : MAX_FINITE_SEARCH,
        ))
    )
      continue;
    if (/^(it|so|this|nothing|something|yes|no|goodbye)$/.test(next.lower) && tokens[c + 1]?.text === '.')
      return null;
    const [cs, ce] = trimClause(tokens, c, b);
    const minWords = withThat ? MIN_THAT_CLAUSE_WORDS : MIN_CLAUSE_WORDS;
    if (words(tokens, cs, ce) < minWords || wholeQuote(tokens, cs, ce)) return null;
    // The subject: from the last comma/dash before the cue (skipping a parenthetical) back to the sentence start.
    let npStart = a;
    let subjectEndOverride = k;
    const subjectLimit = relative ? p - 1 : k;
    for (let j = subjectLimit - 1; j >= a; j--) {
      const x = tokens[j]!.text;
      if ((x === ',' && !numberComma(tokens, j)) || x === ';' || x === ':') {
        npStart = j + 1;
        break;
      }
    }
    // "Matt Williams, a fund manager at Perpetual Trustees said …", "Ann Simpson, marketing manager at Snappy
    // Snaps believes …": an unclosed appositive after the name.
    const roleAppositive =
      /^(a|an|the)$/.test(tokens[npStart]?.lower ?? '') &&
      range(npStart, k).some((j) => ROLE_HEADS.has(tokens[j]!.lower));
    if (npStart > a && (roleAppositive || affiliationAt(tokens, npStart - 1))) {
      const nameStart = nameBeforeComma(tokens, a, npStart - 1);
      if (nameStart >= 0) npStart = nameStart;
    }
    // "Mr Galloway, who on Thursday won damages from the Telegraph said …": a relative clause left unclosed
    // before the cue; its antecedent is the subject.
    let unclosedRelative = false;
    if (!relative && RELATIVES.has(tokens[npStart]?.lower ?? '') && npStart - 1 > a) {
      unclosedRelative = true;
      const antecedentEnd = npStart - 1;
      let j = antecedentEnd - 1;
      while (j >= a && !/^[,;:]$/.test(tokens[j]!.text)) j--;
      npStart = j + 1;
      subjectEndOverride = antecedentEnd;
    }
    // "IBM backed Linux although critics have said …": the subject follows a subordinator.
    for (let j = npStart; j < p; j++) if (SUBORDINATORS.has(tokens[j]!.lower)) npStart = j + 1;
    let npEnd = unclosedRelative ? subjectEndOverride : relative ? p - 1 : passive ? k - 1 : k;
    if (!relative && /^[-–—,]$/.test(prev.text)) {
      // "Mr Herron - who … - said": the subject precedes the parenthetical.
      let j = p - 1;
      while (j > a && !/^[-–—,]$/.test(tokens[j]!.text)) j--;
      // "UKIP's leader, Roger Knapman, has said", "Manufacturers' body, the EEF, said": a capitalised
      // appositive is the name itself.
      const named = tokens[j + 1]!.lower === 'the' ? tokens[j + 2] : tokens[j + 1];
      const appositive = j > a && Boolean(named?.cap) && !RELATIVES.has(tokens[j + 1]!.lower);
      npEnd = appositive ? p : j;
      npStart = a;
    }
    if (coordinated) {
      npStart = a;
      npEnd = subjectEnd(tokens, a, k);
      // `"…," he said, but added …`: the subject of the verb before the conjunction.
      const shared = npEnd > npStart ? null : sharedSubject(tokens, a, p);
      if (shared) [npStart, npEnd] = shared;
    }
    const quoted = cue.quotedSpeaker;
    if (quoted) {
      // "RIA Novosti quoted him as saying that …": the speaker is "him", the outlet the source.
      return {
        kind: 'indirect',
        cue,
        npStart: quoted.start,
        npEnd: quoted.end,
        npMode: 'first',
        source: { start: npStart, end: npEnd },
        clauseStart: cs,
        clauseEnd: ce,
        sentence,
      };
    }
    return {
      kind: 'indirect',
      cue,
      npStart,
      npEnd,
      npMode: 'last',
      clauseStart: cs,
      clauseEnd: ce,
      sentence,
    };
  }
  return null;
}
