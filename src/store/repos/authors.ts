import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { Author } from '../types.js';

export interface NewAuthor {
  readonly slug: string;
  readonly name: string;
  readonly bio?: string;
}

export function createAuthorRepo(db: Kysely<Database>) {
  return {
    async bySlug(slug: string): Promise<Author | undefined> {
      return db.selectFrom('authors').selectAll().where('slug', '=', slug).executeTakeFirst();
    },

    async all(): Promise<Author[]> {
      return db.selectFrom('authors').selectAll().orderBy('name').execute();
    },

    async insert(author: NewAuthor): Promise<number> {
      const row = await db
        .insertInto('authors')
        .values({ slug: author.slug, name: author.name, bio: author.bio ?? '' })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
  };
}

export type AuthorRepo = ReturnType<typeof createAuthorRepo>;
