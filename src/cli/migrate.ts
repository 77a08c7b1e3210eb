import type { Config } from '../config.js';
import { DatelineError } from '../errors.js';
import { openStore } from '../store/index.js';

/** `dateline migrate`: applies pending migrations and prints what it applied. */
export async function run(config: Config, print: (line: string) => void): Promise<void> {
  const store = openStore(config.databaseUrl);
  try {
    const result = await store.migrate();
    if (result.error) throw new DatelineError('DATABASE_UNAVAILABLE', result.error);
    print(
      result.applied.length > 0
        ? `Applied ${result.applied.length} migration(s) to ${store.describe}: ${result.applied.join(', ')}`
        : `${store.describe} is up to date.`,
    );
  } finally {
    await store.close();
  }
}
