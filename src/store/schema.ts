import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Table types shared by SQLite and PostgreSQL.
 * Timestamps are ISO-8601 UTC strings (`2022-01-11T08:20:00.000Z`) on both databases:
 * they sort as text, compare the same everywhere and need no driver-specific parsing.
 */

export type ArticleStatus = 'draft' | 'review' | 'scheduled' | 'published';
export type TagType = 'person' | 'place' | 'organisation' | 'topic';
export type EntityType = 'person' | 'place' | 'organisation';
export type QuoteKind = 'direct' | 'indirect' | 'unmarked';

export interface SectionsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: string;
  parent_id: number | null;
  position: number;
}

export interface AuthorsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  bio: string;
}

export interface TagsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  type: TagType;
}

export interface ArticlesTable {
  id: Generated<number>;
  slug: string;
  title: string;
  standfirst: string;
  body_source: string;
  body_html: string;
  section_id: number;
  status: ArticleStatus;
  source_credit: string | null;
  views: ColumnType<number, number | undefined, number>;
  published_at: string | null;
  created_at: string;
  /** When an editor last changed the article: the modification date readers and search engines see. */
  updated_at: string;
  /** When anything stored about the article last changed, re-analysis included: what app instances follow. */
  changed_at: string;
  /** JSON of the language analysis (entities, suggested tags, quotes); null until analysed. */
  analysis: string | null;
  /** JSON of the related-articles features (weighted terms, entity keys). */
  features: string | null;
}

export interface ArticleSlugsTable {
  article_id: number;
  slug: string;
}

export interface ArticleAuthorsTable {
  article_id: number;
  author_id: number;
  position: number;
}

export interface ArticleTagsTable {
  article_id: number;
  tag_id: number;
  position: number;
}

export interface ArticleRelatedTable {
  article_id: number;
  rank: number;
  related_id: number;
  score: number;
}

export interface EntitiesTable {
  id: Generated<number>;
  key: string;
  name: string;
  type: EntityType;
}

/** A tag the analyser suggested for an article, by the tag's key (its slug). */
export interface ArticleSuggestionsTable {
  article_id: number;
  tag_key: string;
}

export interface ArticleEntitiesTable {
  article_id: number;
  entity_id: number;
  mentions: number;
}

export interface QuotesTable {
  id: Generated<number>;
  article_id: number;
  position: number;
  text: string;
  speaker: string | null;
  speaker_entity_id: number | null;
  cue: string | null;
  source: string | null;
  kind: QuoteKind;
  start_offset: number;
  end_offset: number;
}

export interface Database {
  sections: SectionsTable;
  authors: AuthorsTable;
  tags: TagsTable;
  articles: ArticlesTable;
  article_slugs: ArticleSlugsTable;
  article_authors: ArticleAuthorsTable;
  article_tags: ArticleTagsTable;
  article_related: ArticleRelatedTable;
  entities: EntitiesTable;
  article_entities: ArticleEntitiesTable;
  quotes: QuotesTable;
  article_suggestions: ArticleSuggestionsTable;
}

export type SectionRow = Selectable<SectionsTable>;
export type AuthorRow = Selectable<AuthorsTable>;
export type TagRow = Selectable<TagsTable>;
export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticle = Insertable<ArticlesTable>;
export type ArticleUpdate = Updateable<ArticlesTable>;
export type EntityRow = Selectable<EntitiesTable>;
export type QuoteRow = Selectable<QuotesTable>;
