import { Kysely, PostgresDialect, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import pg from 'pg';
import type { Database } from '../schema.js';
import type { JsonArrayFrom, OpenedDatabase } from './types.js';

const POOL_SIZE = 10;
const INT8_OID = 20;

export function openPostgres(url: string): OpenedDatabase {
  // COUNT(*) and SUM() come back as int8; our figures fit comfortably in a JS number.
  pg.types.setTypeParser(INT8_OID, (value) => Number.parseInt(value, 10));
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const where = new URL(url);
  return {
    db,
    jsonArrayFrom: jsonArrayFrom as JsonArrayFrom,
    dialect: 'postgres',
    describe: `PostgreSQL ${where.hostname}:${where.port || 5432}${where.pathname}`,
    async optimize() {
      await sql`analyze`.execute(db);
    },
    async close() {
      await db.destroy();
    },
  };
}
