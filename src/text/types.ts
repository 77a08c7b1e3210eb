/**
 * The contract of Dateline's language layer. Everything in src/text is pure:
 * no I/O, no database, no HTTP, and nothing imported from elsewhere in src/.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit offsets into the field named by `field`
 * (`'title'` or `'body'`), end-exclusive, so `body.slice(start, end)` is the span.
 */

export type EntityType = 'person' | 'place' | 'organisation';
export type TagType = EntityType | 'topic';

export interface AnalyzeInput {
  readonly title?: string;
  readonly body: string;
}

/** A tag the newsroom already uses; known names win over guesses. */
export interface KnownTag {
  readonly name: string;
  readonly type: TagType;
  /** Other spellings that mean this tag ("US", "U.S.", "United States of America"). */
  readonly aliases?: readonly string[];
  /** How many articles carry it: a prior for ranking. */
  readonly articleCount?: number;
  /**
   * How many articles mention it (the analyser found it as an entity there). With `articleCount` it says how
   * often editors take the tag up when it is in the text: a newsroom that mentions Britain in every other
   * story but never tags it does not want it suggested.
   */
  readonly mentionCount?: number;
  /**
   * How many articles the analyser suggested it for. Topics are never entities, so this is how the newsroom
   * sees them in its archive; uptake counts whichever of the two is larger.
   */
  readonly suggestedCount?: number;
}

export interface Mention {
  readonly field: 'title' | 'body';
  readonly start: number;
  readonly end: number;
  /** The surface text as written ("Sherman", "Moscow", "the deputy minister", "he"). */
  readonly text: string;
}

export interface Entity {
  /** Canonical name ("Wendy Sherman", "United States"). */
  readonly name: string;
  readonly type: EntityType;
  /** URL-safe stable key derived from the canonical name ("wendy-sherman"). */
  readonly key: string;
  readonly mentions: readonly Mention[];
}

export interface TagSuggestion {
  readonly name: string;
  readonly type: TagType;
  /** Higher is better; comparable within one article. */
  readonly score: number;
  /** Human-readable: "5 mentions, in headline", "known tag, 3 mentions, in lead". */
  readonly reason: string;
  /** True when the name is in the newsroom's vocabulary. */
  readonly known: boolean;
}

export type QuoteKind = 'direct' | 'indirect' | 'unmarked';

export interface Quote {
  /** The quoted words (direct: inside the marks, joined across paragraphs; reported: the reported clause). */
  readonly text: string;
  /** Canonical speaker name, or null when the text does not say who spoke (never guessed). */
  readonly speaker: string | null;
  readonly speakerType: EntityType | null;
  /** Entity key of the speaker when it is a known entity, else null. */
  readonly speakerKey: string | null;
  /** The cue verb or phrase as written ("said", "told reporters", "according to", "quoted him as saying"). */
  readonly cue: string | null;
  /** The outlet that carried the words, when the text says so ("RIA Novosti quoted him as saying"). */
  readonly source: string | null;
  readonly kind: QuoteKind;
  /** True for reported speech (kind 'indirect' or 'unmarked'). */
  readonly indirect: boolean;
  readonly field: 'title' | 'body';
  /** Span of the quoted words (for direct quotes, excluding the quotation marks). */
  readonly start: number;
  readonly end: number;
}

export interface Analysis {
  readonly entities: readonly Entity[];
  readonly tags: readonly TagSuggestion[];
  readonly quotes: readonly Quote[];
  /**
   * The names of the tags the text alone would have had suggested: the hand score's best, before editors'
   * uptake reweighed them and the re-ranker re-ordered them. The newsroom counts these to learn its uptake;
   * counting `tags` would feed uptake (which the re-ranker also reads) back into the counts it is learnt from.
   */
  readonly textTags: readonly string[];
}
