/**
 * Language-layer benchmark: `npx tsx bench/text.bench.ts`.
 * - analyze() / suggestTags() on ~1,000-word articles built from BBC stories (ids ≥ 200 only; read at
 *   run time from /work/shared/data/bbc-news.jsonl or $BBC_JSONL), next to compromise's
 *   nlp(text).people() over the same text as a baseline.
 * - RelatedIndex with 100,000 synthetic documents: build time and related() latency.
 */
import { existsSync, readFileSync } from 'node:fs';
import nlp from 'compromise';
import { type ArticleFeatures, analyze, RelatedIndex, suggestTags } from '../src/text/index.js';

const DATA = process.env.BBC_JSONL ?? '/work/shared/data/bbc-news.jsonl';
const MIN_DEV_ID = 200;
const TARGET_WORDS = 1_000;
const ARTICLES = 60;
const ROUNDS = 3;
const WARMUP_ROUNDS = 2;
const BASELINE_ARTICLES = 15;
const INDEX_DOCS = 100_000;
const QUERIES = 2_000;
const VOCAB = 60_000;
const ENTITY_POOL = 20_000;
const TAG_POOL = 800;
const DAY = 86_400_000;

interface Row {
  id: string;
  title: string;
  body: string;
}

function devArticles(): { title: string; body: string }[] {
  if (!existsSync(DATA)) throw new Error(`bench: ${DATA} not found (set BBC_JSONL)`);
  const rows = readFileSync(DATA, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row)
    .filter((r) => Number(/(\d+)\.txt$/.exec(r.id)?.[1] ?? 0) >= MIN_DEV_ID);
  const out: { title: string; body: string }[] = [];
  let i = 0;
  while (out.length < ARTICLES && i < rows.length) {
    const title = rows[i]!.title;
    const parts: string[] = [];
    let words = 0;
    while (words < TARGET_WORDS && i < rows.length) {
      parts.push(rows[i]!.body);
      words += rows[i]!.body.split(/\s+/).length;
      i++;
    }
    out.push({ title, body: parts.join('\n\n') });
  }
  return out;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/** Deterministic PRNG so runs are comparable. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function zipf(r: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n ** r() - 1));
}

function syntheticFeatures(r: () => number): { features: ArticleFeatures; tags: string[] } {
  const terms = new Map<string, number>();
  while (terms.size < 50) terms.set(`t${zipf(r, VOCAB)}`, Math.round((1 + r() * 3) * 1000) / 1000);
  const entities = new Set<string>();
  while (entities.size < 8) entities.add(`e${zipf(r, ENTITY_POOL)}`);
  const tags = [`tag${zipf(r, TAG_POOL)}`, `tag${zipf(r, TAG_POOL)}`];
  return { features: { version: 1, terms: [...terms], entities: [...entities], length: 600 }, tags };
}

function main(): void {
  const rows: [string, string][] = [];
  const articles = devArticles();
  const words = articles.reduce((n, a) => n + a.body.split(/\s+/).length, 0) / articles.length;

  // Warm-up: lexicons, gazetteers and JIT (two passes, as a long-running server would be).
  for (let round = 0; round < WARMUP_ROUNDS; round++) {
    for (const a of articles) {
      analyze(a);
      suggestTags(a);
    }
  }
  const perArticle: number[] = [];
  for (let round = 0; round < ROUNDS; round++)
    for (const a of articles) perArticle.push(time(() => analyze(a)));
  perArticle.sort((x, y) => x - y);
  const mean = perArticle.reduce((x, y) => x + y, 0) / perArticle.length;
  rows.push([
    `analyze (${Math.round(words)} words avg)`,
    `${mean.toFixed(2)} ms/article mean, p50 ${percentile(perArticle, 0.5).toFixed(2)}, p99 ${percentile(perArticle, 0.99).toFixed(2)} — ${Math.round(1000 / mean)} articles/s`,
  ]);

  const suggest: number[] = [];
  for (const a of articles) suggest.push(time(() => suggestTags(a)));
  suggest.sort((x, y) => x - y);
  const sMean = suggest.reduce((x, y) => x + y, 0) / suggest.length;
  rows.push([
    'suggestTags',
    `${sMean.toFixed(2)} ms/article mean, p99 ${percentile(suggest, 0.99).toFixed(2)} — ${Math.round(1000 / sMean)} articles/s`,
  ]);

  const base = articles.slice(0, BASELINE_ARTICLES);
  nlp(base[0]!.body).people().out('array');
  const baseMs = base.reduce((n, a) => n + time(() => nlp(a.body).people().out('array')), 0) / base.length;
  rows.push([
    'baseline: compromise nlp(text).people()',
    `${baseMs.toFixed(2)} ms/article — ${Math.round(1000 / baseMs)} articles/s`,
  ]);

  const r = rng(7);
  const docs = Array.from({ length: INDEX_DOCS }, () => syntheticFeatures(r));
  const index = new RelatedIndex();
  const t0 = Date.UTC(2022, 0, 1);
  const buildMs = time(() => {
    docs.forEach((d, id) => {
      index.add(id, d.features, t0 + Math.floor((id / INDEX_DOCS) * 1000 * DAY), d.tags);
    });
  });
  rows.push([
    `RelatedIndex build (${INDEX_DOCS.toLocaleString('en')} docs)`,
    `${(buildMs / 1000).toFixed(2)} s (${((buildMs * 1000) / INDEX_DOCS).toFixed(1)} µs/doc)`,
  ]);
  for (let i = 0; i < 50; i++) index.related(Math.floor(r() * INDEX_DOCS), 5);
  const q: number[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const id = Math.floor(r() * INDEX_DOCS);
    q.push(time(() => index.related(id, 5)));
  }
  q.sort((x, y) => x - y);
  rows.push([
    'RelatedIndex related(id, 5)',
    `p50 ${percentile(q, 0.5).toFixed(2)} ms, p99 ${percentile(q, 0.99).toFixed(2)} ms, max ${q[q.length - 1]!.toFixed(2)} ms`,
  ]);
  const mem = process.memoryUsage().heapUsed / 2 ** 20;
  rows.push(['heap used at end', `${mem.toFixed(0)} MiB`]);

  const w = Math.max(...rows.map(([k]) => k.length));
  console.log(`\nDateline text bench (node ${process.version}, one core)\n`);
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
}

main();
