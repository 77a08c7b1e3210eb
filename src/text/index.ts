/**
 * Dateline's language layer: pure functions, no I/O, nothing imported from elsewhere in src/.
 *
 *   createVocabulary(tags)            → Vocabulary (opaque): the newsroom's known tags as matchers
 *   analyze({ title?, body }, opts?)  → { entities, tags, quotes }
 *   suggestTags({ title?, body }, opts?) → TagSuggestion[]   (the editor's chips: analyze()'s ranking)
 *   tagCandidates({ title?, body }, opts?) → TagCandidate[]  (what the tag re-ranker reads; for training it)
 *   slugify(name)                     → entity key ("Wendy Sherman" → "wendy-sherman")
 *   articleFeatures(input, analysis?) → ArticleFeatures (JSON-serialisable, for RelatedIndex)
 *   new RelatedIndex()                → add(id, features, publishedAtMs, tags) / remove(id) / related(id, k, { now })
 *
 * Inputs longer than MAX_ANALYSED_CHARS (400,000 characters) are analysed up to that point; offsets
 * always refer to the original strings. Non-object input or a non-string body throws a TypeError.
 */
export { type AnalyzeOptions, analyze, suggestTags, tagCandidates } from './analyze.js';
export { MAX_ANALYSED_CHARS } from './document.js';
export { type ArticleFeatures, articleFeatures, FEATURES_VERSION } from './features.js';
export { type RelatedHit, RelatedIndex, type RelatedOptions } from './related-index.js';
export { slugify } from './slugify.js';
export { TAG_FEATURES, TAG_MODEL, type TagFeature, type TagFeatures, type TagModel } from './tag-model.js';
export type { TagCandidate } from './tags.js';
export type * from './types.js';
export type { UntaggedName } from './uptake.js';
export {
  createVocabulary,
  MIN_TOGETHER,
  type TopicAssociation,
  type Vocabulary,
} from './vocabulary.js';
