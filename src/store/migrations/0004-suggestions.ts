import type { Kysely, Migration } from 'kysely';

/**
 * The tags the analyser suggested for each article (by tag key), so the newsroom can tell how often editors take
 * a suggestion up: topics are never entities, and this is the only place they are seen in the archive.
 */
export function suggestions(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('article_suggestions')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('tag_key', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_suggestions_pk', ['article_id', 'tag_key'])
        .execute();
      await db.schema
        .createIndex('article_suggestions_tag')
        .on('article_suggestions')
        .columns(['tag_key', 'article_id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('article_suggestions').execute();
    },
  };
}
