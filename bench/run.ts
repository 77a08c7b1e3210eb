/**
 * `npm run bench [-- NAME...]`: runs each bench/*.bench.ts (and bench/lighthouse.ts) in its own
 * child process, one after another, streaming its output. With names, only the benches whose
 * file name contains one of them run (`npm run bench -- pages`).
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describeMachine } from './lib/machine.js';

const BENCH_DIR = import.meta.dirname;
const ROOT = resolve(BENCH_DIR, '..');
/** Run after the *.bench.ts files: it needs Chromium. */
const EXTRA = ['lighthouse.ts'];

const filters = process.argv.slice(2).filter((arg) => arg !== '--');
const all = [
  ...readdirSync(BENCH_DIR)
    .filter((name) => name.endsWith('.bench.ts'))
    .sort(),
  ...EXTRA,
];
const selected = filters.length ? all.filter((name) => filters.some((filter) => name.includes(filter))) : all;

const print = (line: string) => process.stdout.write(`${line}\n`);

function runOne(file: string): Promise<number> {
  return new Promise((resolveExit) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(BENCH_DIR, file)], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      print(`could not start ${file}: ${error.message}`);
      resolveExit(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGTERM', forward);
      resolveExit(code ?? (signal ? 1 : 0));
    });
  });
}

async function main(): Promise<void> {
  print('Dateline benchmarks');
  print(describeMachine());
  if (selected.length === 0) {
    print(`\nNo bench matches ${filters.join(', ')}. Available: ${all.join(', ')}`);
    process.exitCode = 1;
    return;
  }
  const summary: string[] = [];
  for (const file of selected) {
    print(`\n=== ${file} ===`);
    const started = performance.now();
    const code = await runOne(file);
    const took = ((performance.now() - started) / 1000).toFixed(1);
    summary.push(`${code === 0 ? 'ok    ' : 'FAILED'} ${file} (${took} s)`);
    if (code !== 0) process.exitCode = 1;
    if (interrupted) {
      summary.push('interrupted');
      break;
    }
  }
  print(`\n=== summary ===\n${summary.join('\n')}`);
}

// Ctrl-C reaches the child directly (same process group): let it clean up, then stop.
let interrupted = false;
process.on('SIGINT', () => {
  interrupted = true;
});
void main();
