/** Runs a system over an evaluation set and aggregates the metrics. */

import type { SystemOutput } from './baseline.js';
import { bootstrapIntervals, type Intervals } from './intervals.js';
import {
  addCounts,
  emptyCounts,
  mean,
  type QuoteCounts,
  type QuoteMiss,
  ratio,
  scoreQuotes,
  scoreTags,
  type TagScore,
} from './metrics.js';
import type { EvalDoc } from './types.js';

/** Analyses one article; `id` lets a system pick per-article settings (the cross-validated vocabulary). */
export type System = (input: { title?: string; body: string }, id: string) => SystemOutput;

export interface DocResult {
  readonly id: string;
  readonly tags: TagScore;
  readonly predictedTags: readonly string[];
  readonly direct: QuoteCounts;
  readonly reported: QuoteCounts;
  readonly quoteMisses: QuoteMiss[];
}

/** The figures of a set, each from its articles' results (so a resample of the articles gets its own). */
export type SetFigures = {
  readonly tagPrecisionAt8: number | null;
  readonly tagRecallAt8: number | null;
  readonly nameTagRecallAt8: number | null;
  readonly tagPrecisionAt5: number | null;
  readonly directRecall: number | null;
  readonly directPrecision: number | null;
  readonly directSpeakerAccuracy: number | null;
  readonly reportedRecall: number | null;
  readonly reportedSpeakerAccuracy: number | null;
};

export type MetricKey = keyof SetFigures;

export interface SetResult extends SetFigures {
  readonly articles: number;
  /** 95% interval of each figure over resamples of the articles (see intervals.ts). */
  readonly intervals: Intervals;
  readonly direct: QuoteCounts;
  readonly reported: QuoteCounts;
  readonly articlesPerSecond: number;
  readonly docs: DocResult[];
}

/** Gold annotates the body only, so predictions in the title are left out of quote scoring. */
const inBody = (q: { field?: 'title' | 'body' }) => (q.field ?? 'body') === 'body';

export function evaluate(system: System, docs: readonly EvalDoc[]): SetResult {
  const outputs: SystemOutput[] = [];
  const started = performance.now();
  for (const doc of docs)
    outputs.push(system(doc.title ? { title: doc.title, body: doc.body } : { body: doc.body }, doc.id));
  const seconds = (performance.now() - started) / 1000;

  const results = docs.map((doc, i): DocResult => {
    const out = outputs[i] ?? { tags: [], quotes: [] };
    const q = doc.gold.tagsOnly
      ? { direct: emptyCounts(), reported: emptyCounts(), misses: [] }
      : scoreQuotes(out.quotes.filter(inBody), doc.gold.quotes.filter(inBody));
    return {
      id: doc.id,
      tags: scoreTags(out.tags, doc.gold.tags),
      predictedTags: out.tags,
      direct: q.direct,
      reported: q.reported,
      quoteMisses: q.misses,
    };
  });
  const { direct, reported } = totals(results);
  return {
    articles: docs.length,
    ...figures(results),
    intervals: bootstrapIntervals(results, figures),
    direct,
    reported,
    articlesPerSecond: seconds > 0 ? docs.length / seconds : Number.POSITIVE_INFINITY,
    docs: results,
  };
}

function totals(results: readonly DocResult[]): { direct: QuoteCounts; reported: QuoteCounts } {
  const direct = emptyCounts();
  const reported = emptyCounts();
  for (const r of results) {
    addCounts(direct, r.direct);
    addCounts(reported, r.reported);
  }
  return { direct, reported };
}

/** Tag figures are averaged over articles; quote figures pool the quotes of all articles. */
export function figures(results: readonly DocResult[]): SetFigures {
  const { direct, reported } = totals(results);
  return {
    tagPrecisionAt8: mean(results.map((r) => r.tags.precisionAtK)),
    tagRecallAt8: mean(results.map((r) => r.tags.recallAtK)),
    nameTagRecallAt8: mean(results.map((r) => r.tags.nameRecallAtK)),
    tagPrecisionAt5: mean(results.map((r) => r.tags.precisionAt5)),
    directRecall: ratio(direct.matchedGold, direct.gold),
    directPrecision: ratio(direct.matchedPred, direct.predicted),
    directSpeakerAccuracy: ratio(direct.speakerCorrect, direct.matchedGold),
    reportedRecall: ratio(reported.matchedGold, reported.gold),
    reportedSpeakerAccuracy: ratio(reported.speakerCorrect, reported.matchedGold),
  };
}
