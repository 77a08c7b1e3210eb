import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Config } from '../config.js';
import { DatelineError } from '../errors.js';
import { articlePath, personPath } from '../publishing/urls.js';
import type { ArticleSummary, Store } from '../store/index.js';

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

const idParam = z.object({
  id: z
    .string()
    .regex(/^\d{1,12}$/, 'must be an article id')
    .transform(Number),
});

/** Public content API: published articles, newest first, and one article with what Dateline found in it. */
export async function articleRoutes(app: FastifyInstance, { store, config }: ApiDeps): Promise<void> {
  const url = (article: ArticleSummary) => `${config.baseUrl}${articlePath(article)}`;
  const summary = (article: ArticleSummary, tags: readonly string[]) => ({
    id: article.id,
    url: url(article),
    title: article.title,
    section: { slug: article.section.slug, name: article.section.name },
    tags,
    publishedAt: article.publishedAt,
    views: article.views,
  });

  app.get('/articles', async (request, reply) => {
    const { limit, page } = parse(listQuery, request.query);
    const list = await store.articles.list({}, { page, perPage: limit });
    const tags = await store.articles.tagNames(list.items.map((a) => a.id));
    reply.header('cache-control', 'public, max-age=60');
    return {
      articles: list.items.map((article) => summary(article, tags.get(article.id) ?? [])),
      meta: {
        pagination: { page: list.page, limit: list.perPage, pages: list.pages, total: list.total },
      },
    };
  });

  app.get('/articles/:id', async (request, reply) => {
    const { id } = parse(idParam, request.params);
    const page = await store.articles.findPage(id);
    if (!page) throw new DatelineError('ARTICLE_NOT_FOUND');
    const { article, related } = page;
    const [entities, quotes] = await Promise.all([
      store.entities.entitiesOf(id),
      store.entities.quotesOf(id),
    ]);
    const relatedTags = await store.articles.tagNames(related.map((a) => a.id));
    reply.header('cache-control', 'public, max-age=60');
    return {
      article: {
        ...summary(
          article,
          article.tags.map((tag) => tag.name),
        ),
        standfirst: article.standfirst,
        html: article.bodyHtml,
        updatedAt: article.updatedAt,
        sourceCredit: article.sourceCredit,
        authors: article.authors.map((author) => ({ slug: author.slug, name: author.name })),
        tagDetails: article.tags.map((tag) => ({ slug: tag.slug, name: tag.name, type: tag.type })),
        entities: entities.map((entity) => ({
          name: entity.name,
          type: entity.type,
          key: entity.key,
          mentions: entity.mentions,
          ...(entity.type === 'person' ? { url: `${config.baseUrl}${personPath(entity)}` } : {}),
        })),
        quotes: quotes.map((quote) => ({
          text: quote.text,
          speaker: quote.speaker,
          speakerKey: quote.speakerKey,
          cue: quote.cue,
          source: quote.source,
          kind: quote.kind,
          indirect: quote.kind !== 'direct',
          start: quote.start,
          end: quote.end,
        })),
        related: related.map((item) => summary(item, relatedTags.get(item.id) ?? [])),
      },
    };
  });
}
