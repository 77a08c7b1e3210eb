/** analyze() and suggestTags(): entities, tag suggestions and quotes for one article. */
import { buildDocs, validateInput } from './document.js';
import { type EntityIndex, extractEntities, toPublicEntity } from './entities.js';
import { extractSpeech } from './quotes.js';
import type { TagModel } from './tag-model.js';
import { rankTags, type TagCandidate, type TagInputs, tagPool } from './tags.js';
import { detectTopics } from './topics.js';
import type { Analysis, AnalyzeInput, Entity, TagSuggestion } from './types.js';
import type { Vocabulary } from './vocabulary.js';

export interface AnalyzeOptions {
  readonly vocabulary?: Vocabulary;
  /** Maximum tag suggestions (default 8). */
  readonly maxTags?: number;
  /**
   * The tag re-ranker. Default: the trained one when the vocabulary holds tags, else none; `null` keeps the
   * hand score's order.
   */
  readonly tagModel?: TagModel | null;
}

function publicEntities(index: EntityIndex): Entity[] {
  const fieldOrder = (f: string) => (f === 'title' ? 0 : 1);
  return index.entities
    .map((e) => {
      e.mentions.sort((a, b) => fieldOrder(a.field) - fieldOrder(b.field) || a.start - b.start);
      return toPublicEntity(e);
    })
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

function read(input: AnalyzeInput, options: AnalyzeOptions | undefined) {
  const index = extractEntities(buildDocs(validateInput(input)), options?.vocabulary);
  const voices = new Map<string, number>();
  const quotes = extractSpeech(index, voices);
  const tagInputs: TagInputs = {
    docs: index.docs,
    entities: index.entities,
    names: index.names,
    topics: detectTopics(index.docs),
    knownTopicMatches: index.topicMatches,
    quotes,
    voices,
    vocabulary: options?.vocabulary,
    maxTags: options?.maxTags,
    model: options?.tagModel,
  };
  return { index, quotes, tagInputs };
}

export function analyze(input: AnalyzeInput, options?: AnalyzeOptions): Analysis {
  const { index, quotes, tagInputs } = read(input, options);
  const { tags, textTags } = rankTags(tagInputs);
  return { entities: publicEntities(index), tags, quotes, textTags };
}

/**
 * The tag candidates in the hand score's order, with the features the re-ranker reads: what it is trained on
 * (eval/tools/train-tag-model.ts). `maxTags` and `tagModel` do not apply.
 */
export function tagCandidates(input: AnalyzeInput, options?: AnalyzeOptions): TagCandidate[] {
  return tagPool(read(input, options).tagInputs);
}

/**
 * The editor's chips: the same ranked list `analyze()` stores, speakers' weight included, so what an
 * editor sees while typing is what the article will be saved with (about 5 ms for 1,200 words).
 */
export function suggestTags(input: AnalyzeInput, options?: AnalyzeOptions): readonly TagSuggestion[] {
  return analyze(input, options).tags;
}
