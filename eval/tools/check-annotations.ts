/**
 * Usage: tsx eval/tools/check-annotations.ts [--print]
 * Validates every annotation's offsets against the text (BBC corpus and our hard cases) and prints counts.
 * --print lists each span's text for review.
 */

import { bbcDocs, hardCaseDocs, loadBbcAnnotations, loadBbcCorpus, loadHardCases } from '../data.js';
import type { EvalDoc, GoldQuote } from '../types.js';

const HELD_OUT = /^(business|entertainment|politics|sport|tech)\/(\d{3})\.txt$/;
const MAX_HELD_OUT = 199;
const OPEN = new Set(['"', '\u201c', '\u2018', "'"]);
const CLOSE = new Set(['"', '\u201d', '\u2019', "'"]);
const MIN_TAGS = 3;
const MAX_TAGS = 7;

const print = process.argv.includes('--print');
const errors: string[] = [];
const warnings: string[] = [];

function checkQuote(doc: EvalDoc, q: GoldQuote, i: number): void {
  const where = `${doc.id} quote ${i} [${q.start},${q.end}]`;
  const text = q.field === 'title' ? (doc.title ?? '') : doc.body;
  if (!(Number.isInteger(q.start) && Number.isInteger(q.end) && q.start >= 0 && q.end <= text.length)) {
    errors.push(`${where}: offsets outside the text`);
    return;
  }
  const span = text.slice(q.start, q.end);
  if (span.trim() === '') errors.push(`${where}: empty span`);
  if (span !== span.trim()) warnings.push(`${where}: span has outer whitespace`);
  if (q.text !== undefined && q.text !== span)
    errors.push(`${where}: text ${JSON.stringify(q.text)} != span`);
  if (q.speaker !== null && q.speaker.trim() === '') errors.push(`${where}: blank speaker`);
  if (q.kind === 'direct') {
    const opened = OPEN.has(text[q.start - 1] ?? '');
    const closed = CLOSE.has(text[q.end] ?? '');
    if (!opened && !closed) errors.push(`${where}: direct quote not bounded by quote marks`);
    else if (!opened || !closed)
      warnings.push(`${where}: direct quote has a mark on one side only (source text)`);
  }
  if (print) console.log(`${where} ${q.kind} ${q.speaker}: ${span.replace(/\s+/g, ' ')}`);
}

function checkDoc(doc: EvalDoc, bbc: boolean): void {
  const m = HELD_OUT.exec(doc.id);
  if (bbc && (!m || Number(m[2]) < 1 || Number(m[2]) > MAX_HELD_OUT))
    errors.push(`${doc.id}: not in held-out 001-199`);
  const n = doc.gold.tags.length;
  if (n < MIN_TAGS || n > MAX_TAGS) warnings.push(`${doc.id}: ${n} tags`);
  const seen = new Set<string>();
  for (const [i, q] of doc.gold.quotes.entries()) {
    const key = `${q.field ?? 'body'}:${q.start}:${q.end}:${q.kind}`;
    if (seen.has(key)) errors.push(`${doc.id} quote ${i}: duplicate span`);
    seen.add(key);
    checkQuote(doc, q, i);
  }
}

function summary(name: string, docs: readonly EvalDoc[]): void {
  const quotes = docs.flatMap((d) => d.gold.quotes);
  const byKind = (k: string) => quotes.filter((q) => q.kind === k).length;
  const tags = docs.flatMap((d) => d.gold.tags);
  const byType = (t: string) => tags.filter((x) => x.type === t).length;
  const categories = new Map<string, number>();
  for (const d of docs)
    categories.set(d.id.split('/')[0] ?? '', (categories.get(d.id.split('/')[0] ?? '') ?? 0) + 1);
  console.log(
    `${name}: ${docs.length} articles (${[...categories].map(([c, n]) => `${c} ${n}`).join(', ')}); ` +
      `${quotes.length} quotes (direct ${byKind('direct')}, indirect ${byKind('indirect')}, unmarked ${byKind('unmarked')}; ` +
      `speaker null ${quotes.filter((q) => q.speaker === null).length}); ` +
      `${tags.length} tags (person ${byType('person')}, place ${byType('place')}, organisation ${byType('organisation')}, topic ${byType('topic')})`,
  );
}

const bbc = bbcDocs(loadBbcAnnotations(), loadBbcCorpus());
const hard = hardCaseDocs(loadHardCases());
for (const d of bbc) checkDoc(d, true);
for (const d of hard) checkDoc(d, false);
summary('BBC', bbc);
summary('hard cases', hard);
for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.error(`ERROR: ${e}`);
if (errors.length) process.exit(1);
console.log('annotations OK');
