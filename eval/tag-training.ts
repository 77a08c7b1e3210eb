/**
 * Learns the tag re-ranker (src/text/tag-model.ts) from editors' tags: every candidate the hand score admits
 * is an example, labelled by whether the editor chose it; a logistic model with a ridge penalty is fitted
 * by Newton's method on standardised features, so the same examples always give the same weights.
 */

import type { TagFeature, TagFeatures, TagModel } from '../src/text/tag-model.js';
import { tagHits } from './metrics.js';
import type { EvalDoc } from './types.js';

export interface TagExample {
  readonly features: TagFeatures;
  readonly chosen: boolean;
}

/** Labels a document's candidates as the metric matches tags: each editor tag claims the first naming it. */
export function labelCandidates(
  candidates: ReadonlyArray<{ name: string; features: TagFeatures }>,
  doc: EvalDoc,
): TagExample[] {
  const { hits } = tagHits(
    candidates.map((c) => c.name),
    doc.gold.tags,
  );
  return candidates.map((c, i) => ({ features: c.features, chosen: hits[i]! }));
}

export interface FitOptions {
  /** Ridge penalty on the standardised weights (the bias is not penalised). */
  readonly l2?: number;
  readonly iterations?: number;
}

const DEFAULT_L2 = 10;
const DEFAULT_ITERATIONS = 25;

/** Solves the symmetric positive definite system A x = b (Cholesky). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const l = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let sum = a[i]![j]!;
      for (let k = 0; k < j; k++) sum -= l[i]![k]! * l[j]![k]!;
      l[i]![j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j]![j]!;
    }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i]![k]! * y[k]!;
    y[i] = sum / l[i]![i]!;
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k]![i]! * x[k]!;
    x[i] = sum / l[i]![i]!;
  }
  return x;
}

/** Fits the model's weights on `features` (names in the model's order) to the examples. */
export function fitTagModel(
  examples: readonly TagExample[],
  features: readonly TagFeature[],
  options: FitOptions = {},
): TagModel {
  if (examples.length === 0) throw new Error('fitTagModel: no examples');
  const l2 = options.l2 ?? DEFAULT_L2;
  const d = features.length;
  const rows = examples.map((e) => features.map((f) => e.features[f] ?? 0));
  const y = examples.map((e) => (e.chosen ? 1 : 0));
  const mean = features.map((_, j) => rows.reduce((s, r) => s + r[j]!, 0) / rows.length);
  const sd = features.map((_, j) => {
    const v = rows.reduce((s, r) => s + (r[j]! - mean[j]!) ** 2, 0) / rows.length;
    return Math.sqrt(v) || 1;
  });
  // Standardised rows with a leading 1 for the bias.
  const z = rows.map((r) => [1, ...r.map((x, j) => (x - mean[j]!) / sd[j]!)]);
  const w = new Array<number>(d + 1).fill(0);
  for (let iter = 0; iter < (options.iterations ?? DEFAULT_ITERATIONS); iter++) {
    const grad = w.map((wj, j) => (j === 0 ? 0 : l2 * wj));
    const hess = w.map((_, i) => w.map((__, j) => (i === j && i > 0 ? l2 : 0)));
    z.forEach((row, n) => {
      let logit = 0;
      for (let j = 0; j <= d; j++) logit += w[j]! * row[j]!;
      const p = 1 / (1 + Math.exp(-logit));
      const err = p - y[n]!;
      const curve = p * (1 - p);
      for (let i = 0; i <= d; i++) {
        grad[i]! += err * row[i]!;
        const ci = curve * row[i]!;
        if (ci === 0) continue;
        for (let j = 0; j <= i; j++) hess[i]![j]! += ci * row[j]!;
      }
    });
    for (let i = 0; i <= d; i++) for (let j = 0; j < i; j++) hess[j]![i] = hess[i]![j]!;
    const step = solve(hess, grad);
    let moved = 0;
    for (let j = 0; j <= d; j++) {
      w[j]! -= step[j]!;
      moved = Math.max(moved, Math.abs(step[j]!));
    }
    if (moved < 1e-9) break;
  }
  // Back to the raw features' scale.
  const weights: Partial<Record<TagFeature, number>> = {};
  let bias = w[0]!;
  features.forEach((f, j) => {
    const wj = w[j + 1]! / sd[j]!;
    weights[f] = wj;
    bias -= wj * mean[j]!;
  });
  return { bias, weights };
}
