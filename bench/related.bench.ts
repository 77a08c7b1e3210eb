/**
 * Related articles at scale: how long it takes to refresh the stored related list of a
 * published article on a large site, beside the foundation's tag-overlap SQL ranking
 * measured on the same database in the same run.
 *
 *   npm run bench -- related            (100,000 articles; BENCH_RELATED_SIZE=10000 for a quicker run)
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  COOCCURRENCE_ARTICLES,
  createArticleAnalyzer,
  MAX_COOCCURRENCES,
} from '../src/publishing/analysis.js';
import { createRelatedArticles, RELATED_PER_ARTICLE } from '../src/publishing/related.js';
import { openStore } from '../src/store/index.js';
import { MIN_TOGETHER } from '../src/text/index.js';
import { benchDatabase } from './lib/databases.js';
import { buildOnce } from './lib/server.js';
import { fixed, table } from './lib/table.js';

const SIZE = Number(process.env.BENCH_RELATED_SIZE ?? 100_000);
const SAMPLE = 200;
const VOCABULARY_RUNS = 5;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timed(ids: readonly number[], work: (id: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const id of ids) {
    const started = performance.now();
    await work(id);
    times.push(performance.now() - started);
  }
  return times;
}

const log = (line: string) => process.stdout.write(`${line}\n`);

await buildOnce();
const source = await benchDatabase(SIZE, log);
// Work on a copy: the refresh writes related lists, and the cached database stays as seeded.
const scratch = mkdtempSync(join(tmpdir(), 'dateline-related-'));
const path = join(scratch, 'related.db');
copyFileSync(source.path, path);
const store = openStore(path);
try {
  // A cached database may predate the latest migrations (indexes); bring it up to date as a start would.
  const migrated = await store.migrate();
  if (migrated.error) throw new Error(migrated.error);
  await store.optimize();
  const related = createRelatedArticles(store);
  const loadStart = performance.now();
  const loaded = await related.sync();
  const loadMs = performance.now() - loadStart;
  const rssMb = process.memoryUsage().rss / 1024 / 1024;

  const total = await store.articles.countPublished();
  const step = Math.max(1, Math.floor(total / SAMPLE));
  const page = await store.articles.list({}, { page: 1, perPage: Math.min(total, SAMPLE * step) });
  const ids = page.items.filter((_, i) => i % step === 0).map((a) => a.id);

  // Warm both paths once so neither pays for first-use compilation.
  await store.related.byTagOverlap(ids[0]!, RELATED_PER_ARTICLE);
  await related.refresh(ids[0]!);

  const baseline = await timed(ids, (id) => store.related.byTagOverlap(id, RELATED_PER_ARTICLE));
  const refresh = await timed(ids, (id) => related.refresh(id));

  log(`\nRelated articles on ${total.toLocaleString('en-US')} published articles (${ids.length} sampled)`);
  log(
    `Index built from stored features in ${fixed(loadMs / 1000, 2)} s (${loaded} articles); process RSS ${fixed(rssMb, 0)} MB\n`,
  );
  log(
    table(
      ['ranking', 'p50 ms', 'p99 ms', 'mean ms'],
      [
        [
          'baseline: tag overlap (SQL, rank only)',
          fixed(percentile(baseline, 50), 2),
          fixed(percentile(baseline, 99), 2),
          fixed(baseline.reduce((a, b) => a + b, 0) / baseline.length, 2),
        ],
        [
          "Dateline refresh: rank + store + place it in 5 neighbours' lists",
          fixed(percentile(refresh, 50), 2),
          fixed(percentile(refresh, 99), 2),
          fixed(refresh.reduce((a, b) => a + b, 0) / refresh.length, 2),
        ],
      ],
    ),
  );
  log(`\nGoal: refresh under 50 ms per published article → p99 ${fixed(percentile(refresh, 99), 1)} ms`);

  // The analyser's vocabulary is re-read from the store once a minute on every instance: the newsroom's
  // tags with applied, mention and suggestion counts, the names mentioned but never tagged, and which topics
  // go with which names. It is compiled again only when something in it changed, and the background refresh
  // reads it only when an article was written since (or every ten minutes).
  const analyzer = createArticleAnalyzer();
  await analyzer.refreshVocabulary(store);
  const parts = {
    tags: [] as number[],
    untagged: [] as number[],
    cooccurrences: [] as number[],
    compile: [] as number[],
    whole: [] as number[],
    stamp: [] as number[],
  };
  for (let i = 0; i < VOCABULARY_RUNS; i++) {
    parts.tags.push(...(await timed([0], () => store.tags.vocabulary())));
    parts.untagged.push(...(await timed([0], () => store.entities.untagged(3, 5000))));
    parts.cooccurrences.push(
      ...(await timed([0], () =>
        store.tags.topicCooccurrences(MIN_TOGETHER, MAX_COOCCURRENCES, COOCCURRENCE_ARTICLES),
      )),
    );
    const [tags, untagged, cooccurrences] = await Promise.all([
      store.tags.vocabulary(),
      store.entities.untagged(3, 5000),
      store.tags.topicCooccurrences(MIN_TOGETHER, MAX_COOCCURRENCES, COOCCURRENCE_ARTICLES),
    ]);
    // A fresh analyser has nothing to compare with, so this times the compile as well.
    parts.compile.push(
      ...(await timed([0], async () => createArticleAnalyzer().setVocabulary(tags, untagged, cooccurrences))),
    );
    parts.whole.push(...(await timed([0], () => analyzer.refreshVocabulary(store))));
    parts.stamp.push(...(await timed([0], () => analyzer.refreshVocabularyIfStale(store))));
  }
  const tagCount = (await store.tags.vocabulary()).length;
  const untaggedCount = (await store.entities.untagged(3, 5000)).length;
  const pairCount = (
    await store.tags.topicCooccurrences(MIN_TOGETHER, MAX_COOCCURRENCES, COOCCURRENCE_ARTICLES)
  ).length;
  log(
    `\nVocabulary refresh (${tagCount} tags, ${untaggedCount} untagged names, ${pairCount} topic/name pairs; ${VOCABULARY_RUNS} runs)\n`,
  );
  log(
    table(
      ['step', 'p50 ms', 'max ms', 'vs one related refresh (p50)'],
      [
        ['tags with applied, mention and suggestion counts', parts.tags],
        ['untagged names (3+ articles, top 5,000)', parts.untagged],
        ['topic/name pairs (2+ of the newest 20,000 articles, top 20,000)', parts.cooccurrences],
        ['compile the vocabulary (when it changed)', parts.compile],
        ['whole read: stamp + 3 queries + compare (at least every 10 minutes)', parts.whole],
        ['background check, nothing written since: the stamp alone (every minute)', parts.stamp],
      ].map(([label, times]) => {
        const t = times as number[];
        return [
          label as string,
          fixed(percentile(t, 50), 1),
          fixed(Math.max(...t), 1),
          `${fixed(percentile(t, 50) / percentile(refresh, 50), 1)}×`,
        ];
      }),
    ),
  );
} finally {
  await store.close();
  rmSync(scratch, { recursive: true, force: true });
}
