import type { Kysely } from 'kysely';
import type { JsonArrayFrom } from '../dialects/types.js';
import type { Database } from '../schema.js';
import type { Article, ArticleSummary, Page, Tag } from '../types.js';
import { compiledById } from './compiled.js';
import { pageOf, SUMMARY_COLUMNS, type SummaryRow, toSummary } from './mappers.js';

export interface ListFilter {
  /** Articles in any of these sections (a parent section passes itself and its children). */
  readonly sectionIds?: readonly number[];
  readonly tagId?: number;
  readonly authorId?: number;
  readonly entityId?: number;
}

export interface PageRequest {
  readonly page: number;
  readonly perPage: number;
}

/** Nested JSON arrives as text from SQLite and parsed from PostgreSQL; either way, sort by position. */
function inOrder<T extends { position: number }>(value: unknown): T[] {
  const rows = (typeof value === 'string' ? JSON.parse(value) : value) as T[];
  return rows.sort((a, b) => a.position - b.position);
}

/** Read queries for published articles: what the reader site and the content API need. */
export function createArticleReads(db: Kysely<Database>, jsonArrayFrom: JsonArrayFrom) {
  function published() {
    return db
      .selectFrom('articles')
      .innerJoin('sections', 'sections.id', 'articles.section_id')
      .where('articles.status', '=', 'published');
  }

  function filtered(filter: ListFilter) {
    let query = published();
    if (filter.sectionIds) query = query.where('articles.section_id', 'in', [...filter.sectionIds]);
    if (filter.tagId !== undefined) {
      const tagId = filter.tagId;
      query = query.where('articles.id', 'in', (eb) =>
        eb
          .selectFrom('article_tags')
          .select('article_tags.article_id')
          .where('article_tags.tag_id', '=', tagId),
      );
    }
    if (filter.authorId !== undefined) {
      const authorId = filter.authorId;
      query = query.where('articles.id', 'in', (eb) =>
        eb
          .selectFrom('article_authors')
          .select('article_authors.article_id')
          .where('article_authors.author_id', '=', authorId),
      );
    }
    if (filter.entityId !== undefined) {
      const entityId = filter.entityId;
      query = query.where('articles.id', 'in', (eb) =>
        eb
          .selectFrom('article_entities')
          .select('article_entities.article_id')
          .where('article_entities.entity_id', '=', entityId),
      );
    }
    return query;
  }

  const articleById = compiledById(db, (id: number) =>
    published()
      .leftJoin('sections as parent', 'parent.id', 'sections.parent_id')
      .select([
        ...SUMMARY_COLUMNS,
        'articles.status as status',
        'articles.body_html as body_html',
        'articles.source_credit as source_credit',
        'articles.updated_at as updated_at',
        'parent.id as parent_id',
        'parent.slug as parent_slug',
        'parent.name as parent_name',
      ])
      .select((eb) => [
        jsonArrayFrom(
          eb
            .selectFrom('article_authors')
            .innerJoin('authors', 'authors.id', 'article_authors.author_id')
            .select(['authors.id', 'authors.slug', 'authors.name', 'article_authors.position'])
            .whereRef('article_authors.article_id', '=', 'articles.id'),
        ).as('authors'),
        jsonArrayFrom(
          eb
            .selectFrom('article_tags')
            .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
            .select(['tags.id', 'tags.slug', 'tags.name', 'tags.type', 'article_tags.position'])
            .whereRef('article_tags.article_id', '=', 'articles.id'),
        ).as('tags'),
        // The page's related list rides along: one statement for the hottest page on the site.
        jsonArrayFrom(
          eb
            .selectFrom('article_related')
            .innerJoin('articles as r', 'r.id', 'article_related.related_id')
            .innerJoin('sections as rs', 'rs.id', 'r.section_id')
            .select([
              'r.id as id',
              'r.slug as slug',
              'r.title as title',
              'r.standfirst as standfirst',
              'r.published_at as published_at',
              'r.views as views',
              'rs.id as section_id',
              'rs.slug as section_slug',
              'rs.name as section_name',
              'article_related.rank as position',
            ])
            .whereRef('article_related.article_id', '=', 'articles.id')
            .where('r.status', '=', 'published'),
        ).as('related'),
      ])
      .where('articles.id', '=', id),
  );

  /**
   * A published article with everything its page shows, and its stored related articles (best
   * first, still published), or undefined: one query, with authors, tags and related articles
   * nested as JSON arrays (the article page is the hottest path on the site).
   */
  async function findPage(id: number): Promise<{ article: Article; related: ArticleSummary[] } | undefined> {
    const [row] = await articleById(id);
    if (!row) return undefined;
    const article: Article = {
      ...toSummary(row),
      status: row.status,
      bodyHtml: row.body_html,
      sourceCredit: row.source_credit,
      updatedAt: row.updated_at,
      sectionParent:
        row.parent_id !== null && row.parent_slug !== null && row.parent_name !== null
          ? { id: row.parent_id, slug: row.parent_slug, name: row.parent_name }
          : null,
      authors: inOrder<{ id: number; slug: string; name: string; position: number }>(row.authors).map(
        ({ id, slug, name }) => ({ id, slug, name }),
      ),
      tags: inOrder<Tag & { position: number }>(row.tags).map(({ id, slug, name, type }) => ({
        id,
        slug,
        name,
        type,
      })),
    };
    return { article, related: inOrder<SummaryRow & { position: number }>(row.related).map(toSummary) };
  }

  return {
    findPage,

    /** Current slug of an article if `slug` is one it was published under before. */
    async wasSlugOf(id: number, slug: string): Promise<boolean> {
      const row = await db
        .selectFrom('article_slugs')
        .select('article_id')
        .where('article_id', '=', id)
        .where('slug', '=', slug)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Newest first, paginated, with the total for page links. */
    async list(filter: ListFilter, { page, perPage }: PageRequest): Promise<Page<ArticleSummary>> {
      const [rows, count] = await Promise.all([
        filtered(filter)
          .select(SUMMARY_COLUMNS)
          .orderBy('articles.published_at', 'desc')
          .orderBy('articles.id', 'desc')
          .limit(perPage)
          .offset((page - 1) * perPage)
          .execute(),
        filtered(filter)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return pageOf(rows.map(toSummary), Number(count.n), page, perPage);
    },

    /** The newest `limit` articles of each given section group, one query per group. */
    async latestBySection(
      groups: readonly { key: number; sectionIds: readonly number[] }[],
      limit: number,
    ): Promise<Map<number, ArticleSummary[]>> {
      const lists = await Promise.all(
        groups.map((group) =>
          filtered({ sectionIds: group.sectionIds })
            .select(SUMMARY_COLUMNS)
            .orderBy('articles.published_at', 'desc')
            .orderBy('articles.id', 'desc')
            .limit(limit)
            .execute(),
        ),
      );
      return new Map(groups.map((group, i) => [group.key, (lists[i] ?? []).map(toSummary)]));
    },

    async latest(limit: number): Promise<ArticleSummary[]> {
      const rows = await published()
        .select(SUMMARY_COLUMNS)
        .orderBy('articles.published_at', 'desc')
        .orderBy('articles.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toSummary);
    },

    /** Most-read among articles published since `since` (ISO). */
    async mostRead(since: string, limit: number): Promise<ArticleSummary[]> {
      const rows = await published()
        .select(SUMMARY_COLUMNS)
        .where('articles.published_at', '>=', since)
        .orderBy('articles.views', 'desc')
        .orderBy('articles.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toSummary);
    },

    /** Summaries for the given ids, in the order given; unpublished ids are dropped. */
    async summaries(ids: readonly number[]): Promise<ArticleSummary[]> {
      if (ids.length === 0) return [];
      const rows = await published()
        .select(SUMMARY_COLUMNS)
        .where('articles.id', 'in', [...ids])
        .execute();
      const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    /** Tag names per article, for lists that show tags (the content API). */
    async tagNames(ids: readonly number[]): Promise<Map<number, string[]>> {
      const result = new Map<number, string[]>(ids.map((id) => [id, []]));
      if (ids.length === 0) return result;
      const rows = await db
        .selectFrom('article_tags')
        .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
        .select(['article_tags.article_id', 'tags.name'])
        .where('article_tags.article_id', 'in', [...ids])
        .orderBy('article_tags.article_id')
        .orderBy('article_tags.position')
        .execute();
      for (const row of rows) result.get(row.article_id)?.push(row.name);
      return result;
    },

    async countPublished(): Promise<number> {
      const row = await published()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type ArticleReads = ReturnType<typeof createArticleReads>;
