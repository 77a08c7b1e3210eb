import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { seedDemo } from './publishing/seed-demo.js';
import { openServices, type Services } from './services.js';

/** How often an instance picks up other instances' changes (related index, tag vocabulary). */
const SYNC_INTERVAL_MS = 60_000;

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly services: Services;
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Composition root: open the store (migrating it), seed an empty database with the demo
 * newsroom, build the app, listen, and keep background sync going until stopped.
 */
export async function startServer(
  config: Config,
  report: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<RunningServer> {
  const services = await openServices(config);
  const { store } = services;
  if (config.seedDemo && config.demoArticles > 0) {
    const result = await seedDemo(services, { count: config.demoArticles });
    if (result.seeded) {
      report(`Seeded a demo newsroom with ${result.articles} articles.`);
      await services.analyzer.refreshVocabulary(store);
    }
  }
  const app = await buildApp({ config, store });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;

  const timer = setInterval(() => {
    Promise.all([services.related.sync(), services.analyzer.refreshVocabularyIfStale(store)]).catch(
      (error: unknown) => app.log.warn({ err: error }, 'background sync failed'),
    );
  }, SYNC_INTERVAL_MS);
  timer.unref();

  report(`Dateline is serving ${config.siteName} at ${url} (${store.describe})`);
  return {
    app,
    services,
    url,
    async stop() {
      clearInterval(timer);
      await app.close();
      await services.close();
    },
  };
}
