/**
 * Usage: tsx eval/tools/fill-offsets.ts [hard-cases.json]
 * For our own hard cases: computes each quote's start/end from its `text` (first occurrence, or the
 * `occurrence`-th when given) and rewrites the file. The check script then verifies text == span.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { HARD_CASES_PATH } from '../data.js';
import type { GoldQuote, HardCase } from '../types.js';

type Draft = GoldQuote & { occurrence?: number };

function find(haystack: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i < occurrence; i += 1) {
    at = haystack.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

const path = process.argv[2] ?? HARD_CASES_PATH;
const cases = JSON.parse(readFileSync(path, 'utf8')) as HardCase[];
const filled = cases.map((c) => ({
  ...c,
  quotes: c.quotes.map((raw) => {
    const { occurrence = 1, ...q } = raw as Draft;
    if (q.text === undefined) return q;
    const field = q.field === 'title' ? (c.title ?? '') : c.body;
    const start = find(field, q.text, occurrence);
    if (start < 0) throw new Error(`${c.id}: quote text not found: ${q.text}`);
    return { ...q, start, end: start + q.text.length };
  }),
}));
writeFileSync(path, `${JSON.stringify(filled, null, 2)}\n`);
console.log(`filled ${filled.length} cases -> ${path}`);
