import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface RelatedEntry {
  readonly id: number;
  readonly score: number;
}

export interface FeatureRow {
  readonly id: number;
  readonly status: string;
  readonly publishedAt: string | null;
  readonly changedAt: string;
  readonly features: string | null;
  readonly tagSlugs: readonly string[];
}

export function createRelatedRepo(db: Kysely<Database>) {
  return {
    /** Stored related ids for an article, best first. */
    async idsFor(articleId: number): Promise<number[]> {
      const rows = await db
        .selectFrom('article_related')
        .select('related_id')
        .where('article_id', '=', articleId)
        .orderBy('rank')
        .execute();
      return rows.map((row) => row.related_id);
    },

    /** Stored related articles with their scores, best first. */
    async entriesFor(articleId: number): Promise<RelatedEntry[]> {
      const rows = await db
        .selectFrom('article_related')
        .select(['related_id', 'score'])
        .where('article_id', '=', articleId)
        .orderBy('rank')
        .execute();
      return rows.map((row) => ({ id: row.related_id, score: Number(row.score) }));
    },

    async replace(articleId: number, entries: readonly RelatedEntry[]): Promise<void> {
      await db.deleteFrom('article_related').where('article_id', '=', articleId).execute();
      if (entries.length === 0) return;
      await db
        .insertInto('article_related')
        .values(
          entries.map((entry, rank) => ({
            article_id: articleId,
            rank,
            related_id: entry.id,
            score: entry.score,
          })),
        )
        .execute();
    },

    /**
     * Stored features of articles changed after `(changedAt, id)`, oldest change first:
     * how an in-memory related-articles index loads and then keeps up with other instances.
     */
    async featuresChangedAfter(changedAt: string, id: number, limit: number): Promise<FeatureRow[]> {
      const rows = await db
        .selectFrom('articles')
        .select(['id', 'status', 'published_at', 'changed_at', 'features'])
        .where((eb) => eb(eb.refTuple('changed_at', 'id'), '>', eb.tuple(changedAt, id)))
        .orderBy('changed_at')
        .orderBy('id')
        .limit(limit)
        .execute();
      if (rows.length === 0) return [];
      const tags = await db
        .selectFrom('article_tags')
        .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
        .select(['article_tags.article_id', 'tags.slug'])
        .where(
          'article_tags.article_id',
          'in',
          rows.map((row) => row.id),
        )
        .execute();
      const slugs = new Map<number, string[]>();
      for (const tag of tags) {
        const list = slugs.get(tag.article_id) ?? [];
        list.push(tag.slug);
        slugs.set(tag.article_id, list);
      }
      return rows.map((row) => ({
        id: row.id,
        status: row.status,
        publishedAt: row.published_at,
        changedAt: row.changed_at,
        features: row.features,
        tagSlugs: slugs.get(row.id) ?? [],
      }));
    },

    /**
     * Foundation ranking, kept as the fallback when no features are stored: the most recent
     * published articles sharing the most tags with this one.
     */
    async byTagOverlap(articleId: number, limit: number): Promise<RelatedEntry[]> {
      const rows = await db
        .selectFrom('article_tags as mine')
        .innerJoin('article_tags as theirs', 'theirs.tag_id', 'mine.tag_id')
        .innerJoin('articles', 'articles.id', 'theirs.article_id')
        .select(['articles.id as id'])
        .select((eb) => eb.fn.countAll<number>().as('shared'))
        .where('mine.article_id', '=', articleId)
        .where('theirs.article_id', '!=', articleId)
        .where('articles.status', '=', 'published')
        .groupBy(['articles.id', 'articles.published_at'])
        .orderBy('shared', 'desc')
        .orderBy('articles.published_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({ id: row.id, score: Number(row.shared) }));
    },
  };
}

export type RelatedRepo = ReturnType<typeof createRelatedRepo>;
