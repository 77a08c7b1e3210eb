/** Text rendering of evaluation results. */

import type { SetResult } from './evaluate.js';
import { RESAMPLES } from './intervals.js';
import { METRIC_ROWS, type MetricRow, passes } from './targets.js';
import type { EvalDoc } from './types.js';

const LABEL_WIDTH = 36;
const COL_WIDTH = 20;
const SNIPPET = 70;

const pct = (v: number | null) => (v === null ? 'n/a' : `${(v * 100).toFixed(1)}%`);

function mark(value: number | null, target: number | null): string {
  const ok = passes(value, target);
  return ok === null ? '' : ok ? ' PASS' : ' FAIL';
}

/** Prints one table: rows = metrics, columns = systems; the first `judged` columns get pass/fail marks. */
export function renderTable(
  title: string,
  columns: ReadonlyArray<[string, SetResult]>,
  judged: number,
  rows: readonly MetricRow[] = METRIC_ROWS,
): string {
  const lines = [title];
  const header = [
    'metric'.padEnd(LABEL_WIDTH),
    'target'.padEnd(8),
    ...columns.map(([n]) => n.padEnd(COL_WIDTH)),
  ];
  lines.push(header.join(' '));
  for (const row of rows) {
    const cells = columns.map(([, r], i) => {
      const value = r[row.key];
      return `${pct(value)}${i < judged ? mark(value, row.target) : ''}`.padEnd(COL_WIDTH);
    });
    const target = row.target === null ? '-' : `≥${Math.round(row.target * 100)}%`;
    lines.push([row.label.padEnd(LABEL_WIDTH), target.padEnd(8), ...cells].join(' '));
  }
  const counts = columns.map(([, r]) =>
    `${r.direct.matchedGold}/${r.direct.gold} d, ${r.reported.matchedGold}/${r.reported.gold} r`.padEnd(
      COL_WIDTH,
    ),
  );
  lines.push(['quotes found (direct, reported)'.padEnd(LABEL_WIDTH), ''.padEnd(8), ...counts].join(' '));
  const speed = columns.map(([, r]) => `${r.articlesPerSecond.toFixed(1)} art/s`.padEnd(COL_WIDTH));
  lines.push(['throughput'.padEnd(LABEL_WIDTH), ''.padEnd(8), ...speed].join(' '));
  return lines.join('\n');
}

const span = (v: readonly [number, number] | undefined) =>
  v ? `${(v[0] * 100).toFixed(1)}–${(v[1] * 100).toFixed(1)}` : 'n/a';

/**
 * The 95% interval of each figure over resamples of the articles (intervals.ts), one column per system: where a
 * target lies inside a column's interval, another draw of articles like these could land on either side of it.
 */
export function renderIntervals(
  columns: ReadonlyArray<[string, SetResult]>,
  rows: readonly MetricRow[] = METRIC_ROWS,
): string {
  const lines = [`95% interval (articles resampled ${RESAMPLES}×)`];
  for (const row of rows) {
    const target = row.target === null ? '-' : `≥${Math.round(row.target * 100)}%`;
    const cells = columns.map(([, r]) => span(r.intervals[row.key]).padEnd(COL_WIDTH));
    lines.push([row.label.padEnd(LABEL_WIDTH), target.padEnd(8), ...cells].join(' '));
  }
  return lines.join('\n');
}

const snippet = (body: string, start: number, end: number) => {
  const text = body.slice(start, end).replace(/\s+/g, ' ');
  return text.length > SNIPPET ? `${text.slice(0, SNIPPET)}…` : text;
};

export function renderMisses(result: SetResult, docs: readonly EvalDoc[]): string {
  const lines: string[] = [];
  for (const [i, r] of result.docs.entries()) {
    const doc = docs[i];
    if (!doc) continue;
    const out: string[] = [];
    if (r.tags.missed.length) out.push(`  tags missed: ${r.tags.missed.join(', ')}`);
    if (r.tags.wrong.length) out.push(`  tags not chosen by editor: ${r.tags.wrong.join(', ')}`);
    for (const m of r.quoteMisses) {
      const where = `[${m.start},${m.end}] "${snippet(doc.body, m.start, m.end)}"`;
      if (m.kind === 'missed') out.push(`  quote missed (speaker ${m.expected}): ${where}`);
      else if (m.kind === 'spurious') out.push(`  spurious direct quote (speaker ${m.got}): ${where}`);
      else out.push(`  speaker ${JSON.stringify(m.got)} should be ${JSON.stringify(m.expected)}: ${where}`);
    }
    if (out.length)
      lines.push(`${r.id}  (predicted tags: ${r.predictedTags.slice(0, 8).join(', ')})`, ...out);
  }
  return lines.join('\n');
}
