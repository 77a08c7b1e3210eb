/**
 * Ranks tag suggestions: entities by weighted mentions with headline/lead/speaker bonuses, topics
 * by distinct cues, newsroom tags preferred. Precision first: minor one-off mentions drop out.
 */

import type { FieldDoc } from './document.js';
import type { EntityDraft, NameCandidate } from './entities.js';
import { stem } from './stem.js';
import { MIN_TOPIC_DISTINCT, MIN_TOPIC_HITS, type TopicHit } from './topics.js';
import type { KnownTag, Quote, TagSuggestion, TagType } from './types.js';
import type { Vocabulary, VocabularyMatch } from './vocabulary.js';

export const DEFAULT_MAX_TAGS = 8;
const HEADLINE_BONUS = 3;
const LEAD_BONUS = 1.5;
/** Per quote given (up to MAX_SPEAKER_QUOTES): editors tag the people a story quotes. */
const SPEAKER_BONUS = 2;
const MAX_SPEAKER_QUOTES = 4;
const KNOWN_FACTOR = 1.25;
/** Below this a candidate is too slight to suggest (a one-off mention an editor reads past). */
const MIN_TAG_SCORE = 0.5;
/**
 * A topic needs more: one found by a few cue words (score under 2) was an editor's choice about one time in
 * six in the dev set, below what the next name offers.
 */
const MIN_TOPIC_SCORE = 2;
/**
 * An editor tags a story with a topic or two, then its people, places and bodies: at most two topics, of
 * which at most one the newsroom has not used before.
 */
const MAX_TOPICS = 1;
const MAX_ALL_TOPICS = 2;
/**
 * A topic's score beside the names': cue words are weaker evidence of what an editor tags than a name the
 * story keeps mentioning, so topics come after the story's main names in the list.
 */
const TOPIC_WEIGHT = 0.45;
const LEAD_SENTENCES = 2;
const TYPE_FACTOR = { person: 1, organisation: 0.9, country: 1, region: 0.8, city: 0.6 } as const;
/** News outlets are usually sources, not subjects: "told the BBC". */
const OUTLETS = new Set([
  'bbc',
  'reuters',
  'associated press',
  'ap',
  'afp',
  'ria novosti',
  'interfax',
  'tass',
  'press association',
  'bbc news',
  'bbc radio',
]);
const OUTLET_FACTOR = 0.4;
const TOPIC_HIT_WEIGHT = 0.5;
const TOPIC_DISTINCT_WEIGHT = 0.5;
const MAX_TOPIC_HITS = 8;

interface Scored {
  readonly name: string;
  readonly type: TagType;
  /** What the text and the newsroom's tags say, before editors' uptake. */
  readonly score: number;
  /** Editors' uptake of the name in (0, 1]: scales `score` in the suggestions. */
  readonly uptake: number;
  readonly reason: string;
  readonly known: boolean;
}

const isOutlet = (e: EntityDraft) => e.type === 'organisation' && OUTLETS.has(e.name.toLowerCase());

function typeFactor(e: EntityDraft): number {
  if (e.type === 'person') return TYPE_FACTOR.person;
  if (isOutlet(e)) return OUTLET_FACTOR;
  if (e.type === 'organisation') return TYPE_FACTOR.organisation;
  return TYPE_FACTOR[e.placeKind ?? 'city'];
}

function knownBoost(tag: KnownTag | null | undefined): number {
  if (!tag) return 1;
  return KNOWN_FACTOR + 0.05 * Math.log1p(Math.max(0, tag.articleCount ?? 0));
}

/** What the newsroom's archive says of how often editors take a name up (see uptake.ts); 1 without one. */
function uptakeOf(name: string, known: KnownTag | null, vocab: Vocabulary | undefined): number {
  return vocab?.uptake(name, known) ?? 1;
}

function reasonOf(parts: {
  known: boolean;
  mentions: number;
  title: boolean;
  lead: boolean;
  quotes: number;
}): string {
  const out: string[] = [];
  if (parts.known) out.push('known tag');
  out.push(`${parts.mentions} mention${parts.mentions === 1 ? '' : 's'}`);
  if (parts.title) out.push('in headline');
  if (parts.lead) out.push('in lead');
  if (parts.quotes > 0) out.push(`quoted ${parts.quotes}×`);
  return out.join(', ');
}

function scoreEntity(
  e: EntityDraft,
  quotesBy: ReadonlyMap<string, number>,
  vocab: Vocabulary | undefined,
): Scored {
  let weight = 0;
  let count = 0;
  let title = false;
  let lead = false;
  for (const m of e.mentions) {
    if (m.weight <= 0) continue;
    weight += m.weight;
    count++;
    if (m.field === 'title') title = true;
    else if (m.sentence < LEAD_SENTENCES) lead = true;
  }
  const quotes = quotesBy.get(e.key) ?? 0;
  const raw =
    weight +
    (title ? HEADLINE_BONUS : 0) +
    (lead ? LEAD_BONUS : 0) +
    SPEAKER_BONUS * Math.min(quotes, MAX_SPEAKER_QUOTES);
  return {
    name: e.name,
    type: e.type,
    score: raw * typeFactor(e) * knownBoost(e.known),
    uptake: uptakeOf(e.name, e.known, vocab),
    reason: reasonOf({ known: e.known !== null, mentions: count, title, lead, quotes }),
    known: e.known !== null,
  };
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function scoreTopic(hit: TopicHit, vocab: Vocabulary | undefined): Scored | null {
  const qualifies = hit.inTitle
    ? hit.hits >= 2
    : hit.hits >= MIN_TOPIC_HITS && hit.distinct >= MIN_TOPIC_DISTINCT;
  if (!qualifies) return null;
  // The lexicon's "tax" is not the newsroom's "Film tax relief" that lists it as an alias, but its "rugby" is
  // the newsroom's "Rugby union": a longer name must start with the topic's word.
  const found = vocab?.lookupTopic(hit.topic);
  const known =
    found &&
    (!found.name.trim().includes(' ') ||
      sameName(found.name, hit.topic) ||
      stem(found.name.trim().toLowerCase().split(/\s+/)[0]!) === stem(hit.topic.toLowerCase()))
      ? found
      : undefined;
  const raw =
    TOPIC_HIT_WEIGHT * Math.min(hit.hits, MAX_TOPIC_HITS) +
    TOPIC_DISTINCT_WEIGHT * hit.distinct +
    (hit.inTitle ? HEADLINE_BONUS : 0) +
    (hit.inLead ? LEAD_BONUS / 2 : 0);
  return {
    name: known?.name ?? hit.topic,
    type: 'topic',
    score: raw * knownBoost(known),
    uptake: known ? uptakeOf(known.name, known, vocab) : 1,
    reason: reasonOf({
      known: Boolean(known),
      mentions: hit.hits,
      title: hit.inTitle,
      lead: hit.inLead,
      quotes: 0,
    }),
    known: Boolean(known),
  };
}

function scoreKnownTopics(
  matches: readonly { field: string; match: VocabularyMatch }[],
  docs: readonly FieldDoc[],
  vocab: Vocabulary | undefined,
): Scored[] {
  const acc = new Map<KnownTag, { n: number; title: boolean; lead: boolean; full: boolean }>();
  const body = docs.find((d) => d.field === 'body');
  for (const { field, match } of matches) {
    const a = acc.get(match.tag) ?? { n: 0, title: false, lead: false, full: false };
    a.n++;
    // "tax" alone, an alias of "Film tax relief", says less than the tag's name: a matched phrase does.
    if (match.end - match.start > 1 || !match.tag.name.trim().includes(' ')) a.full = true;
    if (field === 'title') a.title = true;
    else if (body && body.sentenceOf[match.start]! < LEAD_SENTENCES) a.lead = true;
    acc.set(match.tag, a);
  }
  const out: Scored[] = [];
  for (const [tag, a] of acc) {
    if ((a.n < 2 && !a.title && !a.lead) || !a.full) continue;
    const raw = a.n + (a.title ? HEADLINE_BONUS : 0) + (a.lead ? LEAD_BONUS : 0);
    out.push({
      name: tag.name,
      type: 'topic',
      score: raw * knownBoost(tag),
      uptake: uptakeOf(tag.name, tag, vocab),
      reason: reasonOf({ known: true, mentions: a.n, title: a.title, lead: a.lead, quotes: 0 }),
      known: true,
    });
  }
  return out;
}

const NAME_FACTOR = 0.8;
const MIN_NAME_MENTIONS = 3;

/** Recurring names of no known type ("Baywatch") as topic tags. */
function scoreNames(names: readonly NameCandidate[]): Scored[] {
  const out: Scored[] = [];
  for (const n of names) {
    if (!((n.inTitle && n.count >= 2) || n.count >= MIN_NAME_MENTIONS)) continue;
    const raw = n.count + (n.inTitle ? HEADLINE_BONUS : 0) + (n.inLead ? LEAD_BONUS : 0);
    out.push({
      name: n.name,
      type: 'topic',
      score: raw * NAME_FACTOR,
      uptake: 1,
      reason: reasonOf({ known: false, mentions: n.count, title: n.inTitle, lead: n.inLead, quotes: 0 }),
      known: false,
    });
  }
  return out;
}

export interface TagInputs {
  readonly docs: readonly FieldDoc[];
  readonly entities: readonly EntityDraft[];
  readonly names?: readonly NameCandidate[];
  readonly topics: readonly TopicHit[];
  readonly knownTopicMatches: readonly { field: string; match: VocabularyMatch }[];
  readonly quotes?: readonly Quote[];
  /** Quotes per entity key given by an unnamed spokesperson for that body (it speaks, though not named). */
  readonly voices?: ReadonlyMap<string, number>;
  readonly vocabulary?: Vocabulary;
  readonly maxTags?: number;
}

/** The suggestions, and the names the text alone would have had suggested (see `Analysis.textTags`). */
export interface RankedTags {
  readonly tags: TagSuggestion[];
  readonly textTags: string[];
}

export function rankTags(input: TagInputs): RankedTags {
  const max = Math.max(0, Math.floor(input.maxTags ?? DEFAULT_MAX_TAGS));
  const quotesBy = new Map<string, number>();
  for (const q of input.quotes ?? [])
    if (q.speakerKey) quotesBy.set(q.speakerKey, (quotesBy.get(q.speakerKey) ?? 0) + 1);
  for (const [key, n] of input.voices ?? []) quotesBy.set(key, (quotesBy.get(key) ?? 0) + n);
  const entityTags = input.entities.map((e) => scoreEntity(e, quotesBy, input.vocabulary));
  const knownTopics = scoreKnownTopics(input.knownTopicMatches, input.docs, input.vocabulary);
  // "elections" from the lexicon says no more than the newsroom's "General election" found in the text.
  const knownStems = new Set(knownTopics.flatMap((t) => t.name.toLowerCase().split(/\s+/).map(stem)));
  const textTopics = [
    ...knownTopics,
    ...input.topics
      .map((t) => scoreTopic(t, input.vocabulary))
      .filter((t): t is Scored => t !== null && (t.known || !knownStems.has(stem(t.name.toLowerCase())))),
  ];
  const topics = withInferredTopics(textTopics, entityTags, input.entities, input.vocabulary);
  const names = scoreNames(input.names ?? []);
  const withUptake = (t: Scored): Scored => ({ ...t, score: t.score * t.uptake });
  const tags = choose(entityTags.map(withUptake), names, topics.map(withUptake), max);
  const sameAsText = [...entityTags, ...topics].every((t) => t.uptake === 1);
  return {
    tags,
    textTags: (sameAsText ? tags : choose(entityTags, names, topics, max)).map((t) => t.name),
  };
}

/** A topic certain from the story's names scores like a known topic found by a handful of cue words. */
const INFER_WEIGHT = 6;
/** A name scoring this much (a few mentions, or one in the headline) brings its topics in full. */
const PROMINENT = 8;

/**
 * Topics the story's names bring with them: a name that goes with a topic in the newsroom's archive ("Lleyton
 * Hewitt" with Tennis) is evidence for it even where no cue word is written, weighed by how prominent the name is
 * here. Adds to a topic found in the text, or adds the topic.
 */
function withInferredTopics(
  topics: readonly Scored[],
  entityTags: readonly Scored[],
  entities: readonly EntityDraft[],
  vocab: Vocabulary | undefined,
): Scored[] {
  const out = [...topics];
  if (!vocab) return out;
  const evidence = new Map<KnownTag, { none: number; names: string[] }>();
  entities.forEach((e, i) => {
    if (isOutlet(e)) return;
    const prominence = Math.min(1, entityTags[i]!.score / PROMINENT);
    for (const { tag, share } of vocab.topicsWith(e.name)) {
      const ev = evidence.get(tag) ?? { none: 1, names: [] };
      ev.none *= 1 - share * prominence;
      ev.names.push(e.name);
      evidence.set(tag, ev);
    }
  });
  for (const [tag, ev] of evidence) {
    const score = INFER_WEIGHT * (1 - ev.none) * knownBoost(tag);
    const goesWith = `goes with ${ev.names.slice(0, 3).join(', ')}`;
    const at = out.findIndex((t) => sameName(t.name, tag.name));
    const found = out[at];
    if (found) out[at] = { ...found, score: found.score + score, reason: `${found.reason}, ${goesWith}` };
    else
      out.push({
        name: tag.name,
        type: 'topic',
        score,
        uptake: uptakeOf(tag.name, tag, vocab),
        reason: `known tag, ${goesWith}`,
        known: true,
      });
  }
  return out;
}

/** The best `max` candidates, at most two of them topics, each above its floor. */
function choose(
  entityTags: readonly Scored[],
  names: readonly Scored[],
  topics: readonly Scored[],
  max: number,
): TagSuggestion[] {
  const topicTags = [...topics]
    .sort((a, b) => b.score - a.score)
    .filter((t, i) => (t.known || i < MAX_TOPICS) && i < MAX_ALL_TOPICS)
    .map((t) => ({ ...t, score: t.score * TOPIC_WEIGHT }));
  // A recurring name the newsroom has as a topic ("Brexit") is that known topic.
  const topicNames = new Set(topicTags.map((t) => t.name.toLowerCase()));
  const seen = new Set<string>();
  const out: TagSuggestion[] = [];
  for (const t of [
    ...entityTags,
    ...names.filter((t) => !topicNames.has(t.name.toLowerCase())),
    ...topicTags,
  ].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))) {
    if (out.length >= max) break;
    if (t.score < (t.type === 'topic' ? MIN_TOPIC_SCORE : MIN_TAG_SCORE)) continue;
    const k = t.name.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({
      name: t.name,
      type: t.type,
      score: Math.round(t.score * 100) / 100,
      reason: t.reason,
      known: t.known,
    });
  }
  return out;
}
