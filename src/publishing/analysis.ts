import type {
  EntityMentions,
  QuoteInput,
  Repos,
  TagUsage,
  TopicCooccurrence,
  UntaggedEntity,
} from '../store/index.js';
import {
  type Analysis,
  type ArticleFeatures,
  analyze,
  articleFeatures,
  createVocabulary,
  MIN_TOGETHER,
  type Vocabulary,
} from '../text/index.js';

/** What the publisher stores about an article's language: computed once per write. */
export interface StoredAnalysis {
  readonly analysis: Analysis;
  readonly features: ArticleFeatures;
  readonly entities: EntityMentions[];
  readonly quotes: QuoteInput[];
}

/** Untagged names mentioned in fewer articles than this say nothing about what editors leave out. */
const MIN_UNTAGGED_ARTICLES = 3;
const MAX_UNTAGGED_NAMES = 5000;
/** Topic/name pairs: at most this many, counted over this many of the newest articles. */
export const MAX_COOCCURRENCES = 20_000;
export const COOCCURRENCE_ARTICLES = 20_000;

export interface ArticleAnalyzer {
  analyze(input: { title: string; body: string }): StoredAnalysis;
  /**
   * Newsroom tags changed: known names win in later analyses, and suggestions follow what editors take up
   * (tags applied where mentioned; names mentioned often and never tagged; topics the story's names go with).
   */
  setVocabulary(
    tags: readonly TagUsage[],
    untagged?: readonly UntaggedEntity[],
    cooccurrences?: readonly TopicCooccurrence[],
  ): boolean;
  /**
   * Reads the newsroom's tags and untagged names from the store and sets them. Both say whether the
   * vocabulary differs from the one before (names, types or counts).
   */
  refreshVocabulary(repos: Pick<Repos, 'tags' | 'entities'>): Promise<boolean>;
}

export function createArticleAnalyzer(): ArticleAnalyzer {
  let vocabulary: Vocabulary = createVocabulary([]);
  let signature = '';
  return {
    setVocabulary(tags, untagged = [], cooccurrences = []) {
      const known = tags.map((tag) => ({
        name: tag.name,
        type: tag.type,
        articleCount: tag.articleCount,
        mentionCount: tag.mentionCount,
        suggestedCount: tag.suggestedCount,
      }));
      const next = JSON.stringify([known, untagged, cooccurrences]);
      if (next === signature) return false;
      signature = next;
      vocabulary = createVocabulary(known, { untagged, associations: cooccurrences });
      return true;
    },
    async refreshVocabulary(repos) {
      const [tags, untagged, cooccurrences] = await Promise.all([
        repos.tags.vocabulary(),
        repos.entities.untagged(MIN_UNTAGGED_ARTICLES, MAX_UNTAGGED_NAMES),
        repos.tags.topicCooccurrences(MIN_TOGETHER, MAX_COOCCURRENCES, COOCCURRENCE_ARTICLES),
      ]);
      return this.setVocabulary(tags, untagged, cooccurrences);
    },
    analyze(input) {
      const analysis = analyze(input, { vocabulary });
      const entities = analysis.entities.map((entity) => ({
        key: entity.key,
        name: entity.name,
        type: entity.type,
        mentions: entity.mentions.length,
      }));
      const quotes = analysis.quotes
        .filter((quote) => quote.field === 'body')
        .map((quote) => ({
          text: quote.text,
          speaker: quote.speaker,
          speakerKey: quote.speakerKey,
          cue: quote.cue,
          source: quote.source,
          kind: quote.kind,
          start: quote.start,
          end: quote.end,
        }));
      return { analysis, features: articleFeatures(input, analysis), entities, quotes };
    },
  };
}
