/** Targets the analyser must reach (minimums). */

import type { MetricKey } from './evaluate.js';

export type { MetricKey };

export interface MetricRow {
  readonly key: MetricKey;
  readonly label: string;
  readonly target: number | null;
}

export const METRIC_ROWS: readonly MetricRow[] = [
  { key: 'tagPrecisionAt8', label: 'tags precision@8', target: null },
  { key: 'tagRecallAt8', label: 'tags recall@8 (all editor tags)', target: 0.6 },
  { key: 'nameTagRecallAt8', label: 'tags recall@8 (person/place/org)', target: 0.9 },
  { key: 'tagPrecisionAt5', label: 'tags precision@5', target: 0.6 },
  { key: 'directRecall', label: 'direct quotes recall', target: 0.95 },
  { key: 'directPrecision', label: 'direct quotes precision', target: null },
  { key: 'directSpeakerAccuracy', label: 'direct quotes speaker accuracy', target: 0.9 },
  { key: 'reportedRecall', label: 'reported speech recall', target: 0.8 },
  { key: 'reportedSpeakerAccuracy', label: 'reported speech speaker accuracy', target: null },
];

/** Null when there is no target, or nothing to measure (a tags-only set has no quote rows). */
export function passes(value: number | null, target: number | null): boolean | null {
  if (target === null || value === null) return null;
  return value >= target;
}
