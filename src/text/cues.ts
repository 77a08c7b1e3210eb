/** Speech cues: "said", "told reporters", "pointed out", "according to", "quoted him as saying". */
import type { Token } from './tokenize.js';

/** Verbs that introduce or attribute speech (direct or reported). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  `said says say told tells reminded reminds added adds explained explains warned warns stressed stresses noted notes insisted insists
argued argues claimed claims asked asks replied replies continued continues wrote writes admitted admits announced
announces declared declares commented comments remarked suggested suggests conceded concedes acknowledged
acknowledges predicted predicts urged urges vowed vows promised promises maintained maintains complained complains
confirmed confirms denied denies revealed reveals joked jokes recalled recalls observed cautioned cautions emphasised
emphasises emphasized emphasizes reiterated reiterates countered counters responded responds quipped boasted concluded
stated states demanded demands pleaded shouted exclaimed tweeted hinted hints alleged alleges assured assures
contended contends disclosed indicated indicates agreed agrees believes reckons reckoned described describes
asserted asserts saying adding telling insisting arguing claiming explaining declaring stressing warning noting pledged pledges smiles
smiled laughs laughed sighs sighed confided confides underlined underlines mused muses enthused enthuses lamented laments
recounted recounts retorted retorts protested confessed confesses`.split(/\s+/),
);

/** Cues that can introduce reported speech with or without "that". */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  `said says told tells reminded reminds added adds warned warns stressed stresses insisted insists argued argues claimed claims
admitted admits announced announces confirmed confirms denied denies suggested suggests predicted predicts explained
explains noted notes acknowledged acknowledges conceded concedes revealed reveals maintained maintains complained
complains emphasised emphasises emphasized emphasizes reiterated reiterates stated states alleged alleges assured
assures contended contends indicated indicates believes reckons reckoned hinted hints declared declares promised
promises vowed vows cautioned cautions observed pledged pledges countered counters asserted asserts`.split(
    /\s+/,
  ),
);

/** Verbs after which an object comes before the reported clause ("told reporters", "warned MPs"). */
const OBJECT_VERBS = new Set([
  'told',
  'tells',
  'telling',
  'assured',
  'assures',
  'warned',
  'warns',
  'reminded',
  'urged',
]);
const NOUN_DETERMINERS = new Set([
  "'s",
  '’s',
  'the',
  'his',
  'her',
  'their',
  'its',
  'these',
  'those',
  'such',
  'our',
  'my',
]);
const CONTINUE_TO = new Set(['continued', 'continues']);
const PARTICLES: Readonly<Record<string, string>> = { pointed: 'out', points: 'out', went: 'on' };
/** A capitalised object may be a long outlet name ("BBC Radio Scotland's Good Morning Scotland"). */
const MAX_OBJECT_CAPS = 8;
const OUTLET_NOUNS = new Set(
  'programme program website site newspaper paper channel station agency magazine show radio television conference committee inquiry hearing'.split(
    ' ',
  ),
);
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);
const NOT_OBJECTS = new Set(['of', 'against', 'about', 'on', 'in', 'at', 'that', 'to', 'last', 'this', 'on']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);

/** End of the object after "told": "reporters", "the BBC", "Russia's RIA Novosti", "him". */
function objectEnd(tokens: readonly Token[], from: number, limit: number): number {
  let j = from;
  const first = tokens[j];
  if (!first || j >= limit || !first.isWord || first.lower === 'that' || NOT_OBJECTS.has(first.lower))
    return from;
  if (OBJECT_PRONOUNS.has(first.lower)) return j + 1;
  if (OBJECT_DETERMINERS.has(first.lower)) j++;
  let caps = 0;
  while (
    j < limit &&
    j - from < MAX_OBJECT_CAPS &&
    (tokens[j]!.cap ||
      tokens[j]!.text === "'s" ||
      tokens[j]!.text === '’s' ||
      // "told BBC News 24", "told Radio 4": a number closes a capitalised outlet name.
      (caps > 0 && /^\d+$/.test(tokens[j]!.text)))
  ) {
    j++;
    caps++;
  }
  // "told the BBC News website", "told Radio 4's Today programme": an outlet's name and its common noun.
  // ("told the Reuters news agency", "told the BBC news website": a modifier before the noun.)
  if (
    caps > 0 &&
    j + 1 < limit &&
    /^(news|current|affairs)$/.test(tokens[j]!.lower) &&
    OUTLET_NOUNS.has(tokens[j + 1]!.lower)
  )
    return j + 2;
  if (caps > 0) return j < limit && OUTLET_NOUNS.has(tokens[j]!.lower) ? j + 1 : j;
  const t = tokens[j];
  // One plain noun ("reporters", "journalists", "MPs"), optionally after a determiner.
  if (t && j < limit && t.isWord && !SPEECH_VERBS.has(t.lower) && t.lower !== 'that') return j + 1;
  return from;
}

export interface Cue {
  /** Token range of the cue phrase [start, end). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** "quoted him as saying": token range of the person quoted ("him"), and the cue's source NP precedes it. */
  readonly quotedSpeaker?: { readonly start: number; readonly end: number };
}

function phrase(tokens: readonly Token[], text: string, a: number, b: number): string {
  return text.slice(tokens[a]!.start, tokens[b - 1]!.end);
}

/** A speech cue starting at token i (within [i, limit)), or null. */
export function cueAt(tokens: readonly Token[], text: string, i: number, limit: number): Cue | null {
  const t = tokens[i];
  if (!t?.isWord) return null;
  // A capitalised cue mid-sentence is part of a name ("North East Says No").
  if (t.cap && tokens[i - 1]?.isWord && !tokens[i - 1]!.newlineBefore && i > 0 && !t.newlineBefore)
    return null;
  const w = t.lower;
  if (w === 'according' && tokens[i + 1]?.lower === 'to')
    return { start: i, end: i + 2, text: phrase(tokens, text, i, i + 2) };
  const particle = PARTICLES[w];
  if (particle && tokens[i + 1]?.lower === particle)
    return { start: i, end: i + 2, text: phrase(tokens, text, i, i + 2) };
  if (w === 'quoted' || w === 'quotes' || w === 'reported' || w === 'reports') {
    // "quoted him as saying", "quoted Mr Lavrov as saying", "was quoted as saying", "is reported as saying"
    for (let j = i + 1; j < Math.min(limit, i + 7); j++) {
      if (tokens[j]!.lower === 'as' && /^(saying|telling)$/.test(tokens[j + 1]?.lower ?? '')) {
        const quotedSpeaker = j > i + 1 ? { start: i + 1, end: j } : undefined;
        return { start: i, end: j + 2, text: phrase(tokens, text, i, j + 2), quotedSpeaker };
      }
      if (!tokens[j]!.isWord) break;
    }
    return null;
  }
  if (!SPEECH_VERBS.has(w)) return null;
  // "Mr Livingstone's comments were", "the claims": a possessive or determiner makes the cue form a noun.
  if (/s$/.test(w) && NOUN_DETERMINERS.has(tokens[i - 1]?.lower ?? '')) return null;
  // "the article continues to spread fear": "continue to <verb>" is no speech, only "he continued: …".
  if (CONTINUE_TO.has(w) && tokens[i + 1]?.lower === 'to') return null;
  // "… as saying" belongs to a "quoted X as saying" cue that starts earlier.
  if (w === 'saying' && tokens[i - 1]?.lower === 'as') return null;
  if (OBJECT_VERBS.has(w)) {
    const objEnd = objectEnd(tokens, i + 1, limit);
    if (objEnd > i + 1) return { start: i, end: objEnd, text: phrase(tokens, text, i, objEnd) };
  }
  return { start: i, end: i + 1, text: t.text };
}
