import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../schema.js';
import type { OpenedDatabase } from './types.js';

/** Pragmas for a read-heavy web workload: WAL lets readers run beside the writer. */
const PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = NORMAL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
  'cache_size = -65536',
  'temp_store = MEMORY',
  'mmap_size = 268435456',
] as const;

export function openSqlite(path: string): OpenedDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const connection = new SQLite(path);
  for (const pragma of PRAGMAS) connection.pragma(pragma);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
  return {
    db,
    dialect: 'sqlite',
    describe: `SQLite ${path}`,
    async close() {
      await db.destroy();
    },
  };
}
