/**
 * Usage: tsx eval/dev/check.ts [--print]
 * Validates the dev-set annotations (eval/annotations/dev.json, BBC ids >= 200 only) and prints counts.
 * Never reads the held-out annotations.
 */

import {
  bbcDocs,
  bbcIdNumber,
  DEV_ANNOTATIONS_PATH,
  loadBbcAnnotations,
  loadBbcCorpus,
  MIN_DEV_ID,
} from '../data.js';

const OPEN = new Set(['"', '\u201c', '\u2018', "'"]);
const CLOSE = new Set(['"', '\u201d', '\u2019', "'"]);

const print = process.argv.includes('--print');
const docs = bbcDocs(loadBbcAnnotations(DEV_ANNOTATIONS_PATH), loadBbcCorpus());
const errors: string[] = [];
for (const doc of docs) {
  const n = bbcIdNumber(doc.id);
  if (n === null || n < MIN_DEV_ID) errors.push(`${doc.id}: not a dev id (>= ${MIN_DEV_ID})`);
  for (const [i, q] of doc.gold.quotes.entries()) {
    const span = doc.body.slice(q.start, q.end);
    const where = `${doc.id} #${i} [${q.start},${q.end}]`;
    if (q.start < 0 || q.end > doc.body.length || span.trim() === '') errors.push(`${where}: bad span`);
    if (q.kind === 'direct' && !OPEN.has(doc.body[q.start - 1] ?? '') && !CLOSE.has(doc.body[q.end] ?? ''))
      errors.push(`${where}: direct quote not bounded by marks`);
    if (print) console.log(`${where} ${q.kind} ${q.speaker}: ${span.replace(/\s+/g, ' ')}`);
  }
}
const quotes = docs.flatMap((d) => d.gold.quotes);
console.log(
  `dev: ${docs.length} articles, ${quotes.length} quotes (direct ${quotes.filter((q) => q.kind === 'direct').length}, ` +
    `indirect ${quotes.filter((q) => q.kind === 'indirect').length}), ${docs.flatMap((d) => d.gold.tags).length} tags`,
);
for (const e of errors) console.error(`ERROR: ${e}`);
if (errors.length) process.exit(1);
