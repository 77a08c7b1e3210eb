import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';
import { columnTypes } from '../dialects/column-types.js';
import type { DialectName } from '../dialects/types.js';
import type { Database } from '../schema.js';
import { initial } from './0001-initial.js';
import { analysis } from './0002-analysis.js';
import { changeFeed } from './0003-change-feed.js';
import { suggestions } from './0004-suggestions.js';
import { changeStamp } from './0005-change-stamp.js';

/** Numbered and append-only: never edit a migration that has shipped; add the next one. */
function migrationsFor(dialect: DialectName): Record<string, Migration> {
  const types = columnTypes(dialect);
  return {
    '0001-initial': initial(types),
    '0002-analysis': analysis(types),
    '0003-change-feed': changeFeed(),
    '0004-suggestions': suggestions(),
    '0005-change-stamp': changeStamp(),
  };
}

export interface MigrateResult {
  readonly applied: readonly string[];
  readonly error?: string;
}

/** Brings the schema up to date; each migration runs in its own transaction. */
export async function migrateToLatest(db: Kysely<Database>, dialect: DialectName): Promise<MigrateResult> {
  const migrations = migrationsFor(dialect);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'dateline_migrations',
    migrationLockTableName: 'dateline_migrations_lock',
  });
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest();
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  if (error) {
    const failed = (results ?? []).find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    return { applied, error: `migration ${failed} failed: ${(error as Error).message ?? String(error)}` };
  }
  return { applied };
}
