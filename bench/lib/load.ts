import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Result } from 'autocannon';

export interface LoadOptions {
  readonly url: string;
  /** Paths visited in turn across all connections, so no single row is hot. */
  readonly paths: readonly string[];
  readonly connections: number;
  readonly seconds: number;
}

export type LoadGenerator = 'wrk' | 'autocannon';

export interface LoadFigures {
  readonly generator: LoadGenerator;
  readonly requests: number;
  readonly seconds: number;
  /** Completed requests per second over the whole run. */
  readonly reqPerSec: number;
  readonly latencyMs: {
    readonly p50: number;
    readonly p90: number;
    readonly p99: number;
    readonly max: number;
  };
  readonly mbPerSec: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly connections: number;
  readonly distinctPaths: number;
}

/**
 * wrk (C, Debian's `wrk` package) when it is installed, else autocannon. autocannon runs in
 * Node: rotating 200 URLs it tops out near 20-30k req/s on one core, below what a bare
 * node:http server answers, so with it the baseline is the load generator's limit and every
 * ratio to it reads too high. BENCH_LOAD=autocannon forces autocannon.
 */
export function loadGenerator(): LoadGenerator {
  if (process.env.BENCH_LOAD === 'autocannon') return 'autocannon';
  return spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error ? 'autocannon' : 'wrk';
}

function checkTarget(options: LoadOptions): void {
  const target = new URL(options.url);
  if (target.hostname !== '127.0.0.1')
    throw new Error(`load tests go to 127.0.0.1 only, not ${target.hostname}`);
  if (!(options.seconds > 0 && options.seconds <= 120))
    throw new Error('a load run must last 1 to 120 seconds');
}

/** One bounded load run against 127.0.0.1, with wrk or autocannon (see loadGenerator). */
export async function load(options: LoadOptions): Promise<LoadFigures> {
  checkTarget(options);
  return loadGenerator() === 'wrk' ? withWrk(options) : withAutocannon(options);
}

/** wrk's script: each request takes the next path; at the end one JSON line of figures. */
const WRK_SCRIPT = `
local paths = {}
for line in io.lines(os.getenv("DATELINE_WRK_PATHS")) do paths[#paths + 1] = line end
local next = 0
request = function()
  next = next + 1
  return wrk.format("GET", paths[(next % #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'DATELINE_WRK {"requests":%d,"durationUs":%d,"bytes":%d,"errors":%d,"timeouts":%d,"non2xx":%d,' ..
    '"p50":%.3f,"p90":%.3f,"p99":%.3f,"max":%.3f}\\n',
    summary.requests, summary.duration, summary.bytes, e.connect + e.read + e.write, e.timeout, e.status,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
`;

/** Milliseconds to a tenth, as autocannon reports them whole. */
const tenth = (ms: number) => Math.round(ms * 10) / 10;

async function withWrk(options: LoadOptions): Promise<LoadFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-wrk-'));
  try {
    const script = join(dir, 'rotate.lua');
    const pathsFile = join(dir, 'paths.txt');
    writeFileSync(script, WRK_SCRIPT);
    writeFileSync(pathsFile, `${options.paths.join('\n')}\n`);
    const args = [
      '-t1',
      `-c${options.connections}`,
      `-d${Math.round(options.seconds)}s`,
      '--timeout',
      '10s',
      '-s',
      script,
      options.url,
    ];
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn('wrk', args, {
        env: { ...process.env, DATELINE_WRK_PATHS: pathsFile },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      child.stderr.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0 ? resolve(text) : reject(new Error(`wrk exited ${code}:\n${text}`)),
      );
    });
    const line = /^DATELINE_WRK (\{.*\})$/m.exec(output)?.[1];
    if (!line) throw new Error(`wrk printed no figures:\n${output}`);
    const figures = JSON.parse(line) as {
      requests: number;
      durationUs: number;
      bytes: number;
      errors: number;
      timeouts: number;
      non2xx: number;
      p50: number;
      p90: number;
      p99: number;
      max: number;
    };
    const seconds = figures.durationUs / 1e6;
    return {
      generator: 'wrk',
      requests: figures.requests,
      seconds,
      reqPerSec: figures.requests / seconds,
      latencyMs: {
        p50: tenth(figures.p50),
        p90: tenth(figures.p90),
        p99: tenth(figures.p99),
        max: tenth(figures.max),
      },
      mbPerSec: figures.bytes / seconds / 2 ** 20,
      errors: figures.errors,
      timeouts: figures.timeouts,
      non2xx: figures.non2xx,
      connections: options.connections,
      distinctPaths: Math.min(options.paths.length, figures.requests),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function withAutocannon(options: LoadOptions): Promise<LoadFigures> {
  const paths = options.paths;
  let next = 0;
  const result: Result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const path = paths[next % paths.length]!;
          next += 1;
          return { ...request, path };
        },
      },
    ],
  });
  const total = result.requests.total;
  return {
    generator: 'autocannon',
    requests: total,
    seconds: result.duration,
    reqPerSec: total / result.duration,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    mbPerSec: result.throughput.average / 2 ** 20,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    connections: result.connections,
    distinctPaths: Math.min(paths.length, next),
  };
}
