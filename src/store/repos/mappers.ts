import type { ArticleSummary } from '../types.js';

/** Columns every article list selects, joined with its section. */
export const SUMMARY_COLUMNS = [
  'articles.id as id',
  'articles.slug as slug',
  'articles.title as title',
  'articles.standfirst as standfirst',
  'articles.published_at as published_at',
  'articles.views as views',
  'sections.id as section_id',
  'sections.slug as section_slug',
  'sections.name as section_name',
] as const;

export interface SummaryRow {
  id: number;
  slug: string;
  title: string;
  standfirst: string;
  published_at: string | null;
  views: number;
  section_id: number;
  section_slug: string;
  section_name: string;
}

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    publishedAt: row.published_at ?? '',
    views: Number(row.views),
    section: { id: row.section_id, slug: row.section_slug, name: row.section_name },
  };
}

export function pageOf<T>(items: readonly T[], total: number, page: number, perPage: number) {
  return { items, total, page, perPage, pages: Math.max(1, Math.ceil(total / perPage)) };
}
