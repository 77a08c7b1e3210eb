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
/** The background refresh reads the whole vocabulary at least this often, written to or not. */
export const FULL_REFRESH_MS = 10 * 60_000;
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
  /**
   * The background refresh: reads the vocabulary again only when an article was written since the last read
   * (`tags.vocabularyStamp()`, one indexed query) or every `FULL_REFRESH_MS` regardless, which picks up what
   * another instance's reanalysis changed without a new stamp. Says whether it read.
   */
  refreshVocabularyIfStale(repos: Pick<Repos, 'tags' | 'entities'>, now?: number): Promise<boolean>;
}

export function createArticleAnalyzer(): ArticleAnalyzer {
  let vocabulary: Vocabulary = createVocabulary([]);
  let signature = '';
  let readStamp: string | null = null;
  let readAt = Number.NEGATIVE_INFINITY;
  /** Reads the vocabulary from the store at time `at`; says whether it differs from the one before. */
  async function read(repos: Pick<Repos, 'tags' | 'entities'>, at: number): Promise<boolean> {
    // Stamped before reading, so a write during the read is read again next time.
    const stamp = await repos.tags.vocabularyStamp();
    const [tags, untagged, cooccurrences] = await Promise.all([
      repos.tags.vocabulary(),
      repos.entities.untagged(MIN_UNTAGGED_ARTICLES, MAX_UNTAGGED_NAMES),
      repos.tags.topicCooccurrences(MIN_TOGETHER, MAX_COOCCURRENCES, COOCCURRENCE_ARTICLES),
    ]);
    readStamp = stamp;
    readAt = at;
    return analyzer.setVocabulary(tags, untagged, cooccurrences);
  }
  const analyzer: ArticleAnalyzer = {
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
    refreshVocabulary(repos) {
      return read(repos, Date.now());
    },
    async refreshVocabularyIfStale(repos, now = Date.now()) {
      if (now - readAt < FULL_REFRESH_MS && (await repos.tags.vocabularyStamp()) === readStamp) return false;
      await read(repos, now);
      return true;
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
  return analyzer;
}
