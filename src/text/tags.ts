/**
 * Ranks tag suggestions: entities by weighted mentions with headline/lead/speaker bonuses, topics
 * by distinct cues, newsroom tags preferred. Precision first: minor one-off mentions drop out. With a newsroom
 * vocabulary, the re-ranker learnt from editors' tags (tag-model.ts) orders the hand score's best candidates.
 */

import { type FieldDoc, LEAD_SENTENCES } from './document.js';
import type { EntityDraft, NameCandidate } from './entities.js';
import { stem } from './stem.js';
import { TAG_MODEL, type TagFeatures, type TagModel, tagProbability } from './tag-model.js';
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
  /** What the re-ranker reads (see tag-model.ts); the hand score and rank are added in `candidatePool`. */
  readonly features: TagFeatures;
}

/** Where the body's mentions fall: paragraphs, first offset, direct quotations. */
interface BodyLayout {
  readonly doc: FieldDoc | undefined;
  readonly paragraphs: number;
  readonly quoteSpans: readonly { start: number; end: number }[];
}

function layoutOf(docs: readonly FieldDoc[], quotes: readonly Quote[]): BodyLayout {
  const doc = docs.find((d) => d.field === 'body');
  const last = doc && doc.tokens.length > 0 ? doc.paragraphOf[doc.tokens.length - 1]! : -1;
  return {
    doc,
    paragraphs: last + 1,
    quoteSpans: quotes.filter((q) => q.field === 'body' && q.kind === 'direct'),
  };
}

/** Spread over paragraphs, position of the first mention, share inside direct quotations. */
function placement(e: EntityDraft, layout: BodyLayout): TagFeatures {
  const { doc } = layout;
  const body = e.mentions.filter((m) => m.field === 'body' && m.weight > 0);
  if (!doc || body.length === 0 || layout.paragraphs === 0) return { first: 1 };
  const paragraphs = new Set(body.map((m) => doc.paragraphOf[m.tokenStart]!));
  const quoted = body.filter((m) => layout.quoteSpans.some((q) => m.start >= q.start && m.end <= q.end));
  return {
    spread: paragraphs.size / layout.paragraphs,
    first: Math.min(...body.map((m) => m.start)) / Math.max(1, doc.text.length),
    inQuote: quoted.length / body.length,
  };
}

const isOutlet = (e: EntityDraft) => e.type === 'organisation' && OUTLETS.has(e.name.toLowerCase());

/** What kind of name the entity is, as the type factor and the re-ranker tell them apart. */
function kindOf(e: EntityDraft): keyof typeof TYPE_FACTOR | 'outlet' {
  if (e.type === 'person') return 'person';
  if (isOutlet(e)) return 'outlet';
  if (e.type === 'organisation') return 'organisation';
  return e.placeKind ?? 'city';
}

function typeFactor(e: EntityDraft): number {
  const kind = kindOf(e);
  return kind === 'outlet' ? OUTLET_FACTOR : TYPE_FACTOR[kind];
}

function knownBoost(tag: KnownTag | null | undefined): number {
  if (!tag) return 1;
  return KNOWN_FACTOR + 0.05 * Math.log1p(Math.max(0, tag.articleCount ?? 0));
}

/** What the re-ranker reads of a newsroom tag: that it is known, how many articles carry it, uptake. */
function knownFeatures(tag: KnownTag | null | undefined, uptake: number): TagFeatures {
  return tag ? { known: 1, articles: Math.log1p(Math.max(0, tag.articleCount ?? 0)), uptake } : { uptake };
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
  layout: BodyLayout,
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
  const uptake = uptakeOf(e.name, e.known, vocab);
  return {
    name: e.name,
    type: e.type,
    score: raw * typeFactor(e) * knownBoost(e.known),
    uptake,
    reason: reasonOf({ known: e.known !== null, mentions: count, title, lead, quotes }),
    known: e.known !== null,
    features: {
      [kindOf(e)]: 1,
      ...knownFeatures(e.known, uptake),
      title: title ? 1 : 0,
      lead: lead ? 1 : 0,
      mentions: Math.log1p(count),
      quoted: Math.min(quotes, MAX_SPEAKER_QUOTES) / MAX_SPEAKER_QUOTES,
      ...placement(e, layout),
    },
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
  const uptake = known ? uptakeOf(known.name, known, vocab) : 1;
  return {
    name: known?.name ?? hit.topic,
    type: 'topic',
    score: raw * knownBoost(known),
    uptake,
    features: {
      [known ? 'knownTopic' : 'topic']: 1,
      ...knownFeatures(known, uptake),
      title: hit.inTitle ? 1 : 0,
      lead: hit.inLead ? 1 : 0,
      mentions: Math.log1p(hit.hits),
      distinct: Math.log1p(hit.distinct),
    },
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
    const uptake = uptakeOf(tag.name, tag, vocab);
    out.push({
      name: tag.name,
      type: 'topic',
      score: raw * knownBoost(tag),
      uptake,
      features: {
        knownTopic: 1,
        ...knownFeatures(tag, uptake),
        title: a.title ? 1 : 0,
        lead: a.lead ? 1 : 0,
        mentions: Math.log1p(a.n),
        phrase: 1,
      },
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
    if (!(n.work || (n.inTitle && n.count >= 2) || n.count >= MIN_NAME_MENTIONS)) continue;
    const raw = n.count + (n.inTitle ? HEADLINE_BONUS : 0) + (n.inLead ? LEAD_BONUS : 0);
    out.push({
      name: n.name,
      type: 'topic',
      score: raw * NAME_FACTOR,
      uptake: 1,
      features: {
        nameTopic: 1,
        uptake: 1,
        title: n.inTitle ? 1 : 0,
        lead: n.inLead ? 1 : 0,
        mentions: Math.log1p(n.count),
      },
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
  /** The re-ranker; `null` keeps the hand score's order. Default: the trained `TAG_MODEL` with a vocabulary. */
  readonly model?: TagModel | null;
}

/** The suggestions, and the names the text alone would have had suggested (see `Analysis.textTags`). */
export interface RankedTags {
  readonly tags: TagSuggestion[];
  readonly textTags: string[];
}

/** A candidate tag as the re-ranker sees it: the hand score and the features it reads. */
export interface TagCandidate {
  readonly name: string;
  readonly type: TagType;
  /** The hand score (weighted mentions, bonuses, editors' uptake). */
  readonly score: number;
  readonly reason: string;
  readonly known: boolean;
  readonly features: TagFeatures;
}

interface Scoring {
  readonly entityTags: Scored[];
  readonly names: Scored[];
  readonly topics: Scored[];
}

function scoreAll(input: TagInputs): Scoring {
  const quotesBy = new Map<string, number>();
  for (const q of input.quotes ?? [])
    if (q.speakerKey) quotesBy.set(q.speakerKey, (quotesBy.get(q.speakerKey) ?? 0) + 1);
  for (const [key, n] of input.voices ?? []) quotesBy.set(key, (quotesBy.get(key) ?? 0) + n);
  const layout = layoutOf(input.docs, input.quotes ?? []);
  const entityTags = input.entities.map((e) => scoreEntity(e, quotesBy, input.vocabulary, layout));
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
  return { entityTags, names: scoreNames(input.names ?? []), topics };
}

const withUptake = (t: Scored): Scored => ({ ...t, score: t.score * t.uptake });

/** The best `limit` candidates once editors' uptake has weighed the names and topics it knows. */
function weighedPool({ entityTags, names, topics }: Scoring, limit: number): TagCandidate[] {
  return candidatePool(entityTags.map(withUptake), names, topics.map(withUptake), limit);
}

/** The candidates `rankTags` chooses among, in the hand score's order (what the re-ranker is trained on). */
export function tagPool(input: TagInputs): TagCandidate[] {
  return weighedPool(scoreAll(input), TAG_POOL);
}

export function rankTags(input: TagInputs): RankedTags {
  const max = Math.max(0, Math.floor(input.maxTags ?? DEFAULT_MAX_TAGS));
  // The re-ranker reads what the newsroom's archive says of each name (a known tag, how often tagged, editors'
  // uptake). With no archive every name would look like one the newsroom never tags, so the hand order stands.
  const archive = (input.vocabulary?.size ?? 0) > 0;
  const model = input.model !== undefined ? input.model : archive ? TAG_MODEL : null;
  const limit = model ? Math.max(max, TAG_POOL) : max;
  const scoring = scoreAll(input);
  const { entityTags, names, topics } = scoring;
  const tags = choose(weighedPool(scoring, limit), max, model);
  // What the text alone says, in the hand score's order: the newsroom learns editors' uptake from these, so
  // neither uptake nor the re-ranker (which reads uptake) may feed back into them. In the hand order with no
  // uptake to weigh, that is the list already chosen.
  const sameAsText = !model && [...entityTags, ...topics].every((t) => t.uptake === 1);
  const textTags = sameAsText ? tags : choose(candidatePool(entityTags, names, topics, max), max, null);
  return { tags, textTags: textTags.map((t) => t.name) };
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
    const inferred = 1 - ev.none;
    if (found)
      out[at] = {
        ...found,
        score: found.score + score,
        reason: `${found.reason}, ${goesWith}`,
        features: { ...found.features, inferred },
      };
    else {
      const uptake = uptakeOf(tag.name, tag, vocab);
      out.push({
        name: tag.name,
        type: 'topic',
        score,
        uptake,
        reason: `known tag, ${goesWith}`,
        known: true,
        features: { knownTopic: 1, ...knownFeatures(tag, uptake), inferred, inferredOnly: 1 },
      });
    }
  }
  return out;
}

/** Candidates the re-ranker chooses among: the hand score's best this many. */
export const TAG_POOL = 20;

/**
 * The candidates in the hand score's order, at most two of them topics, each above its floor; each with the
 * features the re-ranker reads (its hand score and rank among them included).
 */
function candidatePool(
  entityTags: readonly Scored[],
  names: readonly Scored[],
  topics: readonly Scored[],
  limit: number,
): TagCandidate[] {
  const topicTags = [...topics]
    .sort((a, b) => b.score - a.score)
    .filter((t, i) => (t.known || i < MAX_TOPICS) && i < MAX_ALL_TOPICS)
    .map((t) => ({ ...t, score: t.score * TOPIC_WEIGHT }));
  // A recurring name the newsroom has as a topic ("Brexit") is that known topic.
  const topicNames = new Set(topicTags.map((t) => t.name.toLowerCase()));
  const seen = new Set<string>();
  const pool: TagCandidate[] = [];
  for (const t of [
    ...entityTags,
    ...names.filter((t) => !topicNames.has(t.name.toLowerCase())),
    ...topicTags,
  ].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))) {
    if (pool.length >= limit) break;
    if (t.score < (t.type === 'topic' ? MIN_TOPIC_SCORE : MIN_TAG_SCORE)) continue;
    const k = t.name.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    const features = { ...t.features, score: Math.log1p(t.score), rank: 1 / (1 + pool.length) };
    pool.push({ name: t.name, type: t.type, score: t.score, reason: t.reason, known: t.known, features });
  }
  return pool;
}

/**
 * The best `max` of the pool. With a model, in the order of its odds that an editor chooses each, and the
 * score is that probability; without one, in the hand score's order, and the score is the hand score.
 */
function choose(pool: readonly TagCandidate[], max: number, model: TagModel | null): TagSuggestion[] {
  const ranked = pool.map((t) => ({ t, p: model ? tagProbability(model, t.features) : t.score }));
  if (model) ranked.sort((a, b) => b.p - a.p || a.t.name.localeCompare(b.t.name));
  return ranked.slice(0, max).map(({ t, p }) => ({
    name: t.name,
    type: t.type,
    score: Math.round(p * (model ? 1000 : 100)) / (model ? 1000 : 100),
    reason: t.reason,
    known: t.known,
  }));
}
