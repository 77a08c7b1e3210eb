/**
 * Usage: tsx eval/dev/check.ts [--print]
 * Validates the dev-set annotations (eval/annotations/dev.json) and prints counts. It also checks that the sets
 * stay apart: dev and validation hold no held-out article (of the held-out annotations only their ids are read)
 * and validation holds no dev article, counting a story the corpus repeats under another id as the same article.
 */

import {
  bbcDocs,
  DEV_ANNOTATIONS_PATH,
  heldOutClashes,
  loadBbcAnnotations,
  loadBbcCorpus,
  sameArticles,
  VALIDATION_ANNOTATIONS_PATH,
} from '../data.js';

const OPEN = new Set(['"', '\u201c', '\u2018', "'"]);
const CLOSE = new Set(['"', '\u201d', '\u2019', "'"]);

const print = process.argv.includes('--print');
const corpus = loadBbcCorpus();
const docs = bbcDocs(loadBbcAnnotations(DEV_ANNOTATIONS_PATH), corpus);
const devIds = docs.map((d) => d.id);
const validationIds = loadBbcAnnotations(VALIDATION_ANNOTATIONS_PATH).map((a) => a.id);
const errors = [
  ...heldOutClashes(devIds, corpus).map((id) => `dev ${id}: a held-out article (or a repeat of its text)`),
  ...heldOutClashes(validationIds, corpus).map(
    (id) => `validation ${id}: a held-out article (or a repeat of its text)`,
  ),
  ...sameArticles(validationIds, devIds, corpus).map(
    (id) => `validation ${id}: a dev article (or a repeat of its text)`,
  ),
];
for (const doc of docs) {
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
