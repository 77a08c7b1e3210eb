import { type ChildProcess, type SpawnOptions, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';

/** Children this bench started; all are killed when it exits, however it exits. */
const children = new Set<ChildProcess>();
let hooked = false;

function killAll(signal: NodeJS.Signals = 'SIGKILL'): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  }
}

function hook(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => killAll());
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
  process.on('uncaughtException', (error) => {
    killAll();
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  });
}

export function spawnTracked(
  command: string,
  args: readonly string[],
  options: SpawnOptions = {},
): ChildProcess {
  hook();
  const child = spawn(command, args, options);
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** SIGTERM, then SIGKILL if it has not gone within `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = exited(child);
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await done;
  clearTimeout(timer);
}

/** Runs a command to completion with output streamed; throws on failure. */
export async function runStreaming(
  command: string,
  args: readonly string[],
  options: SpawnOptions = {},
): Promise<void> {
  const child = spawnTracked(command, args, { stdio: 'inherit', ...options });
  const code = await exited(child);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code ?? child.signalCode}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resident set size of a process in MiB, from /proc (Linux); undefined elsewhere or once it has gone. */
export function rssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb === undefined ? undefined : Math.round((Number(kb) / 1024) * 10) / 10;
  } catch {
    return undefined;
  }
}

/**
 * CPU pinning for load tests on small machines: servers on CPU 0, the load generator (this
 * process) on the others, so neither steals the other's core. Off with BENCH_PIN=0 or on one CPU.
 */
export interface Pinning {
  readonly enabled: boolean;
  readonly serverCpus: string;
  readonly loadCpus: string;
  /** Prefix for a server command line: `taskset -c 0`. */
  wrap(command: string, args: readonly string[]): [string, string[]];
}

export function cpuPinning(): Pinning {
  const count = cpus().length;
  const wanted = process.env.BENCH_PIN !== '0' && process.platform === 'linux' && count >= 2;
  const available = wanted && spawnSync('taskset', ['-V'], { stdio: 'ignore' }).status === 0;
  if (!available) {
    return {
      enabled: false,
      serverCpus: 'any',
      loadCpus: 'any',
      wrap: (command, args) => [command, [...args]],
    };
  }
  const serverCpus = '0';
  const loadCpus = count === 2 ? '1' : `1-${count - 1}`;
  spawnSync('taskset', ['-a', '-pc', loadCpus, String(process.pid)], { stdio: 'ignore' });
  return {
    enabled: true,
    serverCpus,
    loadCpus,
    wrap: (command, args) => ['taskset', ['-c', serverCpus, command, ...args]],
  };
}
