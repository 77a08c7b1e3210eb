import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { openDatabase } from './dialects/index.js';
import type { DialectName, JsonArrayFrom } from './dialects/types.js';
import { migrateToLatest } from './migrations/index.js';
import { createArticleReads } from './repos/article-reads.js';
import { createArticleWrites } from './repos/article-writes.js';
import { createAuthorRepo } from './repos/authors.js';
import { createEntityRepo } from './repos/entities.js';
import { createRelatedRepo } from './repos/related.js';
import { createSectionRepo } from './repos/sections.js';
import { createTagRepo } from './repos/tags.js';
import type { Database } from './schema.js';

export type { DialectName } from './dialects/types.js';
export type { MigrateResult } from './migrations/index.js';
export type { ListFilter, PageRequest } from './repos/article-reads.js';
export type { EntityMentions, QuoteInput, UntaggedEntity } from './repos/entities.js';
export type { FeatureRow, RelatedEntry } from './repos/related.js';
export type { TagInput, TagUsage, TopicCooccurrence } from './repos/tags.js';
export type { ArticleStatus, EntityType, QuoteKind, TagType } from './schema.js';
export type * from './types.js';

function repos(db: Kysely<Database>, jsonArrayFrom: JsonArrayFrom) {
  return {
    articles: createArticleReads(db, jsonArrayFrom),
    articleWrites: createArticleWrites(db),
    sections: createSectionRepo(db),
    authors: createAuthorRepo(db),
    tags: createTagRepo(db),
    related: createRelatedRepo(db),
    entities: createEntityRepo(db),
  };
}

export type Repos = ReturnType<typeof repos>;

export interface Store extends Repos {
  readonly dialect: DialectName;
  readonly describe: string;
  /** Runs `work` in one transaction: everything it writes lands, or nothing does. */
  transaction<T>(work: (tx: Repos) => Promise<T>): Promise<T>;
  migrate(): ReturnType<typeof migrateToLatest>;
  /** Refreshes the query planner's statistics; run after bulk writes. */
  optimize(): Promise<void>;
  /** Answers when the database does (for /healthz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Opens the database named by `url` (a SQLite path or a postgres:// URL). */
export function openStore(url: string): Store {
  const opened = openDatabase(url);
  const { db } = opened;
  return {
    ...repos(db, opened.jsonArrayFrom),
    dialect: opened.dialect,
    describe: opened.describe,
    transaction: (work) => db.transaction().execute((tx) => work(repos(tx, opened.jsonArrayFrom))),
    migrate: () => migrateToLatest(db, opened.dialect),
    optimize: () => opened.optimize(),
    async ping() {
      await sql`select 1`.execute(db);
    },
    close: () => opened.close(),
  };
}
