import cliProgress from 'cli-progress';

export interface PhasedProgress {
  /** Shows `done` of `total` for a phase; a new phase starts a new bar. */
  update(phase: string, done: number, total: number): void;
  stop(): void;
}

/** A progress bar per phase of a long command ("articles", then "related"), for terminals and for logs. */
export function phasedProgress(): PhasedProgress {
  const bar = new cliProgress.SingleBar(
    {
      format: ' {phase} [{bar}] {percentage}% | {value}/{total} | ETA {eta_formatted}',
      hideCursor: true,
      // Logs and CI have no terminal: print a line every few seconds instead of redrawing.
      noTTYOutput: true,
      notTTYSchedule: 5000,
    },
    cliProgress.Presets.shades_classic,
  );
  let current = '';
  return {
    update(phase, done, total) {
      if (phase !== current) {
        if (current) bar.stop();
        current = phase;
        bar.start(total, 0, { phase: phase.padEnd(8) });
      }
      if (done % 50 === 0 || done === total) bar.update(done, { phase: phase.padEnd(8) });
    },
    stop() {
      bar.stop();
    },
  };
}
