import type { Config } from '../config.js';
import { DatelineError } from '../errors.js';
import { seedDemo } from '../publishing/seed-demo.js';
import { openServices } from '../services.js';
import { phasedProgress } from './progress.js';

/** `dateline seed-demo [--articles N] [--seed S]`: fills an empty database, with a progress bar. */
export async function run(
  config: Config,
  options: { articles?: string; seed?: string },
  print: (line: string) => void,
): Promise<void> {
  const count = options.articles === undefined ? config.demoArticles : Number(options.articles);
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
    throw new DatelineError('INPUT_INVALID', '--articles: must be a whole number from 1 to 1000000');
  }
  const seed = options.seed === undefined ? undefined : Number(options.seed);
  if (seed !== undefined && !Number.isInteger(seed))
    throw new DatelineError('INPUT_INVALID', '--seed: must be an integer');
  const services = await openServices(config);
  const progress = phasedProgress();
  const started = Date.now();
  try {
    const result = await seedDemo(services, { count, seed, onProgress: progress.update });
    progress.stop();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    print(
      result.seeded
        ? `Seeded ${result.articles} demo articles into ${services.store.describe} in ${seconds} s.`
        : `Nothing seeded: ${result.reason} (${services.store.describe}).`,
    );
  } finally {
    progress.stop();
    await services.close();
  }
}
