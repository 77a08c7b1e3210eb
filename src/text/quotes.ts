/**
 * Direct quotations and reported speech in reading order, so that pronouns resolve by salience
 * (the last named speaker) and unattributed quote paragraphs continue the previous speaker.
 */
import {
  type Attribution,
  attributeAfter,
  attributeBefore,
  attributeNextSentence,
  passiveAgent,
  previousSubject,
  sourceOf,
  withSubject,
} from './attribution.js';
import { skipSubjectOpeners, timePhraseEnd } from './clauses.js';
import { REPORTING_VERBS, SPEECH_VERBS } from './cues.js';
import type { FieldDoc } from './document.js';
import type { EntityDraft, EntityIndex } from './entities.js';
import { addMention } from './entity-draft.js';
import { lexiconTags } from './lexicon.js';
import { findQuoteSpans, QUOTE_MARKS, type QuoteSpan, quoteText } from './quote-marks.js';
import { range } from './range.js';
import { findReportedSpeech, hasFiniteVerb, type ReportedCandidate, subjectEnd } from './reported-speech.js';
import { HONORIFICS } from './roles.js';
import { nicknameSurname } from './spans.js';
import { type Resolution, SpeakerResolver } from './speakers.js';
import type { Quote } from './types.js';

/** Quotations shorter than this with no cue against them are scare quotes ("red lines"). */
export const MIN_QUOTE_WORDS = 4;
const MAX_NULL_SPEAKER_NP_WORDS = 5;

type Event =
  | { kind: 'direct'; pos: number; span: QuoteSpan }
  | { kind: 'reported'; pos: number; cand: ReportedCandidate };

interface LastEvent {
  readonly speaker: EntityDraft | null;
  /** The body an unnamed spokesperson spoke for. */
  readonly voice?: EntityDraft | undefined;
  readonly paragraph: number;
  readonly endToken: number;
  /** The speaker was unnamed on purpose ("one broker said", "a spokeswoman for Acme said"). */
  readonly generic?: boolean;
}

/** Words before a quoted title: `the report on the "State of Agricultural Commodity Markets 2004"`. */
const TITLE_BEFORE = new Set(['the', 'on', 'of', 'in', 'called', 'entitled', 'titled', 'named']);

/**
 * `the FAO report on the "State of Agricultural Commodity Markets 2004"`: a quotation of two or more words,
 * all capitalised but the short ones, without a comma or a stop, after an article or preposition, is a title.
 */
function isTitle(doc: FieldDoc, span: QuoteSpan): boolean {
  if (span.close < 0 || !TITLE_BEFORE.has(doc.tokens[span.open - 1]?.lower ?? '')) return false;
  const inner = doc.tokens.slice(span.open + 1, span.close);
  const words = inner.filter((t) => t.isWord);
  return (
    words.length >= 2 &&
    inner.every((t) => t.isWord || t.text === '-' || t.text === '&' || t.text === ':') &&
    words.every((t) => t.cap || /^\d/.test(t.text) || t.text.length <= 3) &&
    words.filter((t) => t.cap).length >= 2
  );
}

function wordCount(doc: FieldDoc, span: QuoteSpan): number {
  let n = 0;
  const first = span.parts[0]!.start;
  const last = span.parts[span.parts.length - 1]!.end;
  for (let i = span.open + 1; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (t.start >= last) break;
    if (t.start >= first && t.isWord) n++;
  }
  return n;
}

/**
 * Quotes in reading order. `voices` (optional) collects, per entity key, how many quotes an unnamed
 * spokesperson gave for that body ("a spokeswoman for Acme said"), which ranks tags like speakers do.
 */
export function extractSpeech(index: EntityIndex, voices?: Map<string, number>): Quote[] {
  const resolver = new SpeakerResolver(index);
  const voice = (e: EntityDraft | undefined) => {
    if (voices && e) voices.set(e.key, (voices.get(e.key) ?? 0) + 1);
    return e;
  };
  const quotes: Quote[] = [];
  for (const doc of index.docs) {
    resolver.lastSpeaker = null;
    resolver.lastSpeakerSentence = -1;
    resolver.lastOrgSpeaker = null;
    resolver.lastOrgSpeakerSentence = -1;
    resolver.sentenceSpeakers.clear();
    const spans = findQuoteSpans(doc);
    const inQuote = resolver.quoted(doc, spans);
    const events: Event[] = spans.map((span) => ({ kind: 'direct', pos: span.open, span }));
    const reported = doc.field === 'body' ? findReportedSpeech(doc, inQuote) : [];
    for (const cand of reported) events.push({ kind: 'reported', pos: cand.cue.start, cand });
    events.sort((x, y) => x.pos - y.pos);
    let last = null as LastEvent | null;
    let prevSpan: QuoteSpan | null = null;
    for (const ev of events) {
      if (ev.kind === 'direct') {
        const q = directQuote(doc, ev.span, resolver, last, prevSpan, reported);
        prevSpan = ev.span;
        if (!q) continue;
        const paragraph = doc.paragraphOf[ev.span.open]!;
        // An unattributed quote right after a spokesperson's continues their words.
        const prev: LastEvent | null = last;
        const continued = !q.attribution && prev !== null && !prev.speaker && prev.paragraph >= paragraph - 1;
        const v = q.entity
          ? undefined
          : voice(q.attribution?.resolution.voiceOf ?? (continued ? prev.voice : undefined));
        quotes.push(q.quote);
        // A quote running over paragraphs hands its speaker on from the paragraph where it ends.
        const endParagraph = doc.paragraphOf[Math.max(ev.span.open, ev.span.after - 1)]!;
        last = {
          speaker: q.continuing,
          voice: v,
          paragraph: endParagraph,
          endToken: ev.span.after,
          generic: !q.entity && Boolean(q.attribution?.resolution.generic || continued),
        };
      } else {
        const r = reportedQuote(doc, ev.cand, resolver);
        if (!r) continue;
        const v = r.entity ? undefined : voice(r.resolution.voiceOf);
        quotes.push(r.quote);
        if (ev.cand.aside) continue;
        // "So is UKIP's job to destroy the Tories, as Kilroy-Silk once declared? "No. …"": the words after a
        // question answer it; whom the question cites does not speak on.
        const sentence = doc.sentences[doc.sentenceOf[ev.cand.cue.start]!]!;
        if (doc.tokens[sentence.tokenEnd - 1]?.text === '?') continue;
        last = {
          speaker: r.entity,
          voice: v,
          paragraph: doc.paragraphOf[ev.cand.cue.start]!,
          endToken: ev.cand.clauseEnd,
          generic: !r.entity && Boolean(r.resolution.generic),
        };
      }
    }
  }
  return quotes;
}

function noteSpeaker(
  resolver: SpeakerResolver,
  doc: FieldDoc,
  e: EntityDraft | null,
  token: number,
  generic = false,
  writing = false,
): void {
  const sentence = doc.sentenceOf[Math.min(token, doc.tokens.length - 1)]!;
  if (e && writing) {
    resolver.lastWriter = e;
    resolver.lastWriterSentence = sentence;
  }
  // An unnamed spokesperson speaks here: a later "he" is them, not a person this sentence mentions.
  if (!e && generic && !resolver.sentenceSpeakers.has(sentence))
    resolver.sentenceSpeakers.set(sentence, null);
  if (e?.type === 'person') {
    resolver.peopleQuoted.add(e);
    resolver.lastSpeaker = e;
    resolver.lastSpeakerSentence = sentence;
    resolver.sentenceSpeakers.set(sentence, e);
  } else if (e?.type === 'organisation') {
    resolver.lastOrgSpeaker = e;
    resolver.lastOrgSpeakerSentence = sentence;
  }
}

function recordMention(doc: FieldDoc, a: Attribution): void {
  const r = a.resolution;
  if (r.entity && (r.via === 'pronoun' || r.via === 'role' || r.via === 'anaphor')) {
    addMention(doc, r.entity, r.start, r.end, r.via === 'pronoun' ? 'pronoun' : 'role');
  }
}

function directQuote(
  doc: FieldDoc,
  span: QuoteSpan,
  resolver: SpeakerResolver,
  last: LastEvent | null,
  prevSpan: QuoteSpan | null,
  reported: readonly ReportedCandidate[] = [],
): {
  quote: Quote;
  entity: EntityDraft | null;
  /** Who goes on speaking after this quotation: its speaker, or the reporter whose clause holds it. */
  continuing: EntityDraft | null;
  attribution: Attribution | null;
} | null {
  const words = wordCount(doc, span);
  if (words === 0 || isTitle(doc, span) || nicknameSurname(doc.tokens, span.open) === span.close + 1)
    return null;
  const paragraph = doc.paragraphOf[span.open]!;
  const floor = prevSpan && doc.paragraphOf[prevSpan.open] === paragraph ? prevSpan.after : 0;
  const post = attributeAfter(doc, span, resolver);
  const pre = post?.resolution.entity ? null : attributeBefore(doc, span, resolver, floor);
  let attr: Attribution | null = post?.resolution.entity
    ? post
    : pre?.resolution.entity
      ? pre
      : (post ?? pre);
  const adjacent = Boolean(post?.adjacent || pre?.adjacent);
  // A short quotation inside a reported clause is a partial quote of that clause's speaker
  // (`Smith said the plan was "a disaster"`), not a scare quote.
  // A longer quotation takes its host's speaker only when no cue of its own names one
  // (`Mr Doe "should have withdrawn it" once he knew, said Mr Blair.`).
  const candidate = hostClause(doc, span, reported);
  // ("Ed Balls, who stood as a Labour candidate, had suggested that … "…"": the clause's own subject
  // beats the nearest name before the same cue.)
  const hosting =
    words < MIN_QUOTE_WORDS || !attr?.resolution.entity || candidate?.cue.start === attr.cue.start
      ? candidate
      : null;
  // "dismissed the Budget as "…"", "branding the campaign "…"": the namer's own words, also when the
  // naming happens inside someone's reported clause ("reminded MPs that X described Y as "…"").
  const namer = !adjacent ? namingSpeaker(doc, span, resolver) : null;
  const host =
    hosting && !((namer?.entity || namer?.agent) && namer.start > hosting.clauseStart) ? hosting : null;
  // `described as "irresponsible" and "outrageous" by …`: a quotation joined to the one just kept.
  const joined =
    prevSpan !== null &&
    last?.endToken === prevSpan.after &&
    span.open === prevSpan.after + 1 &&
    /^(and|or|,)$/.test(doc.tokens[prevSpan.after]!.lower);
  if (words < MIN_QUOTE_WORDS && !adjacent && !host && !namer && !joined && !completesClause(doc, span, attr))
    return null;
  // (Its cue the quote's own: "Mr Johnson, who … hostage Ken Bigley, said Mr Blair "should butt out of"": the
  // clause's subject, found past the relative clause, not the name nearest the cue.)
  const hostRes =
    host && (!adjacent || !attr?.resolution.entity || host.cue.start === attr.cue.start)
      ? resolver.resolve(doc, host.npStart, host.npEnd, host.npMode)
      : null;
  const hostSpeaker = hostRes ? hostRes.entity : (namer?.entity ?? null);
  // "an adviser called the sale "…"": a generic namer leaves the quote without a named speaker, and so
  // does a generic reporter ("The party has been "agnostic", the Tory source said").
  const genericNamer = Boolean(
    (namer && !namer.entity && !hostSpeaker) || (hostRes?.generic && !hostSpeaker),
  );
  // "brushed off Labour suggestions a vote for his party would let the Tories in "…"": the words of the claim's
  // owner, not of the one rejecting it.
  const claimant = !adjacent ? claimOwner(doc, span, resolver) : null;
  let speaker = claimant ?? hostSpeaker ?? (genericNamer ? null : (attr?.resolution.entity ?? null));
  let continuesUnnamed = false;
  // (`A spokesman for Unison, Britain's biggest union, said after the meeting: "…"`: a cue whose subject names
  // no one leaves the words unnamed, adjacent or not.)
  const namesNoOne = attr !== null && attr.resolution.via === 'none' && hasNp(attr) && colonBefore(doc, span);
  if (
    !speaker &&
    !genericNamer &&
    !(attr?.adjacent && attr.resolution.via === 'none' && hasNp(attr)) &&
    !namesNoOne
  ) {
    // Same paragraph: `"A," he said. "B."` — B continues A's speaker.
    // Unless a sentence between them has another person as its subject ("US coach Jo Doe wants …. "…"").
    // (The sentence that holds the last event is not between: "…, Mr Hadi points out. "…"".)
    const between =
      last &&
      doc.field === 'body' &&
      doc.sentenceOf[span.open]! - 1 > doc.sentenceOf[Math.max(0, last.endToken - 1)]!
        ? previousSubject(doc, span, resolver)
        : null;
    // `Jo Doe then attacked the "stealth taxes"`: a quotation inside a sentence is its subject's words,
    // unless it sits in a reported clause (a generic speaker's) or the paragraph already has a speaker.
    const own = doc.field === 'body' && !host ? subjectSpeaker(doc, span, resolver) : null;
    // `One broker said …. "…"`: the unnamed speaker goes on, in the same paragraph or the next one's opening.
    continuesUnnamed = Boolean(
      last?.generic &&
        (last.paragraph === paragraph || (startsParagraph(doc, span) && last.paragraph === paragraph - 1)),
    );
    if (between?.entity && between.entity !== last?.speaker) speaker = between.entity;
    else if (continuesUnnamed) speaker = null;
    // ("Osbourne himself was at a loss to explain it: "…"": a person whose clause a colon ends speaks next.)
    else if (own?.type === 'person' && doc.tokens[span.open - 1]?.text === ':') speaker = own;
    // ("And last week actor Jo Doe criticised British TV for being "…"": a person the sentence introduces as its
    // subject outranks the one quoted before in the paragraph.)
    else if (own?.type === 'person' && own !== last?.speaker && namedSubject(doc, span, own, resolver))
      speaker = own;
    else if (last && last.paragraph === paragraph && last.speaker) speaker = last.speaker;
    else if (own) speaker = own;
    else {
      const next = attributeNextSentence(doc, span, resolver);
      if (next?.resolution.entity) {
        attr = next;
        speaker = next.resolution.entity;
      } else if (
        last?.speaker &&
        (startsParagraph(doc, span) || doc.tokens[span.open - 1]?.text === '?') &&
        last.paragraph >= paragraph - 1
      ) {
        // Consecutive quote paragraphs from the same speaker; an answer to the writer's question, too.
        speaker = last.speaker;
      } else if (doc.field === 'body') {
        speaker = previousSubject(doc, span, resolver)?.entity ?? null;
      } else {
        speaker = resolver.resolve(doc, Math.max(0, span.open - 3), span.open, 'last').entity;
      }
    }
    // Before anyone has been quoted, an unattributed quotation belongs to the person the lead is about;
    // once one person alone has been quoted, to them.
    if (!speaker && !continuesUnnamed && !resolver.lastSpeaker && !resolver.lastOrgSpeaker)
      speaker = resolver.leadPerson(doc);
    const unnamedCue = Boolean(attr?.resolution.generic) || continuesUnnamed;
    if (
      !speaker &&
      !unnamedCue &&
      resolver.peopleQuoted.size === 1 &&
      !resolver.lastOrgSpeaker &&
      doc.field === 'body'
    )
      speaker = [...resolver.peopleQuoted][0]!;
  }
  // "I've had more than a quiet word with Olof," he told the website: a quotation that calls someone by
  // their first name is about them, so "he" is the one speaking before, if anyone.
  // (Not a quotation that goes on from the one its speaker was just named for: `"…," said Jo Doe. "I believe Jo
  // will …"` speaks of a namesake.)
  const goesOn =
    !attr?.resolution.entity &&
    prevSpan !== null &&
    last?.endToken === prevSpan.after &&
    last.speaker === speaker &&
    last.paragraph === paragraph;
  // ("… Simon Taylor looks certain to get the call. "… Simon Taylor is an outstanding player …"": nor one that
  // names them in full, unless a cue calls them by name: where the copy lost a closing mark, the words run on
  // into narration that may name the next speaker, whose "said Keegan" still holds.)
  const cued = Boolean(attr?.resolution.entity) && attr?.resolution.via === 'name';
  const about = (e: EntityDraft) => callsByFirstName(doc, span, e) || (!cued && namesInFull(doc, span, e));
  if (speaker?.type === 'person' && !goesOn && about(speaker)) {
    const before = resolver.lastSpeaker;
    speaker = before && before !== speaker && !about(before) ? before : null;
  }
  if (attr?.resolution.entity === speaker && attr) recordMention(doc, attr);
  // `Mr Lewis reminded MPs that Jo Doe called Y "…"`: the namer's words sit inside Mr Lewis's reported
  // clause, so Mr Lewis is still the one speaking for what follows.
  const reporter =
    hosting && !host && hostSpeaker
      ? resolver.resolve(doc, hosting.npStart, hosting.npEnd, hosting.npMode).entity
      : null;
  const continuing = claimant
    ? (hostSpeaker ?? resolver.lastSpeaker)
    : host?.aside
      ? (resolver.lastSpeaker ?? speaker)
      : (reporter ?? speaker);
  noteSpeaker(
    resolver,
    doc,
    continuing,
    span.open,
    attr?.resolution.generic,
    attr?.resolution.via === 'writing' && attr.resolution.entity === speaker,
  );
  const first = span.parts[0]!;
  const lastPart = span.parts[span.parts.length - 1]!;
  const [start, end] = trimRange(doc.text, first.start, lastPart.end);
  const quote: Quote = {
    text: quoteText(doc, span).replace(/[\s,]+$/, ''),
    speaker: speaker?.name ?? null,
    speakerType: speaker?.type ?? null,
    speakerKey: speaker?.key ?? null,
    // (A name labelling the words, `Jo Doe: "…"`, has no cue word.)
    cue: attr?.cue.text || null,
    source: attr?.source ?? null,
    kind: 'direct',
    indirect: false,
    field: doc.field,
    start,
    end,
  };
  return { quote, entity: speaker, continuing, attribution: attr };
}

/** Nouns for what someone claimed, whose owner's words a quotation inside the claim is. */
const CLAIM_NOUNS = new Set(
  'claim claims suggestion suggestions accusation accusations allegation allegations assertion assertions'.split(
    ' ',
  ),
);
const MAX_CLAIM_GAP = 20;

/**
 * "Labour suggestions a vote for his party would let the Tories in "…"", "Mr MacKenzie's suggestion that young
 * drunks should "…"": the person or body whose claim, named before the quotation in its sentence with no
 * speech verb between, holds the quoted words; else null.
 */
function claimOwner(doc: FieldDoc, span: QuoteSpan, resolver: SpeakerResolver): EntityDraft | null {
  const { tokens } = doc;
  const s0 = doc.sentences[doc.sentenceOf[span.open]!]!.tokenStart;
  const at = resolver.entitiesAt(doc);
  for (let v = span.open - 1; v >= Math.max(s0, span.open - MAX_CLAIM_GAP); v--) {
    const t = tokens[v]!;
    if (QUOTE_MARKS.has(t.text)) return null;
    const possessive = /^('s|’s|')$/.test(tokens[v - 1]?.text ?? '');
    const owner = possessive ? at[v - 2] : at[v - 1];
    // ("derided Tory claims they could cut": a name after a verb or preposition makes "claims" the noun;
    // "Labour and the Tories claim" is the verb.)
    const before = tokens[v - 2];
    const noun =
      possessive ||
      !/^claims?$/.test(t.lower) ||
      (before?.isWord && !before.cap && !/^(the|and|or)$/.test(before.lower));
    if (CLAIM_NOUNS.has(t.lower) && !t.cap && owner && noun) return owner.type !== 'place' ? owner : null;
    if (SPEECH_VERBS.has(t.lower) && !t.cap) return null;
  }
  return null;
}

/** The quotation uses the person's first name on its own ("a quiet word with Olof", "Steven can play"). */
function callsByFirstName(doc: FieldDoc, span: QuoteSpan, e: EntityDraft): boolean {
  const first = e.name.split(' ')[0]!;
  if (first === e.name || HONORIFICS.has(first.toLowerCase())) return false;
  const { tokens } = doc;
  for (let i = span.open + 1; i < span.after; i++) {
    const t = tokens[i]!;
    if (t.text === first && !tokens[i + 1]?.cap && !/^('s|’s)$/.test(tokens[i + 1]?.text ?? '')) return true;
  }
  return false;
}

/** The quotation names e in full inside it ("Simon Taylor is an outstanding player"). */
function namesInFull(doc: FieldDoc, span: QuoteSpan, e: EntityDraft): boolean {
  return e.mentions.some(
    (m) =>
      m.field === doc.field &&
      m.tokenStart > span.open &&
      m.tokenEnd < span.after &&
      m.via === 'name' &&
      /\s/.test(m.text.trim()),
  );
}

/**
 * Whether the quotation's sentence names e before it by full name ("actor Dave Jaxon"), as news copy does for
 * someone it brings in. (Not "Mr Brown": "Tom Grey attacked the Budget. "…," he said. Mr Brown liked to rattle
 * off "…"" stays Grey's sarcasm about a man the reader knows.)
 */
function namedSubject(doc: FieldDoc, span: QuoteSpan, e: EntityDraft, resolver: SpeakerResolver): boolean {
  const at = resolver.entitiesAt(doc);
  const sentenceStart = doc.sentences[doc.sentenceOf[span.open]!]!.tokenStart;
  const first = range(sentenceStart, span.open).find((i) => at[i] === e);
  return (
    first !== undefined &&
    e.mentions.some(
      (m) => m.field === doc.field && m.tokenStart === first && m.via === 'name' && /\s/.test(m.text.trim()),
    )
  );
}

/** The person or organisation that is the subject of the sentence a quotation sits inside, or null. */
function subjectSpeaker(doc: FieldDoc, span: QuoteSpan, resolver: SpeakerResolver): EntityDraft | null {
  const { tokens } = doc;
  let a = doc.sentences[doc.sentenceOf[span.open]!]!.tokenStart;
  for (;;) {
    a = skipSubjectOpeners(tokens, a, span.open);
    // "And last week Jo Doe criticised …", "On Monday, Jo Doe …": a time phrase before the subject.
    const time = timePhraseEnd(tokens, a);
    if (time === a || time >= span.open) break;
    a = time;
  }
  const end = subjectEnd(tokens, a, span.open);
  if (end <= a || end >= span.open) return null;
  // "The Lib Dems are keen …, with Jo Doe claiming "…"": a person named nearer the quotation outranks it.
  const at = resolver.entitiesAt(doc);
  // (Not the object right after the subject's verb: "Mr Brown introduced Dr Greenspan to the guests as "…"".)
  const verb = tokens[end]!;
  const objectAt =
    verb.isWord && !verb.cap && lexiconTags(verb.lower).includes('PastTense')
      ? (at[end + 1] ?? (HONORIFICS.has(tokens[end + 1]?.lower ?? '') ? at[end + 2] : undefined))
      : undefined;
  // (Nor a person who only owns or receives something: "slated Jo Doe for his character Ali G's "…" brand".)
  for (let i = end; i < span.open; i++) {
    if (at[i]?.type !== 'person' || at[i] === objectAt) continue;
    let j = i;
    while (at[j] === at[i]) j++;
    const next = tokens[j];
    if (next?.isWord && !next.cap && lexiconTags(next.lower).some((tag) => CLAUSE_VERB_TAGS.has(tag)))
      return null;
    i = j - 1;
  }
  const r = resolver.resolve(doc, a, end, 'last');
  return r.entity && r.entity.type !== 'place' && !r.generic ? r.entity : null;
}

/** Tags of a word that makes the name before it a clause's subject ("with Jo Doe claiming"). */
const CLAUSE_VERB_TAGS = new Set(['Gerund', 'PastTense', 'PresentTense', 'Verb', 'Modal', 'Copula']);
const CONTRAST = new Set(['but', 'while', 'although', 'though', 'whereas', 'yet']);
/** `what Moscow calls its "red lines"`, `so-called "…"`: someone else's term, not the speaker's words. */
const NAMING = /^(calls?|called|dubbed|termed|so-called)$/;
const KNOWN_AS = /^(known|referred|dubbed|billed|described|styled|branded|labelled|labeled)$/;

/**
 * The reported clause that holds a short quotation, when the quotation belongs to its speaker: no new
 * contrasting clause (", but she rejected …") between the clause start and the mark, and not a coined term.
 */
function hostClause(
  doc: FieldDoc,
  span: QuoteSpan,
  reported: readonly ReportedCandidate[],
): ReportedCandidate | null {
  const end = span.close >= 0 ? span.close : span.after;
  const c = reported.find((r) => r.npEnd > r.npStart && r.clauseStart < span.open && end <= r.clauseEnd);
  if (!c) return null;
  const { tokens } = doc;
  // "Mr Blair said he left "…" but Tory Jo Doe branded it "…"", "…, while critics said "…"": a contrast
  // opening a new subject or a new speech verb ends the host ("…, but ministers had been "…"" does not).
  const newVoice = (from: number) =>
    tokens[from]?.cap || range(from, span.open).some((j) => SPEECH_VERBS.has(tokens[j]!.lower));
  for (let i = c.clauseStart; i < span.open; i++) {
    if (tokens[i]!.text === ',' && CONTRAST.has(tokens[i + 1]?.lower ?? '') && newVoice(i + 2)) return null;
    if (i > c.clauseStart && CONTRAST.has(tokens[i]!.lower) && tokens[i + 1]?.cap) return null;
  }
  for (let i = span.open - 1; i >= Math.max(c.clauseStart, span.open - 2); i--) {
    const w = tokens[i]!.lower;
    // "known as "the Baby Bells"" names a thing; "it can act as a "trigger"" is the speaker's word.
    if (w === 'as' ? KNOWN_AS.test(tokens[i - 1]?.lower ?? '') : NAMING.test(w)) return null;
  }
  return c;
}

/** Verbs that name or label something with the speaker's words, and need "as" before the quotation. */
const NAMING_AS =
  /^(describ|dismiss|hail|condemn|denounc|criticis|criticiz|attack|slat|blast|reject|welcom|prais|blam|cit)(e|es|ed|ing)$/;
/** Verbs whose object is followed directly by the quotation ("branding it "a disgrace"", "called him "…""). */
const NAMING_DIRECT = /^(brand|label|labell|call|dub|dubb)(s|ed|ing)?$/;
const MAX_NAMING_GAP = 14;
/** Auxiliaries that make the naming verb after them passive ("has been accused of", "was hailed for"). */
const PASSIVE_BEFORE = /^(been|is|was|were|are|being)$/;
/** Speech acts whose complement may carry the speaker's words without "that": accuse, deny, urge, promise … */
const SPEECH_ACTS =
  /^(accus|urg|promis|pledg|vow|den(y|ie)|demand|insist|predict|announc|warn|appeal|plead)(e|es|ed|ing|s|d)?$/;
const MAX_SUBJECT_WINDOW = 8;
/** Words allowed between a subject and its verb ("Jo Doe last year described"). */
const MAX_ADVERBIAL = 2;

/**
 * The subject (or "by" agent) of a naming verb right before a quotation: `X dismissed Y as "…"`,
 * `X called him "…"`, `X criticised "…" promises`. Not `what X calls "…"` (someone else's term). A generic
 * subject ("an adviser called it "…"") is returned with no entity.
 */
function namingSpeaker(doc: FieldDoc, span: QuoteSpan, resolver: SpeakerResolver): Resolution | null {
  const { tokens } = doc;
  const s0 = doc.sentences[doc.sentenceOf[span.open]!]!.tokenStart;
  const hasAs = tokens[span.open - 1]?.lower === 'as' || tokens[span.open - 2]?.lower === 'as';
  const found = (r: Resolution) => (r.entity || r.generic ? r : null);
  for (let v = span.open - 1; v >= Math.max(s0, span.open - MAX_NAMING_GAP); v--) {
    const t = tokens[v]!;
    if (QUOTE_MARKS.has(t.text) || t.text === '.' || t.text === ';') return null;
    // ("Im, who has made 100 films, was hailed for his "…"": praise given to someone is not their words; a
    // shorter quotation there is a label, "criticised for the absence of "French flair"".)
    const passiveFor =
      wordCount(doc, span) >= MIN_QUOTE_WORDS &&
      NAMING_AS.test(t.lower) &&
      tokens[v + 1]?.lower === 'for' &&
      PASSIVE_BEFORE.test(tokens[v - 1]?.lower ?? '');
    const evaluative = NAMING_AS.test(t.lower) && (hasAs || v === span.open - 1 || passiveFor);
    // "accused the minister of "betraying" voters", "denied the party was trying to "hide" him".
    const speechAct = SPEECH_ACTS.test(t.lower);
    if (!(NAMING_DIRECT.test(t.lower) || evaluative || speechAct)) continue;
    if (/^(what|so)$/.test(tokens[v - 1]?.lower ?? '') || /^(what|so)$/.test(tokens[v - 2]?.lower ?? ''))
      return null;
    const agent = passiveAgent(doc, v, span, resolver);
    if (agent?.entity || agent?.generic) return agent;
    // "David Blunkett has been accused of using the "…"": the accused is not the one speaking. ("It is called
    // "podcasting"": the subject of a passive naming verb is the thing named, and the name is no one's words.)
    if (
      PASSIVE_BEFORE.test(tokens[v - 1]?.lower ?? '') &&
      /ed$/.test(t.lower) &&
      tokens[v + 1]?.lower !== 'by'
    )
      return NAMING_DIRECT.test(t.lower)
        ? null
        : { entity: null, start: v, end: v + 1, via: 'none', generic: true, agent: true };
    if (tokens[v + 1]?.lower === 'by') {
      let end = v + 2;
      while (end < span.open && tokens[end]!.lower !== 'as' && tokens[end]!.text !== ',') end++;
      const r = resolver.resolve(doc, v + 2, end, 'first');
      // ("described by one civil service union as": whoever the agent is, it is not the sentence's subject.)
      return r.entity ? r : { ...r, generic: true, agent: true };
    }
    // "Dubbed "the Beast", he …", "Call centre users 'lose patience'": a verb opening its sentence has no
    // subject before it.
    if (v === s0) return null;
    let a = s0;
    // "X said …, while Labour criticised "…"": the subject of the clause holding the verb.
    for (let i = s0; i < v - 1; i++)
      if (tokens[i]!.text === ',' && (CONTRAST.has(tokens[i + 1]!.lower) || tokens[i + 1]!.lower === 'and'))
        a = i + 1;
    while (
      a < v &&
      (!tokens[a]!.isWord || /^(but|and|however|meanwhile|while|whereas)$/.test(tokens[a]!.lower))
    )
      a++;
    // "Jo Doe introduced X, citing his hit as "…"": a participle after a comma shares the sentence subject.
    if (t.lower.endsWith('ing') && tokens[v - 1]?.text === ',') {
      // `"…," he said, accusing users of "…"`: the participle shares the attribution's speaker.
      const said = range(Math.max(s0, v - 5), v - 1).some((i) => SPEECH_VERBS.has(tokens[i]!.lower));
      const speaker = said ? resolver.sentenceSpeakers.get(doc.sentenceOf[v]!) : undefined;
      // (via 'name': the speaker was already named by that attribution, so no new mention is recorded.)
      if (speaker) return { entity: speaker, start: v - 1, end: v, via: 'name' };
      const end = subjectEnd(tokens, a, v);
      // "Sir Bernard Ingham, Margaret Thatcher's former press secretary, took …, accusing": the head of the
      // subject, not the person its appositive names.
      const r =
        end > a
          ? (found(resolver.resolve(doc, a, end, 'first')) ?? found(resolver.resolve(doc, a, end, 'last')))
          : null;
      if (r) return r;
    }
    // "Labour election chief Alan Milburn denied …": the phrase right before the verb, a person in it first;
    // "…, Liam Fox, on Saturday called him "…"" too.
    let w = v - 1;
    while (w > a && v - w < MAX_SUBJECT_WINDOW && !/^[.;:]$/.test(tokens[w - 1]!.text)) w--;
    // "… denied by Shepherd, who accused the striker of "…"": a relative's antecedent.
    const rel = range(w, v).find(
      (i) => /^(who|which)$/.test(tokens[i]!.lower) && tokens[i - 1]?.text === ',',
    );
    // ("the party, which he labelled as a "…"": the relative is the object, and "he" the namer.)
    if (rel !== undefined && rel + 1 < v && /^(he|she|they|it)$/.test(tokens[rel + 1]!.lower))
      return found(resolver.resolve(doc, rel + 1, rel + 2, 'last'));
    if (rel !== undefined) return found(resolver.resolve(doc, w, rel - 1, 'last'));
    // "a report which it describes as "…"": a pronoun right before the verb is its subject.
    if (/^(it|he|she)$/.test(tokens[v - 1]!.lower)) return found(resolver.resolve(doc, v - 1, v, 'last'));
    // "He thanked Jo Doe and described the film as "…"": a coordinated verb shares the clause's subject,
    // not the object of the verb before it.
    if (tokens[v - 1]!.lower === 'and') {
      const end = subjectEnd(tokens, a, v - 1);
      const r = end > a ? found(resolver.resolve(doc, a, end, 'last')) : null;
      if (r) return r;
    }
    // "Mr Lewis said that Labour chairman Jo Doe last year described Y as a "…"": the subject after "that".
    const that = range(w, v - 1).findLast((i) => tokens[i]!.lower === 'that');
    const reportsThat =
      that !== undefined &&
      range(Math.max(s0, that - 3), that).some((i) => SPEECH_VERBS.has(tokens[i]!.lower));
    if (that !== undefined && reportsThat) {
      const end = subjectEnd(tokens, that + 1, v);
      const r =
        end > that + 1 && v - end <= MAX_ADVERBIAL
          ? found(resolver.resolve(doc, that + 1, end, 'last'))
          : null;
      if (r?.entity) return r;
    }
    if (range(w, v).some((i) => /^(who|which|that|what)$/.test(tokens[i]!.lower))) return null;
    // "…, with the Los Angeles Times labelling it a "…"": a participle's own subject follows "with".
    const withAt = t.lower.endsWith('ing') ? withSubject(tokens, s0, v) : -1;
    const withSubj = withAt >= 0 ? found(resolver.resolve(doc, withAt + 1, v, 'last')) : null;
    if (withSubj) return withSubj;
    const near = found(resolver.resolve(doc, w, v, 'last'));
    if (near?.entity?.type === 'person') return near;
    // "A milder review in the New York Times dubbed …": the whole clause before the verb is its subject.
    const whole =
      v - a <= MAX_SUBJECT_WINDOW + 2 &&
      /^(a|an|the)$/.test(tokens[a]!.lower) &&
      !hasFiniteVerb(tokens, a, v, v - a) &&
      !range(a, v).some((i) => SPEECH_VERBS.has(tokens[i]!.lower))
        ? found(resolver.resolve(doc, a, v, 'last'))
        : null;
    if (whole) return whole;
    const end = subjectEnd(tokens, a, v);
    return (end > a ? found(resolver.resolve(doc, a, end, 'last')) : null) ?? near;
  }
  return null;
}

const MAX_PREDICATE_SUBJECT = 6;

/**
 * `Jo Doe said the referendum question "seems straightforward"`: a short quotation that supplies the verb of
 * the clause its speaker's cue reports (the subject before it has no verb of its own).
 */
function completesClause(doc: FieldDoc, span: QuoteSpan, attr: Attribution | null): boolean {
  const { tokens } = doc;
  if (
    !attr?.resolution.entity ||
    attr.cue.end > span.open ||
    span.open - attr.cue.end > MAX_PREDICATE_SUBJECT
  )
    return false;
  if (!REPORTING_VERBS.has(tokens[attr.cue.start]!.lower)) return false;
  for (let i = attr.cue.end; i < span.open; i++) {
    const t = tokens[i]!;
    if (!t.isWord && t.text !== "'s" && t.text !== '’s') return false;
    if (lexiconTags(t.lower).some((tag) => tag === 'Verb' || tag === 'Copula' || tag === 'Modal'))
      return false;
  }
  const first = tokens[span.open + 1];
  if (!first?.isWord || first.cap) return false;
  const tags = lexiconTags(first.lower);
  return !tags.includes('Plural') && tags.some((tag) => /Tense$|^Copula$|^Modal$/.test(tag));
}

/** The quotation follows a colon (`… said after the meeting: "…"`). */
function colonBefore(doc: FieldDoc, span: QuoteSpan): boolean {
  return doc.tokens[span.open - 1]?.text === ':';
}

function hasNp(a: Attribution): boolean {
  return a.resolution.end > a.resolution.start;
}

function startsParagraph(doc: FieldDoc, span: QuoteSpan): boolean {
  const t = doc.tokens[span.open]!;
  return t.newlineBefore || span.open === 0;
}

function reportedQuote(
  doc: FieldDoc,
  cand: ReportedCandidate,
  resolver: SpeakerResolver,
): { quote: Quote; entity: EntityDraft | null; resolution: Resolution } | null {
  if (cand.npEnd <= cand.npStart) return null;
  const r = resolver.resolve(doc, cand.npStart, cand.npEnd, cand.npMode);
  if (!r.entity && !r.generic) {
    let words = 0;
    for (let i = cand.npStart; i < cand.npEnd; i++) if (doc.tokens[i]!.isWord) words++;
    if (words === 0 || words > MAX_NULL_SPEAKER_NP_WORDS) return null;
  } else if (r.entity && r.via !== 'name' && r.via !== 'writing') {
    addMention(doc, r.entity, r.start, r.end, r.via === 'pronoun' ? 'pronoun' : 'role');
  }
  // (An aside's speaker, "… attacked Ned Pike for saying …", does not take over from the one speaking.)
  if (!cand.aside) noteSpeaker(resolver, doc, r.entity, cand.cue.start, r.generic, r.via === 'writing');
  const start = doc.tokens[cand.clauseStart]!.start;
  const end = doc.tokens[cand.clauseEnd - 1]!.end;
  const quote: Quote = {
    text: doc.text.slice(start, end),
    speaker: r.entity?.name ?? null,
    speakerType: r.entity?.type ?? null,
    speakerKey: r.entity?.key ?? null,
    cue: cand.cue.text,
    source: cand.source ? sourceOf(doc, resolver, cand.source.start, cand.source.end) : null,
    kind: cand.kind,
    indirect: true,
    field: doc.field,
    start,
    end,
  };
  return { quote, entity: r.entity, resolution: r };
}

function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  return [s, e];
}
