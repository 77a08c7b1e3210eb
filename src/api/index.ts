import type { FastifyInstance } from 'fastify';
import { type ApiDeps, articleRoutes } from './articles.js';

/** JSON under /api/v1. */
export async function apiPlugin(app: FastifyInstance, deps: ApiDeps): Promise<void> {
  await app.register(articleRoutes, { store: deps.store, config: deps.config });
}
