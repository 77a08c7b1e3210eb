import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { runStreaming } from './processes.js';
import { CLI, ROOT } from './server.js';

export const BENCH_DATA = resolve(ROOT, 'data', 'bench');

export interface BenchDatabase {
  readonly path: string;
  readonly articles: number;
  /** How long `seed-demo --articles N` took when this database was made. */
  readonly seedSeconds: number;
  readonly seededAt: string;
  /** True when an earlier run's database was reused. */
  readonly cached: boolean;
}

interface Meta {
  readonly articles: number;
  readonly seedSeconds: number;
  readonly seededAt: string;
  readonly git?: string;
}

const fileOf = (count: number) => resolve(BENCH_DATA, `articles-${count}.db`);
const metaOf = (count: number) => resolve(BENCH_DATA, `articles-${count}.json`);

function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

/**
 * A demo database of `count` articles under data/bench/, seeded with
 * `node dist/cli/index.js seed-demo --articles N` the first time and reused afterwards
 * (BENCH_RESEED=1 forces a fresh one). Seeding is timed: that is a figure too.
 */
export async function benchDatabase(count: number, log: (line: string) => void): Promise<BenchDatabase> {
  mkdirSync(BENCH_DATA, { recursive: true });
  const path = fileOf(count);
  const metaPath = metaOf(count);
  if (process.env.BENCH_RESEED !== '1' && existsSync(path) && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Meta;
    if (meta.articles === count && publishedCount(path) === count) {
      log(`Reusing ${path} (seeded in ${meta.seedSeconds.toFixed(1)} s on ${meta.seededAt})`);
      return { path, articles: count, seedSeconds: meta.seedSeconds, seededAt: meta.seededAt, cached: true };
    }
    log(`${path} does not hold ${count} published articles; seeding it again`);
  }
  removeDb(path);
  rmSync(metaPath, { force: true });
  // Seeded outside the checkout, then copied in: a half-seeded file never looks like a cached one.
  const scratch = mkdtempSync(join(tmpdir(), 'dateline-seed-'));
  const partial = join(scratch, `articles-${count}.db`);
  log(`Seeding ${count} demo articles (seed-demo --articles ${count}) for ${path} ...`);
  const started = performance.now();
  let seedSeconds = 0;
  try {
    await runStreaming(process.execPath, [CLI, 'seed-demo', '--articles', String(count)], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: partial, LOG_LEVEL: 'warn' },
    });
    seedSeconds = (performance.now() - started) / 1000;
    checkpoint(partial);
    mkdirSync(BENCH_DATA, { recursive: true });
    copyFileSync(partial, `${path}.partial`);
    renameSync(`${path}.partial`, path);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const found = publishedCount(path);
  if (found !== count)
    throw new Error(`seed-demo --articles ${count} left ${found} published articles in ${path}`);
  const seededAt = new Date().toISOString();
  writeFileSync(
    metaPath,
    `${JSON.stringify({ articles: count, seedSeconds, seededAt } satisfies Meta, null, 2)}\n`,
  );
  log(`Seeded ${count} articles in ${seedSeconds.toFixed(1)} s`);
  return { path, articles: count, seedSeconds, seededAt, cached: false };
}

/** Folds any WAL back into the main file so the database is one self-contained file. */
function checkpoint(path: string): void {
  const db = new Database(path);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

function publishedCount(path: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("SELECT count(*) AS n FROM articles WHERE status = 'published'").get() as {
      n: number;
    };
    return row.n;
  } catch {
    return -1;
  } finally {
    db.close();
  }
}

/** `n` article paths spread evenly over the whole database (oldest to newest). */
export function articlePaths(path: string, n: number): string[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("SELECT id, slug FROM articles WHERE status = 'published' ORDER BY id").all() as {
      id: number;
      slug: string;
    }[];
    if (rows.length === 0) throw new Error(`${path} has no published articles`);
    const step = Math.max(1, rows.length / n);
    const picked: string[] = [];
    for (let i = 0; i < Math.min(n, rows.length); i++) {
      const row = rows[Math.floor(i * step)]!;
      picked.push(`/articles/${row.id}/${row.slug}`);
    }
    return picked;
  } finally {
    db.close();
  }
}
