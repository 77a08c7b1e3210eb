import type { Config } from './config.js';
import { DatelineError } from './errors.js';
import { type ArticleAnalyzer, createArticleAnalyzer } from './publishing/analysis.js';
import { createPublisher, type Publisher } from './publishing/publisher.js';
import { createRelatedArticles, type RelatedArticles } from './publishing/related.js';
import { openStore, type Store } from './store/index.js';

export interface Services {
  readonly config: Config;
  readonly store: Store;
  readonly analyzer: ArticleAnalyzer;
  readonly related: RelatedArticles;
  readonly publisher: Publisher;
  close(): Promise<void>;
}

/**
 * Opens the database, brings its schema up to date and wires the publishing services.
 * The one place (with app.ts) where the parts of Dateline meet.
 */
export async function openServices(config: Config): Promise<Services> {
  const store = openStore(config.databaseUrl);
  try {
    const result = await store.migrate();
    if (result.error) throw new DatelineError('DATABASE_UNAVAILABLE', result.error);
    await store.optimize();
  } catch (error) {
    await store.close().catch(() => {});
    if (error instanceof DatelineError) throw error;
    throw new DatelineError(
      'DATABASE_UNAVAILABLE',
      `DATABASE_URL: cannot open ${store.describe}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const analyzer = createArticleAnalyzer();
  await analyzer.refreshVocabulary(store);
  const related = createRelatedArticles(store);
  const publisher = createPublisher({ store, analyzer, related });
  return { config, store, analyzer, related, publisher, close: () => store.close() };
}
