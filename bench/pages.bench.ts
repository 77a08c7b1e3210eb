/**
 * Article-page figures: Dateline serving article pages from SQLite (no response cache) under
 * 50 concurrent connections, next to a bare node:http server sending the same bytes from memory;
 * process start-up time and memory; latency at 1k, 10k and 100k articles; seeding time.
 *
 *   npm run bench -- pages
 *   BENCH_SIZES=1000,10000 BENCH_DURATION=5 npm run bench -- pages
 *
 * Env: BENCH_SIZES (default 1000,10000,100000), BENCH_DURATION seconds per run (default 10),
 * BENCH_CONNECTIONS (50), BENCH_PATHS (200 article URLs rotated), BENCH_RESEED=1 (ignore the
 * data/bench/ cache), BENCH_SKIP_BUILD=1, BENCH_PIN=0 (no CPU pinning).
 * Writes artifacts/bench/pages.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { articlePaths, type BenchDatabase, benchDatabase } from './lib/databases.js';
import { type LoadFigures, load } from './lib/load.js';
import { machineFacts } from './lib/machine.js';
import { cpuPinning } from './lib/processes.js';
import {
  buildOnce,
  ROOT,
  type ServerHandle,
  startBaseline,
  startDateline,
  startFloor,
} from './lib/server.js';
import { fixed, table, thousands } from './lib/table.js';

const REFERENCE_SIZE = 10_000;
const GOAL_RATIO = 0.25;

function numberList(raw: string | undefined, fallback: number[]): number[] {
  if (!raw) return fallback;
  const values = raw.split(',').map((part) => Number(part.trim().replace(/_/g, '')));
  if (values.some((v) => !Number.isInteger(v) || v < 1 || v > 1_000_000)) {
    throw new Error(`BENCH_SIZES: expected article counts like 1000,10000, got "${raw}"`);
  }
  return [...new Set(values)].sort((a, b) => a - b);
}

function positive(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(value > 0)) throw new Error(`${name}: expected a positive number, got "${raw}"`);
  return value;
}

const sizes = numberList(process.env.BENCH_SIZES, [1_000, 10_000, 100_000]);
const seconds = positive(process.env.BENCH_DURATION, 10, 'BENCH_DURATION');
const connections = positive(process.env.BENCH_CONNECTIONS, 50, 'BENCH_CONNECTIONS');
const pathCount = positive(process.env.BENCH_PATHS, 200, 'BENCH_PATHS');
const warmupSeconds = Math.min(3, seconds);
const log = (line: string) => process.stdout.write(`${line}\n`);

interface SizeResult {
  readonly articles: number;
  readonly database: Omit<BenchDatabase, 'path'> & { readonly file: string };
  readonly startup: { readonly healthzMs: number; readonly articleMs: number };
  readonly rssMb: { readonly idle?: number; readonly afterLoad?: number };
  readonly pageBytes: number;
  readonly load: LoadFigures;
}

/** GETs each path once (a warm-up of sorts) and keeps those that answer 200. */
async function checkPaths(base: string, paths: readonly string[]): Promise<{ ok: string[]; bytes: number }> {
  const ok: string[] = [];
  let bytes = 0;
  for (const path of paths) {
    const response = await fetch(`${base}${path}`, { redirect: 'manual' });
    const body = await response.arrayBuffer();
    if (response.status === 200) {
      ok.push(path);
      bytes += body.byteLength;
    }
  }
  if (ok.length < paths.length)
    log(`  note: ${paths.length - ok.length} of ${paths.length} article URLs did not answer 200`);
  if (ok.length === 0) throw new Error('no article URL answered 200');
  return { ok, bytes: Math.round(bytes / ok.length) };
}

async function measure(server: ServerHandle, paths: readonly string[], label: string): Promise<LoadFigures> {
  log(
    `  warm-up ${warmupSeconds} s, then ${seconds} s at ${connections} connections over ${paths.length} URLs (${label})`,
  );
  await load({ url: server.url, paths, connections, seconds: warmupSeconds });
  const figures = await load({ url: server.url, paths, connections, seconds });
  if (figures.errors || figures.non2xx) {
    log(
      `  WARNING: ${figures.errors} errors, ${figures.timeouts} timeouts, ${figures.non2xx} non-2xx responses`,
    );
  }
  return figures;
}

async function main(): Promise<void> {
  const machine = machineFacts();
  const pinning = cpuPinning();
  log(
    pinning.enabled
      ? `CPU pinning: servers on CPU ${pinning.serverCpus}, load generator on CPU ${pinning.loadCpus} (BENCH_PIN=0 to disable)`
      : 'CPU pinning: off (servers and load generator share all CPUs)',
  );
  log(
    `Sizes ${sizes.join(', ')} articles; ${seconds} s per run; ${connections} connections; no response cache`,
  );
  await buildOnce();

  const databases: BenchDatabase[] = [];
  for (const size of sizes) databases.push(await benchDatabase(size, log));

  const results: SizeResult[] = [];
  const reference = sizes.includes(REFERENCE_SIZE) ? REFERENCE_SIZE : sizes[Math.floor(sizes.length / 2)]!;
  let sample: { body: Buffer; headers: Record<string, string>; path: string } | undefined;
  let referencePaths: string[] = [];

  for (const database of databases) {
    log(`\n== ${thousands(database.articles)} articles ==`);
    const candidates = articlePaths(database.path, pathCount);
    const server = await startDateline({
      databaseUrl: database.path,
      poll: ['/healthz', candidates[0]!],
      pinning,
    });
    try {
      const healthzMs = server.firstOk['/healthz']!;
      const articleMs = server.firstOk[candidates[0]!]!;
      log(
        `  started pid ${server.pid}: /healthz 200 after ${fixed(healthzMs, 0)} ms, article 200 after ${fixed(articleMs, 0)} ms`,
      );
      const idle = server.rssMb();
      const { ok: paths, bytes } = await checkPaths(server.url, candidates);
      if (database.articles === reference) {
        // The bytes autocannon gets: it asks for no compression, so neither does this sample.
        const response = await fetch(`${server.url}${paths[0]}`, {
          headers: { 'accept-encoding': 'identity' },
        });
        const headers: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          if (!['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(name)) {
            headers[name] = value;
          }
        });
        sample = { body: Buffer.from(await response.arrayBuffer()), headers, path: paths[0]! };
        referencePaths = paths;
      }
      const figures = await measure(server, paths, 'Dateline');
      const afterLoad = server.rssMb();
      log(
        `  ${fixed(figures.reqPerSec, 0)} req/s, p50 ${figures.latencyMs.p50} ms, p99 ${figures.latencyMs.p99} ms, RSS ${fixed(afterLoad)} MB`,
      );
      const { path, ...meta } = database;
      results.push({
        articles: database.articles,
        database: { ...meta, file: path },
        startup: { healthzMs, articleMs },
        rssMb: { idle, afterLoad },
        pageBytes: bytes,
        load: figures,
      });
    } finally {
      await server.stop();
    }
  }

  if (!sample) throw new Error('no reference page was fetched');
  log(
    `\n== baseline: bare node:http sending one article page (${thousands(sample.body.length)} bytes) from memory ==`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  const bodyFile = join(dir, 'page.html');
  writeFileSync(bodyFile, sample.body);
  const baselineServer = await startBaseline({ bodyFile, headers: sample.headers, pinning });
  let baseline: LoadFigures;
  let baselineRss: number | undefined;
  try {
    baseline = await measure(baselineServer, referencePaths, 'baseline');
    baselineRss = baselineServer.rssMb();
    log(
      `  ${fixed(baseline.reqPerSec, 0)} req/s, p50 ${baseline.latencyMs.p50} ms, p99 ${baseline.latencyMs.p99} ms`,
    );
  } finally {
    await baselineServer.stop();
  }

  log("\n== framework floor: Dateline's HTTP layer (Fastify, security headers, compression), same bytes ==");
  let floor: LoadFigures;
  let floorRss: number | undefined;
  try {
    const floorServer = await startFloor({ bodyFile, headers: sample.headers, pinning });
    try {
      floor = await measure(floorServer, referencePaths, 'floor');
      floorRss = floorServer.rssMb();
      log(
        `  ${fixed(floor.reqPerSec, 0)} req/s, p50 ${floor.latencyMs.p50} ms, p99 ${floor.latencyMs.p99} ms`,
      );
    } finally {
      await floorServer.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const ref = results.find((r) => r.articles === reference)!;
  const ratio = ref.load.reqPerSec / baseline.reqPerSec;
  const smallest = results[0]!;
  const largest = results[results.length - 1]!;
  const scaling =
    results.length > 1
      ? {
          from: smallest.articles,
          to: largest.articles,
          reqPerSecRatio: largest.load.reqPerSec / smallest.load.reqPerSec,
          p50Ratio: largest.load.latencyMs.p50 / smallest.load.latencyMs.p50,
          p99Ratio: largest.load.latencyMs.p99 / smallest.load.latencyMs.p99,
        }
      : undefined;

  log('\nArticle pages, 127.0.0.1, no response cache');
  log(
    table(
      [
        'server',
        'articles',
        'req/s',
        'p50 ms',
        'p99 ms',
        'RSS MB',
        'start→/healthz ms',
        'start→article ms',
        'page KB',
        'seed s',
        'errors',
      ],
      [
        ...results.map((r) => [
          'Dateline',
          thousands(r.articles),
          thousands(r.load.reqPerSec),
          r.load.latencyMs.p50,
          r.load.latencyMs.p99,
          fixed(r.rssMb.afterLoad),
          fixed(r.startup.healthzMs, 0),
          fixed(r.startup.articleMs, 0),
          fixed(r.pageBytes / 1024),
          `${fixed(r.database.seedSeconds)}${r.database.cached ? ' (cached)' : ''}`,
          r.load.errors + r.load.non2xx,
        ]),
        [
          'HTTP layer only',
          '-',
          thousands(floor.reqPerSec),
          floor.latencyMs.p50,
          floor.latencyMs.p99,
          fixed(floorRss),
          '-',
          '-',
          fixed(sample.body.length / 1024),
          '-',
          floor.errors + floor.non2xx,
        ],
        [
          'bare node:http',
          '-',
          thousands(baseline.reqPerSec),
          baseline.latencyMs.p50,
          baseline.latencyMs.p99,
          fixed(baselineRss),
          '-',
          '-',
          fixed(sample.body.length / 1024),
          '-',
          baseline.errors + baseline.non2xx,
        ],
      ],
    ),
  );
  log(
    `\nDateline at ${thousands(reference)} articles / bare node:http: ${(ratio * 100).toFixed(1)}% of baseline req/s ` +
      `(goal ≥ ${GOAL_RATIO * 100}%: ${ratio >= GOAL_RATIO ? 'met' : 'NOT met'})`,
  );
  const floorRatio = floor.reqPerSec / baseline.reqPerSec;
  log(
    `HTTP layer alone (no database, no rendering) / bare node:http: ${(floorRatio * 100).toFixed(1)}%; ` +
      `Dateline / HTTP layer: ${((ref.load.reqPerSec / floor.reqPerSec) * 100).toFixed(1)}%`,
  );
  if (scaling) {
    log(
      `${thousands(scaling.to)} vs ${thousands(scaling.from)} articles: req/s ×${scaling.reqPerSecRatio.toFixed(2)}, ` +
        `p50 ×${scaling.p50Ratio.toFixed(2)}, p99 ×${scaling.p99Ratio.toFixed(2)}`,
    );
  }

  const out = resolve(ROOT, 'artifacts', 'bench', 'pages.json');
  mkdirSync(resolve(out, '..'), { recursive: true });
  const report = {
    machine,
    settings: {
      connections,
      seconds,
      warmupSeconds,
      rotatedUrls: referencePaths.length,
      responseCache: 'none',
      cpuPinning: pinning.enabled ? { server: pinning.serverCpus, loadGenerator: pinning.loadCpus } : 'off',
    },
    dateline: results,
    baseline: {
      server: 'bare node:http, same status, headers and bytes from memory',
      page: sample.path,
      pageBytes: sample.body.length,
      rssMb: baselineRss,
      load: baseline,
    },
    floor: {
      server: "Dateline's HTTP layer (createHttp: Fastify, helmet, compression), same bytes from memory",
      rssMb: floorRss,
      load: floor,
      ofBaselineReqPerSec: floorRatio,
    },
    ratio: {
      referenceArticles: reference,
      ofBaselineReqPerSec: ratio,
      goal: GOAL_RATIO,
      met: ratio >= GOAL_RATIO,
    },
    scaling,
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  log(`\nWrote ${out}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`pages bench failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
