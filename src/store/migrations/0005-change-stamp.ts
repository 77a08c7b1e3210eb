import { type Kysely, type Migration, sql } from 'kysely';

/**
 * A change stamp apart from `updated_at`. `updated_at` is when an editor last changed the article (readers, the
 * API and search engines see it as the modification date); `changed_at` is when anything stored about it last
 * changed, a re-analysis included. App instances follow `(changed_at, id)` to keep their related-articles index
 * current, so `dateline reanalyze` reaches every instance without telling readers the story was edited.
 */
export function changeStamp(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('articles')
        .addColumn('changed_at', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await sql`update articles set changed_at = updated_at`.execute(db);
      await db.schema.createIndex('articles_changed').on('articles').columns(['changed_at', 'id']).execute();
      await db.schema.dropIndex('articles_updated').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.createIndex('articles_updated').on('articles').columns(['updated_at', 'id']).execute();
      await db.schema.dropIndex('articles_changed').execute();
      await db.schema.alterTable('articles').dropColumn('changed_at').execute();
    },
  };
}
