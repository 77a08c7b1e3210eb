import { execFileSync } from 'node:child_process';
import { cpus, freemem, release, totalmem } from 'node:os';

export interface MachineFacts {
  readonly date: string;
  readonly node: string;
  readonly platform: string;
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGb: number;
  readonly freeMemoryGb: number;
  readonly git: string;
}

function git(): string {
  try {
    const rev = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
      stdio: 'pipe',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8', stdio: 'pipe' }).trim();
    return dirty ? `${rev} (uncommitted changes)` : rev;
  } catch {
    return 'unknown';
  }
}

/** What a reader of a figure needs to know about where it was measured. */
export function machineFacts(): MachineFacts {
  const list = cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${release()} ${process.arch}`,
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGb: Math.round((freemem() / 2 ** 30) * 10) / 10,
    git: git(),
  };
}

export function describeMachine(facts: MachineFacts = machineFacts()): string {
  return [
    `date     ${facts.date}`,
    `node     ${facts.node} on ${facts.platform}`,
    `cpus     ${facts.cpus} x ${facts.cpuModel}`,
    `memory   ${facts.memoryGb} GB (${facts.freeMemoryGb} GB free)`,
    `git      ${facts.git}`,
  ].join('\n');
}
