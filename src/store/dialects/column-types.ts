import type { ColumnDefinitionBuilder } from 'kysely';
import type { DialectName } from './types.js';

/** The few column shapes that differ between SQLite and PostgreSQL, for migrations. */
export interface ColumnTypes {
  /** An auto-assigned integer primary key that never reuses a deleted id. */
  id(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
}

export function columnTypes(dialect: DialectName): ColumnTypes {
  return dialect === 'postgres'
    ? { id: (column) => column.primaryKey().generatedByDefaultAsIdentity() }
    : { id: (column) => column.primaryKey().autoIncrement() };
}
