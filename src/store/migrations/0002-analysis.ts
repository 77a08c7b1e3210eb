import { type Kysely, type Migration, sql } from 'kysely';
import type { ColumnTypes } from '../dialects/column-types.js';

/** What the language layer finds in each article: entities (people, places, organisations) and quotes. */
export function analysis(types: ColumnTypes): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('entities')
        .addColumn('id', 'integer', types.id)
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('person', 'place', 'organisation')`))
        .execute();

      await db.schema
        .createTable('article_entities')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id').onDelete('cascade'))
        .addColumn('mentions', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_entities_pk', ['article_id', 'entity_id'])
        .execute();
      await db.schema
        .createIndex('article_entities_entity')
        .on('article_entities')
        .columns(['entity_id', 'article_id'])
        .execute();

      await db.schema
        .createTable('quotes')
        .addColumn('id', 'integer', types.id)
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('speaker', 'text')
        .addColumn('speaker_entity_id', 'integer', (c) => c.references('entities.id').onDelete('set null'))
        .addColumn('cue', 'text')
        .addColumn('source', 'text')
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('direct', 'indirect', 'unmarked')`))
        .addColumn('start_offset', 'integer', (c) => c.notNull())
        .addColumn('end_offset', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('quotes_article')
        .on('quotes')
        .columns(['article_id', 'position'])
        .execute();
      await db.schema.createIndex('quotes_speaker').on('quotes').column('speaker_entity_id').execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['quotes', 'article_entities', 'entities'])
        await db.schema.dropTable(table).execute();
    },
  };
}
