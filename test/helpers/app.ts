import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import { seedDemo } from '../../src/publishing/seed-demo.js';
import { openServices, type Services } from '../../src/services.js';
import type { TestDatabase } from './databases.js';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly services: Services;
  readonly config: Config;
  close(): Promise<void>;
}

/** The whole app on a fresh database, optionally with `articles` demo articles; no port is opened. */
export async function createTestApp(
  database: TestDatabase,
  options: { articles?: number; config?: Record<string, unknown> } = {},
): Promise<TestApp> {
  const created = await database.create();
  const config = loadConfig({}, process.cwd(), {
    databaseUrl: created.url,
    logLevel: 'silent',
    seedDemo: false,
    baseUrl: 'http://news.test',
    ...options.config,
  });
  const services = await openServices(config);
  if (options.articles) await seedDemo(services, { count: options.articles });
  await services.analyzer.refreshVocabulary(services.store);
  const app = await buildApp({ config, store: services.store });
  return {
    app,
    services,
    config,
    async close() {
      await app.close();
      await services.close();
      await created.drop();
    },
  };
}
