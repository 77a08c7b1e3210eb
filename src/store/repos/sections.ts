import type { Kysely } from 'kysely';
import type { Database, SectionRow } from '../schema.js';
import type { Section } from '../types.js';

function toSection(row: SectionRow): Section {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    parentId: row.parent_id,
    position: row.position,
  };
}

export interface NewSection {
  readonly slug: string;
  readonly name: string;
  readonly description?: string;
  readonly parentId?: number | null;
  readonly position?: number;
}

export function createSectionRepo(db: Kysely<Database>) {
  return {
    /** Every section, parents before children, in menu order. */
    async all(): Promise<Section[]> {
      const rows = await db.selectFrom('sections').selectAll().orderBy('position').orderBy('id').execute();
      return rows.map(toSection);
    },

    async insert(section: NewSection): Promise<number> {
      const row = await db
        .insertInto('sections')
        .values({
          slug: section.slug,
          name: section.name,
          description: section.description ?? '',
          parent_id: section.parentId ?? null,
          position: section.position ?? 0,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
  };
}

export type SectionRepo = ReturnType<typeof createSectionRepo>;
