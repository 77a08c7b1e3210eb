import type { Kysely, Migration } from 'kysely';

/** Lets app instances read "articles changed since (updated_at, id)" without scanning every article. */
export function changeFeed(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('articles_updated').on('articles').columns(['updated_at', 'id']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('articles_updated').execute();
    },
  };
}
