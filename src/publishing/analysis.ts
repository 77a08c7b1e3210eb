import type { EntityMentions, QuoteInput, TagUsage } from '../store/index.js';
import {
  type Analysis,
  type ArticleFeatures,
  analyze,
  articleFeatures,
  createVocabulary,
  type Vocabulary,
} from '../text/index.js';

/** What the publisher stores about an article's language: computed once per write. */
export interface StoredAnalysis {
  readonly analysis: Analysis;
  readonly features: ArticleFeatures;
  readonly entities: EntityMentions[];
  readonly quotes: QuoteInput[];
}

export interface ArticleAnalyzer {
  analyze(input: { title: string; body: string }): StoredAnalysis;
  /** Newsroom tags changed: known names win in later analyses. */
  setVocabulary(tags: readonly TagUsage[]): void;
}

export function createArticleAnalyzer(): ArticleAnalyzer {
  let vocabulary: Vocabulary = createVocabulary([]);
  return {
    setVocabulary(tags) {
      vocabulary = createVocabulary(
        tags.map((tag) => ({ name: tag.name, type: tag.type, articleCount: tag.articleCount })),
      );
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
