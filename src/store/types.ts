import type { EntityType, QuoteKind, TagType } from './schema.js';

/** What the store hands to the rest of the app: camelCase records, no SQL rows. */

export interface SectionRef {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
}

export interface Section extends SectionRef {
  readonly description: string;
  readonly parentId: number | null;
  readonly position: number;
}

export interface AuthorRef {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
}

export interface Author extends AuthorRef {
  readonly bio: string;
}

export interface Tag {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
  readonly type: TagType;
}

export interface ArticleSummary {
  readonly id: number;
  readonly slug: string;
  readonly title: string;
  readonly standfirst: string;
  readonly publishedAt: string;
  readonly views: number;
  readonly section: SectionRef;
}

export interface Article extends ArticleSummary {
  readonly status: string;
  readonly bodyHtml: string;
  readonly sourceCredit: string | null;
  readonly updatedAt: string;
  readonly sectionParent: SectionRef | null;
  readonly authors: readonly AuthorRef[];
  readonly tags: readonly Tag[];
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly perPage: number;
  readonly pages: number;
}

export interface EntityRecord {
  readonly id: number;
  readonly key: string;
  readonly name: string;
  readonly type: EntityType;
}

export interface StoredQuote {
  readonly id: number;
  readonly text: string;
  readonly speaker: string | null;
  readonly speakerKey: string | null;
  readonly cue: string | null;
  readonly source: string | null;
  readonly kind: QuoteKind;
  readonly start: number;
  readonly end: number;
}

export interface QuoteWithArticle extends StoredQuote {
  readonly article: ArticleSummary;
}
