/**
 * The tag re-ranker: a logistic model over what the ranker knows of each candidate, learnt from editors' tags
 * (eval/tools/train-tag-model.ts writes the weights below). It re-orders the candidates the hand score
 * admits; it adds none and drops none below its floors.
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
