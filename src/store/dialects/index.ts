import { openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';
import type { OpenedDatabase } from './types.js';

export type { DialectName, JsonArrayFrom, OpenedDatabase } from './types.js';

/** `postgres://…` opens a PostgreSQL pool; anything else is a SQLite file path (or `:memory:`). */
export function openDatabase(url: string): OpenedDatabase {
  if (/^postgres(ql)?:\/\//i.test(url)) return openPostgres(url);
  return openSqlite(url.replace(/^sqlite:(\/\/)?/i, ''));
}
