import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  cpuPinning,
  freePort,
  type Pinning,
  rssMb,
  runStreaming,
  spawnTracked,
  stopChild,
} from './processes.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CLI = resolve(ROOT, 'dist', 'cli', 'index.js');

export interface ServerHandle {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly url: string;
  readonly port: number;
  /** Milliseconds from spawn to the first 200 on each polled path. */
  readonly firstOk: Readonly<Record<string, number>>;
  rssMb(): number | undefined;
  stop(): Promise<void>;
}

/** `npm run build` (tsc to dist/), unless BENCH_SKIP_BUILD=1 and a build exists. */
export async function buildOnce(): Promise<void> {
  if (process.env.BENCH_SKIP_BUILD === '1' && existsSync(CLI)) return;
  process.stdout.write('Building (npm run build) ...\n');
  await runStreaming('npm', ['run', '--silent', 'build'], { cwd: ROOT });
}

async function ok(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Polls `url` every few milliseconds until it answers 200; milliseconds since `since`. */
async function pollUntilOk(
  url: string,
  since: number,
  child: ChildProcess,
  timeoutMs: number,
): Promise<number> {
  const deadline = since + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited (${child.exitCode ?? child.signalCode}) before ${url} answered 200`);
    }
    if (await ok(url)) return performance.now() - since;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

async function launch(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  port: number,
  poll: readonly string[],
  pinning: Pinning,
  timeoutMs: number,
): Promise<ServerHandle> {
  const url = `http://127.0.0.1:${port}`;
  const [cmd, argv] = pinning.wrap(command, args);
  const started = performance.now();
  const child = spawnTracked(cmd, argv, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const firstOk: Record<string, number> = {};
  try {
    await Promise.all(
      poll.map(async (path) => {
        firstOk[path] = await pollUntilOk(`${url}${path}`, started, child, timeoutMs);
      }),
    );
  } catch (error) {
    await stopChild(child);
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output}`);
  }
  return {
    child,
    pid: child.pid!,
    url,
    port,
    firstOk,
    rssMb: () => rssMb(child.pid),
    stop: () => stopChild(child),
  };
}

/**
 * `node dist/cli/index.js serve` as its own process (so its memory can be read), on 127.0.0.1,
 * never seeding; resolves once every path in `poll` has answered 200.
 */
export async function startDateline(options: {
  readonly databaseUrl: string;
  readonly poll?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  readonly pinning?: Pinning;
  readonly baseUrlHost?: string;
  readonly timeoutMs?: number;
}): Promise<ServerHandle> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    BASE_URL: `http://${options.baseUrlHost ?? '127.0.0.1'}:${port}`,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  return launch(
    process.execPath,
    [CLI, 'serve'],
    env,
    port,
    options.poll ?? ['/healthz'],
    options.pinning ?? cpuPinning(),
    options.timeoutMs ?? 60_000,
  );
}

/** A bare node:http server answering every request with the same status line, headers and bytes. */
const BASELINE_SOURCE = `
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
const body = readFileSync(process.env.BASELINE_BODY);
const headers = { ...JSON.parse(process.env.BASELINE_HEADERS), 'content-length': String(body.length) };
createServer((request, response) => {
  response.writeHead(200, headers);
  response.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

export interface SameBytesOptions {
  readonly bodyFile: string;
  readonly headers: Record<string, string>;
  readonly pinning?: Pinning;
}

/** A server from inline ESM `source` that answers with the bytes of `bodyFile` and these headers. */
async function startSameBytes(
  source: string,
  options: SameBytesOptions,
  extraEnv: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<ServerHandle> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...extraEnv,
    PORT: String(port),
    BASELINE_BODY: options.bodyFile,
    BASELINE_HEADERS: JSON.stringify(options.headers),
  };
  return launch(
    process.execPath,
    ['--input-type=module', '-e', source],
    env,
    port,
    ['/'],
    options.pinning ?? cpuPinning(),
    timeoutMs,
  );
}

export function startBaseline(options: SameBytesOptions): Promise<ServerHandle> {
  return startSameBytes(BASELINE_SOURCE, options, {}, 10_000);
}

/**
 * The framework floor: Dateline's own HTTP layer (`createHttp` in dist/app.js: Fastify, security
 * headers, compression) answering every request with the same bytes from memory — no database,
 * no rendering. What is left between it and Dateline is the page's own work.
 */
const FLOOR_SOURCE = `
import { readFileSync } from 'node:fs';
const { createHttp } = await import(process.env.FLOOR_APP);
const body = readFileSync(process.env.BASELINE_BODY);
const headers = JSON.parse(process.env.BASELINE_HEADERS);
const app = await createHttp({ logLevel: 'warn' });
app.get('/*', (request, reply) => {
  reply.header('content-type', headers['content-type'] ?? 'text/html; charset=utf-8');
  if (headers['cache-control']) reply.header('cache-control', headers['cache-control']);
  return reply.send(body);
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
`;

export function startFloor(options: SameBytesOptions): Promise<ServerHandle> {
  const app = pathToFileURL(resolve(ROOT, 'dist', 'app.js')).href;
  return startSameBytes(FLOOR_SOURCE, options, { FLOOR_APP: app }, 20_000);
}
