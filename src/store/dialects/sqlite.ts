import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type SqliteDatabase, SqliteDialect } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/sqlite';
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

/** Distinct SQL strings whose prepared statements are kept (the app issues a few dozen). */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; preparing costs as much as running a short indexed query.
 * The app's queries repeat with new parameters, so prepared statements are kept per SQL text.
 */
function withStatementCache(connection: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => connection.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql);
      } else {
        statement = connection.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}

export function openSqlite(path: string): OpenedDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const connection = new SQLite(path);
  for (const pragma of PRAGMAS) connection.pragma(pragma);
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(connection) }),
  });
  return {
    db,
    jsonArrayFrom,
    dialect: 'sqlite',
    describe: `SQLite ${path}`,
    async optimize() {
      // Gathers the statistics the query planner needs to prefer the right index on large tables.
      // analysis_limit bounds the work: statistics from a sample, so a large database opens quickly.
      connection.pragma('analysis_limit = 1000');
      connection.pragma('optimize=0x10002');
    },
    async close() {
      await db.destroy();
    },
  };
}
