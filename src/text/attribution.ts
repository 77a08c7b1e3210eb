/**
 * Attribution of a direct quotation from its own sentence: after the closing mark
 * (`"…," said Sherman.` / `"…," Ryabkov said.` / `"…," RIA Novosti quoted him as saying.`) or
 * before the opening mark (`Sherman said: "…"` / `According to X, "…"`).
 */
import { affiliationAt, mainClauseStart, skipSubjectOpeners } from './clauses.js';
import { type Cue, cueAt, REPORTING_VERBS } from './cues.js';
import type { FieldDoc } from './document.js';
import { hasTag, lexiconTags } from './lexicon.js';
import { QUOTE_MARKS, type QuoteSpan } from './quote-marks.js';
import { range } from './range.js';
import { hasFiniteVerb, reportingClauseBefore, subjectEnd } from './reported-speech.js';
import { isRoleHead, PERSONAL_HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from './roles.js';
import type { Resolution, SpeakerResolver } from './speakers.js';
import type { Token } from './tokenize.js';

const MAX_POST_TOKENS = 24;
const MAX_POST_CUE_OFFSET = 18;
const MAX_PRE_TOKENS = 30;
const STOPS = new Set(['.', '!', '?', ';']);
const SUBJECT_WINDOW = 5;
const LONG_SUBJECT_WINDOW = 14;
/** Words after a next-sentence cue that still read as an adverbial ("said of the talks on Monday"). */
const MAX_ATTRIBUTION_TAIL = 6;
/** Third-person cue forms that read as plural nouns after a modifier ("Tory promises", "the claims"). */
const NOUN_LIKE_CUES = new Set([
  'promises',
  'claims',
  'demands',
  'comments',
  'remarks',
  'hints',
  'notes',
  'states',
]);
const CLAUSE_STARTERS = new Set([
  'but',
  'and',
  'as',
  'while',
  'because',
  'although',
  'which',
  'who',
  'when',
  // `a "tough meeting" where senior Tories argued`: a relative clause about the quoted thing.
  'where',
  'if',
  'so',
  'that',
  'of',
  'to',
  'in',
  'for',
  'on',
  'with',
  'from',
  'by',
  'at',
  'is',
  'was',
  'were',
  'are',
  'has',
  'have',
  'had',
]);

export interface Attribution {
  readonly resolution: Resolution;
  readonly cue: Cue;
  /** The outlet for "X quoted him as saying". */
  readonly source: string | null;
  /** Cue right against the quotation (`said: "` or `," he said`). */
  readonly adjacent: boolean;
}

/** The clause from i is a short subject and its reporting verb, ending the sentence ("Mihir Desai said."). */
function endsOnReportingVerb(tokens: readonly Token[], i: number): boolean {
  let e = i;
  while (e < tokens.length && e - i < MAX_POST_TOKENS && !isBoundary(tokens[e]!)) e++;
  return e > i + 1 && tokens[e]?.text === '.' && REPORTING_VERBS.has(tokens[e - 1]!.lower);
}

/** What a body's written words are read from: `"…," a BBC statement read.` */
const READ_FROM = new Set(['statement', 'letter', 'message', 'note', 'notice', 'post', 'email', 'e-mail']);

/**
 * `"Prince returned to centre stage," the magazine reported.`, `"…," a BBC statement read.`: "reported", or
 * "read" after a written statement, that ends the sentence after a quotation which opened it attributes that
 * quotation. (Not `damage will be "significant", AFP reported`, where the outlet reports what someone named
 * before the quotation said, nor "is reported to be", nor "they reported she was".)
 */
function closingCue(doc: FieldDoc, q: QuoteSpan, i: number, k: number): Cue | null {
  const { tokens } = doc;
  const verb = tokens[k]!;
  if (k === i) return null;
  const reported = verb.lower === 'reported' || verb.lower === 'reports';
  const read = (verb.lower === 'read' || verb.lower === 'reads') && READ_FROM.has(tokens[k - 1]!.lower);
  if (!(reported || read) || tokens[k + 1]?.text !== '.') return null;
  const opener = doc.sentences[doc.sentenceOf[q.open]!]!.tokenStart;
  if (opener !== q.open && !tokens[q.open]!.newlineBefore) return null;
  return { start: k, end: k + 1, text: verb.text };
}

function isBoundary(t: Token): boolean {
  return STOPS.has(t.text) || QUOTE_MARKS.has(t.text) || t.newlineBefore;
}

export function sourceOf(doc: FieldDoc, resolver: SpeakerResolver, a: number, b: number): string | null {
  if (b <= a) return null;
  const r = resolver.resolve(doc, a, b, 'last');
  if (r.entity) return r.entity.name;
  const text = doc.text.slice(doc.tokens[a]!.start, doc.tokens[b - 1]!.end).trim();
  return text || null;
}

function withQuoted(
  doc: FieldDoc,
  resolver: SpeakerResolver,
  cue: Cue,
  npStart: number,
  adjacent: boolean,
): Attribution {
  const q = cue.quotedSpeaker!;
  return {
    resolution: resolver.resolve(doc, q.start, q.end, 'first'),
    cue,
    source: sourceOf(doc, resolver, npStart, cue.start),
    adjacent,
  };
}

/** `"…," said Sherman.` and friends. */
export function attributeAfter(doc: FieldDoc, q: QuoteSpan, resolver: SpeakerResolver): Attribution | null {
  const { tokens, text } = doc;
  if (q.close < 0) return null;
  let i = q.after;
  // A quotation that ended its sentence (`…." However, …`): a capitalised word starts a new sentence.
  const lastInner = tokens[q.close - 1];
  // (But `"…go against the movie?" Mr Kashyap's lawyer Mihir Desai said.`: after a question or an exclamation,
  // a short clause that ends on its reporting verb is the attribution.)
  if (lastInner && /^[.!?]$/.test(lastInner.text) && tokens[i]?.cap) {
    if (lastInner.text === '.' || !endsOnReportingVerb(tokens, i)) return null;
  }
  while (
    i < tokens.length &&
    (tokens[i]!.text === ',' || tokens[i]!.text === '-' || tokens[i]!.text === '–') &&
    !tokens[i]!.newlineBefore
  )
    i++;
  if (i >= tokens.length || tokens[i]!.newlineBefore) return null;
  // `"…" in 2005, said Kurt Karl.`, `"…" to boost the market, Mr Weise added.`: the quoted clause runs on
  // for a few words before the attribution that ends the sentence.
  const runOn = RUN_ON_STARTERS.has(tokens[i]!.lower) ? runOnAttribution(doc, i) : -1;
  if (runOn >= 0) i = runOn;
  // "…" but he said …: a new clause, not an attribution of the quotation.
  else if (CLAUSE_STARTERS.has(tokens[i]!.lower)) return null;
  let e = i;
  while (e < tokens.length && e - i < MAX_POST_TOKENS && !isBoundary(tokens[e]!)) e++;
  // `"extravagant" Tory promises`: without a comma at the mark, an -s word that is also a plural noun is one.
  const commaAtMark = tokens[q.close - 1]?.text === ',' || tokens[q.after]?.text === ',';
  for (let k = i; k < e && k - i <= MAX_POST_CUE_OFFSET; k++) {
    let cue = cueAt(tokens, text, k, e) ?? closingCue(doc, q, i, k);
    if (!cue) continue;
    // (`"knew" Kenteris was in Germany when he was alleged to have missed a test`: hearsay in the passive
    // reports no one's words.)
    if (!commaAtMark && PASSIVE_AUX.test(tokens[k - 1]?.lower ?? '') && tokens[cue.end]?.lower === 'to')
      return null;
    if (!commaAtMark && NOUN_LIKE_CUES.has(tokens[k]!.lower)) return null;
    if (cue.quotedSpeaker) return withQuoted(doc, resolver, cue, i, true);
    // `declared himself "delighted", saying Mr Jackson would …`: a participle has no inverted subject; it
    // shares the subject of the sentence before the quotation.
    if (cue.start === i && /ing$/.test(tokens[i]!.lower) && tokens[i]!.lower !== 'according') return null;
    if (cue.start === i) {
      // "said Sherman", "said Mr Smith, chief executive of X"
      let npEnd = cue.end;
      while (npEnd < e && tokens[npEnd]!.text !== ',') npEnd++;
      // "said EEF chief economist, Steve Radley": a capitalised appositive after a role is the name.
      // (`"…," warns Baroness Greenfield`: an inverted verb's "object" is its subject.)
      const inverted =
        cue.end > i + 1 && tokens[i + 1]!.cap ? resolver.resolve(doc, i + 1, npEnd, 'first') : null;
      const first = inverted?.entity ? inverted : resolver.resolve(doc, cue.end, npEnd, 'first');
      if (inverted?.entity) cue = { start: i, end: i + 1, text: tokens[i]!.text };
      // A role may match someone else named earlier, so a named appositive wins over it.
      // ("said BA director of commercial planning, Robert Boyle": the body named in the role is no rival.)
      if (
        tokens[npEnd]?.text === ',' &&
        tokens[npEnd + 1]?.cap &&
        (first.via !== 'name' || first.entity?.type !== 'person')
      ) {
        let end2 = npEnd + 1;
        while (end2 < e && tokens[end2]!.text !== ',') end2++;
        // ("said the director behind JFK, Platoon and Wall Street": a list goes on, no appositive.)
        const list = range(npEnd + 1, end2).some((k) => tokens[k]!.lower === 'and');
        const named = list ? null : resolver.resolve(doc, npEnd + 1, end2, 'first');
        if (named?.entity?.type === 'person') return { resolution: named, cue, source: null, adjacent: true };
      }
      return {
        resolution: first,
        cue,
        source: null,
        adjacent: true,
      };
    }
    if (cue.text.toLowerCase().startsWith('according')) {
      let npEnd = cue.end;
      while (npEnd < e && tokens[npEnd]!.text !== ',') npEnd++;
      return {
        resolution: resolver.resolve(doc, cue.end, npEnd, 'first'),
        cue,
        source: null,
        adjacent: true,
      };
    }
    // `"…" between the two parties, she added.`: the subject right before the cue, after the last comma.
    let comma = -1;
    for (let m = cue.start - 1; m > i; m--) {
      if (tokens[m]!.text === ',') {
        comma = m;
        break;
      }
    }
    // (`"…" Jo Doe, from the CEA, told`: an affiliation is no clause; the subject is before it.)
    // (`"…," Adam Hume, the BBC's futurologist told`: a name right after the quotation, then its appositive.)
    const at = resolver.entitiesAt(doc);
    const named =
      at[comma - 1]?.type === 'person' &&
      range(i, comma).every((m) => at[m] === at[comma - 1] || PERSONAL_HONORIFICS.has(tokens[m]!.lower)) &&
      /^(the|a|an)$/.test(tokens[comma + 1]?.lower ?? '');
    if (comma > i && comma < cue.start - 1 && !affiliationAt(tokens, comma) && !named) {
      const subject = resolver.resolve(doc, comma + 1, cue.start, 'last');
      if (subject.entity) return { resolution: subject, cue, source: null, adjacent: true };
    }
    // "Ryabkov said", "the deputy minister told reporters", "Jo Bloggs, chief executive of X, said".
    // (`"…," he was due to say`: the subject is before the verb's auxiliaries.)
    let subjectEnd = cue.start;
    while (subjectEnd > i + 1 && CUE_AUXILIARIES.has(tokens[subjectEnd - 1]!.lower)) subjectEnd--;
    return { resolution: resolver.resolve(doc, i, subjectEnd, 'first'), cue, source: null, adjacent: true };
  }
  return null;
}

/** Words between a subject and its speech verb: "was due to say", "is expected to tell", "will later add". */
const CUE_AUXILIARIES = new Set(
  'to due expected set going about was is were are will would could may might should shall has have had be been later also then'.split(
    ' ',
  ),
);

const MAX_RUN_ON = 8;
/** Prepositions that carry the quoted clause on past its closing mark ("… in 2005", "… to boost the market"). */
const RUN_ON_STARTERS = new Set(['in', 'to', 'for', 'on', 'with', 'from', 'by', 'at', 'of']);
const MAX_RUN_ON_ATTRIBUTION = 4;

/**
 * After a quotation: the start of an attribution that ends the sentence after a short run-on of the quoted
 * clause and a comma ("in 2005, said Kurt Karl."), or -1.
 */
function runOnAttribution(doc: FieldDoc, i: number): number {
  const { tokens, text } = doc;
  const s = doc.sentences[doc.sentenceOf[i]!]!;
  for (let k = i + 1; k < Math.min(s.tokenEnd, i + MAX_RUN_ON); k++) {
    const t = tokens[k]!;
    if (QUOTE_MARKS.has(t.text) || STOPS.has(t.text)) return -1;
    if (t.text !== ',') continue;
    let end = s.tokenEnd;
    while (end > k && !tokens[end - 1]!.isWord) end--;
    // The cue comes within the attribution's first words ("said Kurt Karl, economist at …", "Mr Weise added").
    for (let j = k + 1; j < Math.min(end, k + 1 + MAX_RUN_ON_ATTRIBUTION); j++) {
      const cue = cueAt(tokens, text, j, end);
      if (cue && REPORTING_VERBS.has(tokens[j]!.lower)) return k + 1;
    }
    return -1;
  }
  return -1;
}

/** Verbs that end the source named after "according to" ("according to Jo Doe is "…""). */
const AFTER_SOURCE = new Set(['is', 'was', 'are', 'were', 'will', 'would', 'has', 'had', 'have']);

/** `Sherman said: "…"`, `He told the BBC: "…"`, `RIA Novosti quoted him as saying "…"`. */
export function attributeBefore(
  doc: FieldDoc,
  q: QuoteSpan,
  resolver: SpeakerResolver,
  floor: number,
): Attribution | null {
  const { tokens, text } = doc;
  let end = q.open;
  let from = Math.max(floor, end - MAX_PRE_TOKENS);
  // A quotation opening a paragraph after "He said:" attributes across the break.
  if (tokens[q.open]!.newlineBefore && tokens[q.open - 1]?.text === ':') {
    end = q.open;
    from = Math.max(0, doc.sentences[doc.sentenceOf[q.open - 1]!]!.tokenStart, end - MAX_PRE_TOKENS);
  } else {
    for (let k = end - 1; k >= from; k--) {
      const t = tokens[k]!;
      if (STOPS.has(t.text) || QUOTE_MARKS.has(t.text) || t.newlineBefore) {
        from = t.newlineBefore && !QUOTE_MARKS.has(t.text) && !STOPS.has(t.text) ? k : k + 1;
        break;
      }
    }
  }
  // The last cue in the window.
  for (let k = end - 1; k >= from; k--) {
    const cue = cueAt(tokens, text, k, end);
    if (!cue || cue.end > end) continue;
    const adjacent = end - cue.end <= 2;
    if (cue.quotedSpeaker) return withQuoted(doc, resolver, cue, from, adjacent);
    if (cue.text.toLowerCase().startsWith('according')) {
      let npEnd = cue.end;
      while (npEnd < end && tokens[npEnd]!.text !== ',' && !AFTER_SOURCE.has(tokens[npEnd]!.lower)) npEnd++;
      // ("a period that, according to Gartner analyst Jo Doe is "seldom strong"": the source's words follow a
      // verb right after the source.)
      const close = adjacent || (AFTER_SOURCE.has(tokens[npEnd]?.lower ?? '') && end - npEnd <= 2);
      return {
        resolution: resolver.resolve(doc, cue.end, npEnd, 'first'),
        cue,
        source: null,
        adjacent: close,
      };
    }
    // Passive agent: "was described by Jobs as "…"".
    if (tokens[cue.end]?.lower === 'by' && cue.end + 1 < end) {
      let npEnd = cue.end + 1;
      while (npEnd < end && tokens[npEnd]!.lower !== 'as' && tokens[npEnd]!.text !== ',') npEnd++;
      const agent = resolver.resolve(doc, cue.end + 1, npEnd, 'first');
      if (agent.entity) return { resolution: agent, cue, source: null, adjacent };
    }
    const agent = passiveAgent(doc, cue.start, q, resolver);
    if (agent?.entity) return { resolution: agent, cue, source: null, adjacent };
    // "He hinted at discontent …, and said: "…"": a coordinated verb shares the sentence's subject.
    if (/^(and|but)$/.test(tokens[cue.start - 1]?.lower ?? '') && cue.start - 1 > from) {
      // "US Customs claimed …, but his lawyer, Jo Doe, told … and added:": the clause after the contrast.
      for (let k = cue.start - 2; k > from; k--) {
        if (!/^(but|while|whereas|although|though)$/.test(tokens[k]!.lower)) continue;
        const clauseEnd = subjectEnd(tokens, k + 1, cue.start - 1);
        const subject = clauseEnd > k + 1 ? resolver.resolve(doc, k + 1, clauseEnd, 'last') : null;
        if (subject?.entity) return { resolution: subject, cue, source: null, adjacent };
        break;
      }
      // "In a statement on Thursday, Euronext said …, but added": the subject follows an introductory phrase.
      const subjStart = mainClauseStart(tokens, from, cue.start - 1);
      const subjEnd = subjectEnd(tokens, subjStart, cue.start - 1);
      if (subjEnd > subjStart) {
        const subject = resolver.resolve(doc, subjStart, subjEnd, 'last');
        if (subject.entity) return { resolution: subject, cue, source: null, adjacent };
      }
      // `He said "…" was being "…" and promised a "…"`: the window starts after a quotation, so the
      // shared subject opens the sentence.
      const s0 = doc.sentences[doc.sentenceOf[cue.start]!]!.tokenStart;
      const sEnd = s0 < from ? subjectEnd(tokens, s0, from) : s0;
      if (sEnd > s0) {
        const subject = resolver.resolve(doc, s0, sEnd, 'last');
        if (subject.entity) return { resolution: subject, cue, source: null, adjacent };
      }
    }
    // "Mr Blair has failed, he claimed, saying he has the "…"": a participle after a reporting clause set off by
    // commas shares that clause's subject, not the subject of the words it reports.
    const reporterAt = /ing$/.test(tokens[cue.start]!.lower)
      ? reportingClauseBefore(tokens, cue.start, from)
      : null;
    if (reporterAt) {
      const reporter = resolver.resolve(doc, reporterAt[0], reporterAt[1], 'last');
      if (reporter.entity) return { resolution: reporter, cue, source: null, adjacent };
    }
    // "Berlin welcomed it, with finance minister Jo Doe saying: "…"": the participle's subject follows "with".
    if (/ing$/.test(tokens[cue.start]!.lower)) {
      const withAt = withSubject(tokens, from, cue.start);
      const subject = withAt >= 0 ? resolver.resolve(doc, withAt + 1, cue.start, 'last') : null;
      if (subject?.entity) return { resolution: subject, cue, source: null, adjacent };
    }
    // "He insisted there was no plan for an invasion, saying: "…"": a participle's subject opens the clause.
    // `Jo Doe said they had a "scorching" from MPs, adding: "…"`: a window cut at a quotation still
    // takes the subject that opens the sentence.
    const s0 = QUOTE_MARKS.has(tokens[from - 1]?.text ?? '')
      ? doc.sentences[doc.sentenceOf[cue.start]!]!.tokenStart
      : from;
    // ("But he is not envious, insisting: "…"": the subject follows the sentence's opening "But".)
    const subjStart = skipSubjectOpeners(tokens, s0, cue.start);
    if (/ing$/.test(tokens[cue.start]!.lower) && cue.start > subjStart + 1) {
      const subjEnd = subjectEnd(tokens, subjStart, cue.start);
      const subject =
        subjEnd > subjStart && subjEnd < cue.start ? resolver.resolve(doc, subjStart, subjEnd, 'last') : null;
      // "Church ministers are trying to stop Jo Doe in Arkansas, saying": a generic subject leaves the
      // quotation unnamed, not given to a later object.
      if (subject?.entity || subject?.generic) return { resolution: subject, cue, source: null, adjacent };
    }
    // "He went on to say: "…"", "Jo Doe was quick to add": the subject of the verb the infinitive follows.
    if (tokens[cue.start - 1]?.lower === 'to' && cue.start - 1 > from) {
      const subjEnd = subjectEnd(tokens, from, cue.start - 1);
      const subject = subjEnd > from ? resolver.resolve(doc, from, subjEnd, 'last') : null;
      if (subject?.entity) return { resolution: subject, cue, source: null, adjacent };
    }
    const before = resolver.resolve(doc, from, cue.start, 'last');
    if (before.entity || cue.start > from) return { resolution: before, cue, source: null, adjacent };
    // "said Sherman: "…""
    return { resolution: resolver.resolve(doc, cue.end, end, 'first'), cue, source: null, adjacent };
  }
  return verdictBefore(doc, q, resolver, from) ?? labelBefore(doc, q, resolver, from);
}

const LABEL_WORDS = new Set(['of', 'the', 'and', 'for', '&']);

/**
 * `BBC Two controller Roly Keating: "…"`: a person's name and titles alone before a colon, with no verb, label
 * the words that follow as theirs (the cue is the colon, reported as none).
 */
function labelBefore(
  doc: FieldDoc,
  q: QuoteSpan,
  resolver: SpeakerResolver,
  from: number,
): Attribution | null {
  const { tokens } = doc;
  // (`- Bolton boss Sam Allardyce "…"`: a listed line opening with a dash labels its quotation without a colon.)
  const dashed = /^[-–—•]$/.test(tokens[from]?.text ?? '') && tokens[from]!.newlineBefore;
  const colon = tokens[q.open - 1]?.text === ':' ? q.open - 1 : dashed ? q.open : -1;
  if (dashed) from++;
  // (A listed line is a label only when it names someone in full: "- Compelling "…"" is a point of a plan.)
  if (colon <= from || (dashed && colon - from < 2)) return null;
  const words = range(from, colon).map((i) => tokens[i]!);
  const label = words.every(
    (t) =>
      t.isWord &&
      (t.cap ||
        isRoleHead(t.lower) ||
        ROLE_MODIFIERS.has(t.lower) ||
        LABEL_WORDS.has(t.lower) ||
        hasTag(t.lower, 'Actor')),
  );
  if (!label) return null;
  const subject = resolver.resolve(doc, from, colon, 'last');
  if (subject.entity?.type !== 'person' || subject.end !== colon) return null;
  return {
    resolution: subject,
    cue: { start: colon, end: colon + 1, text: '' },
    source: null,
    adjacent: true,
  };
}

/** Nouns for what someone said, which a colon then quotes ("more restrained in his assessment: "…""). */
const SAYING_NOUNS = new Set(
  `assessment verdict view views response reply answer explanation comment comments message warning conclusion prediction
sentiment sentiments thoughts feelings`.split(/\s+/),
);

/**
 * `Johansson was more restrained in his assessment: "…"`: no reporting verb, but a person's assessment, verdict or
 * reply introduced by a colon is theirs; the subject opening the clause.
 */
function verdictBefore(
  doc: FieldDoc,
  q: QuoteSpan,
  resolver: SpeakerResolver,
  from: number,
): Attribution | null {
  const { tokens } = doc;
  const colon = q.open - 1;
  if (tokens[colon]?.text !== ':' || !SAYING_NOUNS.has(tokens[colon - 1]?.lower ?? '')) return null;
  // ("Drummer Larry Mullen echoed those sentiments: "…"": whose words the sentiments were is the subject's.)
  if (!/^(his|her|its|their|those|these|the|that|this)$/.test(tokens[colon - 2]?.lower ?? '')) return null;
  const end = subjectEnd(tokens, from, colon);
  const subject = end > from ? resolver.resolve(doc, from, end, 'last') : null;
  if (!subject?.entity) return null;
  const cue = { start: colon - 1, end: colon, text: tokens[colon - 1]!.text };
  return { resolution: subject, cue, source: null, adjacent: true };
}

/**
 * `Reports … have been described as "idle speculation" by Downing Street`: the agent after the quotation of a
 * passive verb at `verb`, or null.
 */
export function passiveAgent(
  doc: FieldDoc,
  verb: number,
  q: QuoteSpan,
  resolver: SpeakerResolver,
): Resolution | null {
  const { tokens } = doc;
  const by = afterCoordinatedQuotes(tokens, q.after);
  if (tokens[by]?.lower !== 'by') return null;
  // ("in a move branded a "…" by the Tories": a participle after its noun is passive with no auxiliary.)
  const noun = tokens[verb - 1];
  const reduced =
    /^(branded|called|dubbed|described|labelled|labeled|termed|condemned|criticised|criticized)$/.test(
      tokens[verb]!.lower,
    ) &&
    noun !== undefined &&
    !noun.cap &&
    lexiconTags(noun.lower).some((t) => t === 'Noun' || t === 'Singular');
  if (!PASSIVE_AUX.test(tokens[verb - 1]?.lower ?? '') && !reduced) return null;
  const end = subjectEnd(tokens, by + 1, tokens.length);
  const r = end > by + 1 ? resolver.resolve(doc, by + 1, end, 'first') : null;
  // "by his friend and fellow entertainer Michael Pointon.": else a name further on in the clause.
  let clauseEnd = by + 1;
  while (
    clauseEnd < tokens.length &&
    clauseEnd - by <= MAX_AGENT_PHRASE &&
    (tokens[clauseEnd]!.isWord || /^('s|’s|-)$/.test(tokens[clauseEnd]!.text)) &&
    !/^(who|which|that|after|before|when|while|because|as|in|on|at|of|for)$/.test(tokens[clauseEnd]!.lower)
  )
    clauseEnd++;
  const agent =
    r?.entity || r?.generic || clauseEnd <= end ? r : resolver.resolve(doc, by + 1, clauseEnd, 'first');
  // ("Jo Doe was called "…" by the sentencing judge": whoever the agent is, it is not the sentence's subject,
  // so a role that only guesses at the article's main person names no one.)
  const at = resolver.entitiesAt(doc);
  const s0 = doc.sentences[doc.sentenceOf[verb]!]!.tokenStart;
  const subject = agent?.via !== 'name' && range(s0, verb).some((i) => at[i] && at[i] === agent?.entity);
  return agent && (!agent.entity || subject) ? { ...agent, entity: null, generic: true, agent: true } : agent;
}

const MAX_AGENT_PHRASE = 10;

const MAX_COORDINATED_QUOTE = 12;

/**
 * `described as "irresponsible" and "outrageous" by …`: the token after any quotations joined to the one that
 * ends before `i` by "and", "or" or a comma.
 */
function afterCoordinatedQuotes(tokens: readonly Token[], i: number): number {
  let k = i;
  while (/^(and|or|,)$/.test(tokens[k]?.lower ?? '') && QUOTE_MARKS.has(tokens[k + 1]?.text ?? '')) {
    let close = k + 2;
    while (
      close < tokens.length &&
      close - k <= MAX_COORDINATED_QUOTE &&
      !QUOTE_MARKS.has(tokens[close]!.text)
    )
      close++;
    if (!QUOTE_MARKS.has(tokens[close]?.text ?? '')) return k;
    k = close + 1;
  }
  return k;
}

const PASSIVE_AUX = /^(is|are|was|were|be|been|being)$/;
const MAX_WITH_SUBJECT = 8;

/** The "with" opening a short noun phrase right before a participle ("with minister Jo Doe saying"), or -1. */
export function withSubject(tokens: readonly Token[], from: number, participle: number): number {
  // ("… a challenge to Labour, saying": after a comma the participle belongs to the clause, not to "with".)
  if (!tokens[participle - 1]?.isWord) return -1;
  for (let k = participle - 2; k >= from && participle - k <= MAX_WITH_SUBJECT; k--) {
    const t = tokens[k]!;
    if (t.lower === 'with') return k;
    if (!t.isWord && t.text !== "'s" && t.text !== '’s') return -1;
  }
  return -1;
}

/** Next-sentence attribution: `"…." Sherman said of the talks.` → a cue within the next sentence's first words. */
export function attributeNextSentence(
  doc: FieldDoc,
  q: QuoteSpan,
  resolver: SpeakerResolver,
): Attribution | null {
  const { tokens, text } = doc;
  const i = q.after;
  const t = tokens[i];
  if (!t || t.newlineBefore || QUOTE_MARKS.has(t.text)) return null;
  const s = doc.sentences[doc.sentenceOf[i]!]!;
  const limit = Math.min(s.tokenEnd, i + 6);
  for (let k = i + 1; k < limit; k++) {
    if (QUOTE_MARKS.has(tokens[k]!.text)) return null;
    const cue = cueAt(tokens, text, k, s.tokenEnd);
    if (!cue || cue.quotedSpeaker) continue;
    // `"…." In response, Jo Doe said the Tories would …`: a cue with a clause of its own reports that clause.
    if (ownsClause(tokens, cue.end, s.tokenEnd)) break;
    const r = resolver.resolve(doc, i, cue.start, 'last');
    if (r.entity) return { resolution: r, cue, source: null, adjacent: false };
    break;
  }
  // `"…." The comments came from Jo Doe, …` / `"…" That was the view of Jo Doe.`
  for (let k = i + 1; k < limit; k++) {
    const w = tokens[k]!.lower;
    const n = tokens[k + 1]?.lower;
    if (!((w === 'came' && n === 'from') || (/^(view|words|verdict)$/.test(w) && n === 'of'))) continue;
    let npEnd = k + 2;
    while (npEnd < s.tokenEnd && tokens[npEnd]!.text !== ',' && tokens[npEnd]!.text !== '.') npEnd++;
    const r = resolver.resolve(doc, k + 2, npEnd, 'first');
    if (!r.entity) return null;
    const cue = { start: k, end: k + 2, text: text.slice(tokens[k]!.start, tokens[k + 1]!.end) };
    return { resolution: r, cue, source: null, adjacent: false };
  }
  return null;
}

/** After a cue: "that …" or a longer stretch of words is a reported clause, not an adverbial ("of the talks"). */
function ownsClause(tokens: readonly Token[], a: number, b: number): boolean {
  let words = 0;
  for (let i = a; i < b; i++) {
    if (tokens[i]!.lower === 'that' && i === a) return true;
    if (tokens[i]!.isWord) words++;
  }
  return words > MAX_ATTRIBUTION_TAIL || hasFiniteVerb(tokens, a - 1, b);
}

/** The subject of the previous sentence in the same paragraph ("She accepts that … . "…""). */
export function previousSubject(doc: FieldDoc, q: QuoteSpan, resolver: SpeakerResolver): Resolution | null {
  const { tokens } = doc;
  const sent = doc.sentenceOf[q.open]!;
  const s = doc.sentences[sent]!;
  if (s.tokenStart !== q.open || sent === 0) return null;
  const prev = doc.sentences[sent - 1]!;
  if (prev.paragraph !== s.paragraph) return null;
  // "Writing in the Guardian, Mr Brown outlined …": the subject follows an introductory clause.
  const start = mainClauseStart(tokens, prev.tokenStart, prev.tokenEnd);
  const limit = Math.min(prev.tokenEnd, start + SUBJECT_WINDOW);
  const quoted = resolver.quoted(doc);
  for (let i = start; i < limit; i++) {
    const t = tokens[i]!;
    // A sentence that opens with (or inside) a quotation has no subject before it.
    if (quoted[i]) return null;
    if (t.lower === 'he' || t.lower === 'she') {
      const r = resolver.resolve(doc, i, i + 1, 'first');
      return r.entity ? r : null;
    }
    const r = resolver.resolve(doc, i, i + 1, 'first');
    if (r.entity?.type === 'person' && r.via === 'name') return r;
    if (t.text === ',') return null;
  }
  // "But general secretary of the union Unison Dave Prentis criticised the plans.": a long role phrase
  // before the name, with no verb or comma on the way.
  let head = start;
  while (head < limit && /^(and|but|however|meanwhile)$/.test(tokens[head]!.lower)) head++;
  const w = tokens[head]?.lower ?? '';
  if (!(ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w) || w === 'the')) return null;
  const at = resolver.entitiesAt(doc);
  for (let i = limit; i < Math.min(prev.tokenEnd, start + LONG_SUBJECT_WINDOW); i++) {
    const t = tokens[i]!;
    if (quoted[i] || !t.isWord || hasFiniteVerb(tokens, i - 1, i + 1)) return null;
    const e = at[i];
    if (e?.type === 'person') return { entity: e, start: i, end: i + 1, via: 'name' };
  }
  return null;
}
