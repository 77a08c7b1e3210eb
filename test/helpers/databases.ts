import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Set by `.ci/run` (and `npm run test:pg`): the PostgreSQL server the data-layer suites also run on. */
export const PG_URL = process.env.DATELINE_TEST_PG;

export interface TestDatabase {
  readonly name: 'sqlite' | 'postgres';
  /** A fresh, empty database for one test: returns its URL and a cleanup. */
  create(): Promise<{ url: string; drop(): Promise<void> }>;
}

const sqlite: TestDatabase = {
  name: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-test-'));
    return { url: join(dir, 'test.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

/** Each test gets its own schema in the shared test database, dropped afterwards. */
function postgres(url: string): TestDatabase {
  return {
    name: 'postgres',
    async create() {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      const scoped = new URL(url);
      scoped.searchParams.set('options', `-c search_path=${schema}`);
      return {
        url: scoped.toString(),
        async drop() {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          await client.query(`drop schema ${schema} cascade`);
          await client.end();
        },
      };
    },
  };
}

/** SQLite always; PostgreSQL when DATELINE_TEST_PG names a server. */
export const DATABASES: readonly TestDatabase[] = PG_URL ? [sqlite, postgres(PG_URL)] : [sqlite];
