/**
 * The tag re-ranker: a logistic model over what the ranker knows of each candidate, learnt from editors' tags
 * (eval/tools/train-tag-model.ts writes the weights to tag-weights.ts). It re-orders the candidates the hand
 * score admits; it adds none and drops none below its floors.
 */

/**
 * What the model reads of a candidate (absent = 0):
 * - `score`: log(1 + hand score); `rank`: 1 / (1 + its place in the hand order);
 * - its kind, one of `person`, `organisation`, `outlet`, `country`, `region`, `city`, `topic` (a lexicon topic the
 *   newsroom has not used), `knownTopic`, `nameTopic` (a recurring name of no known type);
 * - the newsroom's archive: `known` (a tag it uses), `articles` (log(1 + articles carrying it)), `uptake`;
 * - the text: `title`, `lead` (0/1), `mentions` (log(1 + count)), `quoted` (quotes given, up to 4, over 4);
 *   for names, `spread` (share of paragraphs naming it), `first` (offset of the first body mention over the
 *   body's length; 1 when none), `inQuote` (share of mentions inside quotation marks); for topics, `distinct`
 *   (log(1 + distinct cue words)), `phrase` (a known topic matched by a phrase), `inferred` (evidence from the
 *   names that go with it) and `inferredOnly` (no cue word at all).
 */
export const TAG_FEATURES = [
  'score',
  'rank',
  'person',
  'organisation',
  'outlet',
  'country',
  'region',
  'city',
  'topic',
  'knownTopic',
  'nameTopic',
  'known',
  'articles',
  'uptake',
  'title',
  'lead',
  'mentions',
  'quoted',
  'spread',
  'first',
  'inQuote',
  'distinct',
  'phrase',
  'inferred',
  'inferredOnly',
] as const;

export type TagFeature = (typeof TAG_FEATURES)[number];

export type TagFeatures = Readonly<Partial<Record<TagFeature, number>>>;

export interface TagModel {
  readonly bias: number;
  readonly weights: Readonly<Partial<Record<TagFeature, number>>>;
}

/** The model's log-odds that an editor would choose the candidate. */
export function tagLogit(model: TagModel, features: TagFeatures): number {
  let z = model.bias;
  for (const name of TAG_FEATURES) z += (model.weights[name] ?? 0) * (features[name] ?? 0);
  return z;
}

/** The model's probability that an editor would choose the candidate. */
export function tagProbability(model: TagModel, features: TagFeatures): number {
  return 1 / (1 + Math.exp(-tagLogit(model, features)));
}

export { TAG_MODEL } from './tag-weights.js';
