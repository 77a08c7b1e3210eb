import type { Kysely } from 'kysely';
import type { jsonArrayFrom } from 'kysely/helpers/sqlite';
import type { Database } from '../schema.js';

export type DialectName = 'sqlite' | 'postgres';

/** Nested rows as one JSON array column: the SQL differs per database, the result shape does not. */
export type JsonArrayFrom = typeof jsonArrayFrom;

export interface OpenedDatabase {
  readonly jsonArrayFrom: JsonArrayFrom;
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** Where the data lives, without credentials: for logs. */
  readonly describe: string;
  /** Refreshes planner statistics (after migrations and bulk writes). */
  optimize(): Promise<void>;
  close(): Promise<void>;
}
