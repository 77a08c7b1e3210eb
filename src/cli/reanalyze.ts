import type { Config } from '../config.js';
import { DatelineError } from '../errors.js';
import { openServices } from '../services.js';
import { phasedProgress } from './progress.js';

function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new DatelineError('INPUT_INVALID', `--${name}: must be a whole number ≥ 1`);
  return n;
}

/**
 * `dateline reanalyze [--batch N] [--from ID]`: analyses every stored article again (after an upgrade, or to fill
 * what older versions did not keep) and recomputes related lists when the features moved.
 */
export async function run(
  config: Config,
  options: { batch?: string; from?: string },
  print: (line: string) => void,
): Promise<void> {
  const batch = positiveInteger('batch', options.batch);
  const from = positiveInteger('from', options.from);
  const services = await openServices(config);
  const progress = phasedProgress();
  const started = Date.now();
  try {
    const result = await services.publisher.reanalyzeAll({ batch, from, onProgress: progress.update });
    progress.stop();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    print(
      `Reanalysed ${result.articles} articles in ${services.store.describe} in ${seconds} s: ` +
        `${result.changed} came out different; related lists recomputed for ${result.relatedRefreshed}.`,
    );
  } finally {
    progress.stop();
    await services.close();
  }
}
