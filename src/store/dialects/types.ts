import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export type DialectName = 'sqlite' | 'postgres';

export interface OpenedDatabase {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** Where the data lives, without credentials: for logs. */
  readonly describe: string;
  close(): Promise<void>;
}
