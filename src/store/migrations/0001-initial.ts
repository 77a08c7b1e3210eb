import { type Kysely, type Migration, sql } from 'kysely';
import type { ColumnTypes } from '../dialects/column-types.js';

/** Sections, authors, tags, articles and the tables that join them. */
export function initial(types: ColumnTypes): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('sections')
        .addColumn('id', 'integer', types.id)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('parent_id', 'integer', (c) => c.references('sections.id').onDelete('restrict'))
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await db.schema
        .createTable('authors')
        .addColumn('id', 'integer', types.id)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('bio', 'text', (c) => c.notNull().defaultTo(''))
        .execute();

      await db.schema
        .createTable('tags')
        .addColumn('id', 'integer', types.id)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) =>
          c.notNull().check(sqlIn('type', ['person', 'place', 'organisation', 'topic'])),
        )
        .execute();

      await db.schema
        .createTable('articles')
        .addColumn('id', 'integer', types.id)
        .addColumn('slug', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('standfirst', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('body_source', 'text', (c) => c.notNull())
        .addColumn('body_html', 'text', (c) => c.notNull())
        .addColumn('section_id', 'integer', (c) => c.notNull().references('sections.id').onDelete('restrict'))
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sqlIn('status', ['draft', 'review', 'scheduled', 'published'])),
        )
        .addColumn('source_credit', 'text')
        .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('published_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('analysis', 'text')
        .addColumn('features', 'text')
        .execute();
      await db.schema
        .createIndex('articles_status_published')
        .on('articles')
        .columns(['status', 'published_at'])
        .execute();
      await db.schema
        .createIndex('articles_section_status_published')
        .on('articles')
        .columns(['section_id', 'status', 'published_at'])
        .execute();
      await db.schema
        .createIndex('articles_status_views')
        .on('articles')
        .columns(['status', 'views'])
        .execute();

      await db.schema
        .createTable('article_slugs')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('slug', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_slugs_pk', ['article_id', 'slug'])
        .execute();

      await db.schema
        .createTable('article_authors')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('author_id', 'integer', (c) => c.notNull().references('authors.id').onDelete('restrict'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_authors_pk', ['article_id', 'author_id'])
        .execute();
      await db.schema
        .createIndex('article_authors_author')
        .on('article_authors')
        .columns(['author_id', 'article_id'])
        .execute();

      await db.schema
        .createTable('article_tags')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id').onDelete('restrict'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
        .execute();
      await db.schema
        .createIndex('article_tags_tag')
        .on('article_tags')
        .columns(['tag_id', 'article_id'])
        .execute();

      await db.schema
        .createTable('article_related')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('rank', 'integer', (c) => c.notNull())
        .addColumn('related_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('score', 'real', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_related_pk', ['article_id', 'rank'])
        .execute();
      await db.schema
        .createIndex('article_related_related')
        .on('article_related')
        .column('related_id')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'article_related',
        'article_tags',
        'article_authors',
        'article_slugs',
        'articles',
        'tags',
        'authors',
        'sections',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}

function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
