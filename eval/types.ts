/** Schema of the evaluation annotations (gold standard). Offsets are UTF-16, end-exclusive. */

import type { QuoteKind, TagType } from '../src/text/types.js';

export interface GoldTag {
  readonly name: string;
  readonly type: TagType;
  readonly aliases?: readonly string[];
}

export interface GoldQuote {
  readonly start: number;
  readonly end: number;
  readonly kind: QuoteKind;
  /** Canonical speaker, or null when the text does not say who spoke. */
  readonly speaker: string | null;
  readonly speakerAliases?: readonly string[];
  readonly cue?: string | null;
  /** Outlet that carried the words ("RIA Novosti"), when the text names one. */
  readonly source?: string | null;
  /** Defaults to 'body'. */
  readonly field?: 'title' | 'body';
  /** Only in our own hard cases: the span text, checked against the offsets. */
  readonly text?: string;
}

export interface ArticleAnnotation {
  readonly id: string;
  readonly tags: readonly GoldTag[];
  readonly quotes: readonly GoldQuote[];
  /** Labelled for tags only: the article's quotes were not annotated, so quote scoring leaves it out. */
  readonly tagsOnly?: boolean;
  readonly note?: string;
}

/** A hard case carries its own (original) text. */
export interface HardCase extends ArticleAnnotation {
  readonly title?: string;
  readonly body: string;
}

/** An article ready for evaluation: text plus gold annotations. */
export interface EvalDoc {
  readonly id: string;
  readonly title: string | undefined;
  readonly body: string;
  readonly gold: ArticleAnnotation;
}
