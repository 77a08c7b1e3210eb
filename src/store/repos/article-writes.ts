import type { Kysely } from 'kysely';
import type { ArticleStatus, ArticleUpdate, Database, NewArticle } from '../schema.js';

/** Write queries for one article. Callers run them inside a transaction (see Store.transaction). */
export function createArticleWrites(db: Kysely<Database>) {
  return {
    async insert(article: NewArticle): Promise<number> {
      const row = await db.insertInto('articles').values(article).returning('id').executeTakeFirstOrThrow();
      return row.id;
    },

    async update(id: number, patch: ArticleUpdate): Promise<void> {
      await db.updateTable('articles').set(patch).where('id', '=', id).execute();
    },

    /** Remembers a slug the article was published under, so old links keep working (301). */
    async rememberSlug(id: number, slug: string): Promise<void> {
      await db
        .insertInto('article_slugs')
        .values({ article_id: id, slug })
        .onConflict((oc) => oc.columns(['article_id', 'slug']).doNothing())
        .execute();
    },

    async setAuthors(id: number, authorIds: readonly number[]): Promise<void> {
      await db.deleteFrom('article_authors').where('article_id', '=', id).execute();
      if (authorIds.length === 0) return;
      await db
        .insertInto('article_authors')
        .values(authorIds.map((authorId, position) => ({ article_id: id, author_id: authorId, position })))
        .execute();
    },

    async setTags(id: number, tagIds: readonly number[]): Promise<void> {
      await db.deleteFrom('article_tags').where('article_id', '=', id).execute();
      const unique = [...new Set(tagIds)];
      if (unique.length === 0) return;
      await db
        .insertInto('article_tags')
        .values(unique.map((tagId, position) => ({ article_id: id, tag_id: tagId, position })))
        .execute();
    },

    async find(id: number) {
      return db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
    },

    /** Every article's id and status, by id: what `dateline reanalyze` works through. */
    async list(): Promise<{ id: number; status: ArticleStatus }[]> {
      return db.selectFrom('articles').select(['id', 'status']).orderBy('id').execute();
    },
  };
}

export type ArticleWrites = ReturnType<typeof createArticleWrites>;
