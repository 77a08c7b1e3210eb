import autocannon, { type Result } from 'autocannon';

export interface LoadOptions {
  readonly url: string;
  /** Paths visited in turn across all connections, so no single row is hot. */
  readonly paths: readonly string[];
  readonly connections: number;
  readonly seconds: number;
}

export interface LoadFigures {
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

/** One bounded autocannon run against 127.0.0.1. */
export async function load(options: LoadOptions): Promise<LoadFigures> {
  const target = new URL(options.url);
  if (target.hostname !== '127.0.0.1')
    throw new Error(`load tests go to 127.0.0.1 only, not ${target.hostname}`);
  if (!(options.seconds > 0 && options.seconds <= 120))
    throw new Error('a load run must last 1 to 120 seconds');
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
