import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Config } from '../config.js';
import { DatelineError } from '../errors.js';
import { articlePath } from '../publishing/urls.js';
import type { Store } from '../store/index.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export interface ApiDeps {
  readonly store: Store;
  readonly config: Config;
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new DatelineError('BAD_REQUEST', `${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

/** Public content API: published articles, newest first. */
export async function articleRoutes(app: FastifyInstance, { store, config }: ApiDeps): Promise<void> {
  app.get('/articles', async (request, reply) => {
    const { limit, page } = parse(listQuery, request.query);
    const list = await store.articles.list({}, { page, perPage: limit });
    const tags = await store.articles.tagNames(list.items.map((a) => a.id));
    reply.header('cache-control', 'public, max-age=60');
    return {
      articles: list.items.map((article) => ({
        id: article.id,
        url: `${config.baseUrl}${articlePath(article)}`,
        title: article.title,
        section: { slug: article.section.slug, name: article.section.name },
        tags: tags.get(article.id) ?? [],
        publishedAt: article.publishedAt,
        views: article.views,
      })),
      meta: {
        pagination: { page: list.page, limit: list.perPage, pages: list.pages, total: list.total },
      },
    };
  });
}
