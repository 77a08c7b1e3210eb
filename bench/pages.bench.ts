/**
 * Article-page figures: Dateline serving article pages from SQLite (no response cache) under
 * 50 concurrent connections, next to a bare node:http server sending the same bytes from memory;
 * process start-up time and memory; latency at 1k, 10k and 100k articles; seeding time.
 *
 *   npm run bench -- pages
 *   BENCH_SIZES=1000,10000 BENCH_DURATION=5 npm run bench -- pages
 *
 * Env: BENCH_SIZES (default 1000,10000,100000), BENCH_DURATION seconds per run (default 10),
 * BENCH_CONNECTIONS (50), BENCH_PATHS (200 article URLs rotated), BENCH_ROUNDS (3 interleaved rounds
 * of Dateline, its HTTP layer and bare node:http for the ratio), BENCH_RESEED=1 (ignore the
 * data/bench/ cache), BENCH_SKIP_BUILD=1, BENCH_PIN=0 (no CPU pinning).
 * Writes artifacts/bench/pages.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { articlePaths, type BenchDatabase, benchDatabase } from './lib/databases.js';
import { type LoadFigures, load, loadGenerator } from './lib/load.js';
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
const rounds = Math.round(positive(process.env.BENCH_ROUNDS, 3, 'BENCH_ROUNDS'));
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

interface Contender {
  readonly name: string;
  readonly server: ServerHandle;
  readonly runs: LoadFigures[];
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The run with the median req/s, so its latencies belong to one real run. */
const medianRun = (runs: readonly LoadFigures[]): LoadFigures =>
  [...runs].sort((a, b) => a.reqPerSec - b.reqPerSec)[Math.floor((runs.length - 1) / 2)]!;

async function main(): Promise<void> {
  const machine = machineFacts();
  const pinning = cpuPinning();
  log(
    pinning.enabled
      ? `CPU pinning: servers on CPU ${pinning.serverCpus}, load generator on CPU ${pinning.loadCpus} (BENCH_PIN=0 to disable)`
      : 'CPU pinning: off (servers and load generator share all CPUs)',
  );
  log(
    `Sizes ${sizes.join(', ')} articles; ${seconds} s per run; ${connections} connections; ` +
      `${rounds} interleaved rounds for the ratio; no response cache`,
  );
  const generator = loadGenerator();
  log(
    generator === 'wrk'
      ? 'Load generator: wrk'
      : 'Load generator: autocannon (wrk not found: `apt-get install wrk`; autocannon caps the baseline near 20-30k req/s, so ratios read high)',
  );
  await buildOnce();

  const databases: BenchDatabase[] = [];
  for (const size of sizes) databases.push(await benchDatabase(size, log));

  const results: SizeResult[] = [];
  const reference = sizes.includes(REFERENCE_SIZE) ? REFERENCE_SIZE : sizes[Math.floor(sizes.length / 2)]!;
  let sample: { body: Buffer; headers: Record<string, string>; path: string } | undefined;
  let referencePaths: string[] = [];
  let referenceServer: ServerHandle | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  const started: ServerHandle[] = [];

  try {
    for (const database of databases) {
      log(`\n== ${thousands(database.articles)} articles ==`);
      const candidates = articlePaths(database.path, pathCount);
      const server = await startDateline({
        databaseUrl: database.path,
        poll: ['/healthz', candidates[0]!],
        pinning,
      });
      started.push(server);
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
      // The reference server stays up for the interleaved rounds below.
      if (database.articles === reference) referenceServer = server;
      else await server.stop();
    }
    if (!sample || !referenceServer) throw new Error('no reference page was fetched');

    const bodyFile = join(dir, 'page.html');
    writeFileSync(bodyFile, sample.body);
    const baselineServer = await startBaseline({ bodyFile, headers: sample.headers, pinning });
    started.push(baselineServer);
    const floorServer = await startFloor({ bodyFile, headers: sample.headers, pinning });
    started.push(floorServer);
    const contenders: Contender[] = [
      { name: 'Dateline', server: referenceServer, runs: [] },
      { name: 'HTTP layer only', server: floorServer, runs: [] },
      { name: 'bare node:http', server: baselineServer, runs: [] },
    ];

    // The machine is shared: load from elsewhere comes and goes. Each round measures all three
    // back to back, in a rotating order, and the ratio is taken within rounds.
    log(
      `\n== ratio: Dateline (${thousands(reference)} articles), its HTTP layer alone and bare node:http ` +
        `(${thousands(sample.body.length)} bytes from memory), ${rounds} interleaved rounds ==`,
    );
    for (let round = 0; round < rounds; round++) {
      const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]!);
      for (const contender of order) {
        const figures = await measure(
          contender.server,
          referencePaths,
          `round ${round + 1}: ${contender.name}`,
        );
        contender.runs.push(figures);
        log(
          `  ${fixed(figures.reqPerSec, 0)} req/s, p50 ${figures.latencyMs.p50} ms, p99 ${figures.latencyMs.p99} ms`,
        );
      }
    }
    const [dateline, floor, baseline] = contenders as [Contender, Contender, Contender];
    const ratios = dateline.runs.map((run, i) => run.reqPerSec / baseline.runs[i]!.reqPerSec);
    const floorRatios = floor.runs.map((run, i) => run.reqPerSec / baseline.runs[i]!.reqPerSec);
    const ratio = median(ratios);
    const floorRatio = median(floorRatios);
    const rss = new Map(contenders.map((c) => [c.name, c.server.rssMb()]));

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

    log('\nArticle pages by database size, 127.0.0.1, no response cache (one run each)');
    log(
      table(
        [
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
        results.map((r) => [
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
      ),
    );
    log(`\nRatio rounds (${thousands(reference)} articles; median run of ${rounds} shown, every run listed)`);
    log(
      table(
        ['server', 'req/s (median)', 'p50 ms', 'p99 ms', 'RSS MB', 'req/s each round', 'errors'],
        contenders.map((c) => {
          const mid = medianRun(c.runs);
          return [
            c.name,
            thousands(median(c.runs.map((r) => r.reqPerSec))),
            mid.latencyMs.p50,
            mid.latencyMs.p99,
            fixed(rss.get(c.name)),
            c.runs.map((r) => thousands(r.reqPerSec)).join(' / '),
            c.runs.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
          ];
        }),
      ),
    );
    const percent = (values: readonly number[]) => values.map((v) => `${(v * 100).toFixed(1)}%`).join(' / ');
    log(
      `\nDateline at ${thousands(reference)} articles / bare node:http: ${(ratio * 100).toFixed(1)}% of baseline req/s ` +
        `(median of rounds: ${percent(ratios)}; goal ≥ ${GOAL_RATIO * 100}%: ${ratio >= GOAL_RATIO ? 'met' : 'NOT met'})`,
    );
    log(
      `HTTP layer alone (no database, no rendering) / bare node:http: ${(floorRatio * 100).toFixed(1)}% ` +
        `(${percent(floorRatios)})`,
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
        rounds,
        loadGenerator: generator,
        rotatedUrls: referencePaths.length,
        responseCache: 'none',
        cpuPinning: pinning.enabled ? { server: pinning.serverCpus, loadGenerator: pinning.loadCpus } : 'off',
      },
      dateline: results,
      rounds: contenders.map((c) => ({ server: c.name, rssMb: rss.get(c.name), runs: c.runs })),
      baseline: {
        server: 'bare node:http, same status, headers and bytes from memory',
        page: sample.path,
        pageBytes: sample.body.length,
      },
      floor: {
        server: "Dateline's HTTP layer (createHttp: Fastify, helmet, compression), same bytes from memory",
        ofBaselineReqPerSec: floorRatio,
        perRound: floorRatios,
      },
      ratio: {
        referenceArticles: reference,
        ofBaselineReqPerSec: ratio,
        perRound: ratios,
        goal: GOAL_RATIO,
        met: ratio >= GOAL_RATIO,
      },
      scaling,
    };
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    log(`\nWrote ${out}`);
  } finally {
    for (const server of started) await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`pages bench failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
