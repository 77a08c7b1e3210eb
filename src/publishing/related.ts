import type { RelatedEntry, Repos, Store } from '../store/index.js';
import { type ArticleFeatures, RelatedIndex } from '../text/index.js';

/** How many related articles each article keeps. */
export const RELATED_PER_ARTICLE = 5;
const LOAD_BATCH = 500;
const EPOCH = '';

export interface RelatedArticles {
  /** Recomputes and stores the related list of one article and of its neighbours (after it is published or changed). */
  refresh(articleId: number): Promise<void>;
  /** Same for many; reports progress. */
  refreshMany(articleIds: readonly number[], onProgress?: (done: number) => void): Promise<void>;
  /** Catches up with changes other app instances wrote; returns how many articles changed. */
  sync(): Promise<number>;
}

/**
 * Keeps an in-memory content-similarity index of published articles, loaded from stored
 * features and kept current by `sync()` (which reads only what changed since the last call),
 * so every app instance stays stateless: the database is the truth, the index a cache of it.
 * Recency is judged against each article's own publication time: related stories are close in time.
 */
export function createRelatedArticles(store: Store): RelatedArticles {
  const index = new RelatedIndex();
  let cursor = { changedAt: EPOCH, id: 0 };
  let syncing: Promise<number> | undefined;

  async function load(): Promise<number> {
    let changed = 0;
    for (;;) {
      const rows = await store.related.featuresChangedAfter(cursor.changedAt, cursor.id, LOAD_BATCH);
      if (rows.length === 0) return changed;
      for (const row of rows) {
        index.remove(row.id);
        if (row.status === 'published' && row.features && row.publishedAt) {
          const features = JSON.parse(row.features) as ArticleFeatures;
          index.add(row.id, features, Date.parse(row.publishedAt), [...row.tagSlugs]);
        }
        changed += 1;
      }
      const last = rows[rows.length - 1]!;
      cursor = { changedAt: last.changedAt, id: last.id };
    }
  }

  function sync(): Promise<number> {
    syncing ??= load().finally(() => {
      syncing = undefined;
    });
    return syncing;
  }

  async function rank(repos: Repos, articleId: number): Promise<RelatedEntry[]> {
    // Articles without stored features (or with no content match) fall back to shared tags.
    const similar = index.related(articleId, RELATED_PER_ARTICLE);
    const entries =
      similar.length > 0 ? similar : await repos.related.byTagOverlap(articleId, RELATED_PER_ARTICLE);
    await repos.related.replace(articleId, entries);
    return entries;
  }

  /**
   * A neighbour's list after `articleId` changed: only where the article enters, moves or leaves it. Everything
   * outside a full stored list scored at most its last entry, so the list is ranked again only when the article
   * falls below that, the list is short, or one of its entries no longer shares content with the neighbour (a
   * list from shared tags, or an article since withdrawn).
   */
  async function place(repos: Repos, neighbourId: number, articleId: number): Promise<void> {
    const stored = await repos.related.entriesFor(neighbourId);
    const floor = stored.at(-1)?.score ?? 0;
    const otherIds = stored.map((entry) => entry.id).filter((id) => id !== articleId);
    const [score = 0, ...otherScores] = index.scores(neighbourId, [articleId, ...otherIds]);
    const others = otherIds.map((id, i) => ({ id, score: otherScores[i]! }));
    const had = others.length < stored.length;
    if (
      stored.length < RELATED_PER_ARTICLE ||
      others.some((entry) => entry.score <= 0) ||
      (had && score < floor)
    ) {
      await rank(repos, neighbourId);
      return;
    }
    if (!had && score <= floor) return;
    const entries = [...others, { id: articleId, score }]
      .sort((x, y) => y.score - x.score)
      .slice(0, RELATED_PER_ARTICLE);
    await repos.related.replace(neighbourId, entries);
  }

  return {
    sync,
    async refresh(articleId) {
      await sync();
      // One transaction for the six lists: one commit instead of twelve, and readers never see half of them.
      await store.transaction(async (tx) => {
        const entries = await rank(tx, articleId);
        // Similarity is near symmetric: the article probably belongs in its neighbours' lists too.
        for (const entry of entries) await place(tx, entry.id, articleId);
      });
    },
    async refreshMany(articleIds, onProgress) {
      await sync();
      await store.transaction(async (tx) => {
        let done = 0;
        for (const id of articleIds) {
          await rank(tx, id);
          done += 1;
          onProgress?.(done);
        }
      });
    },
  };
}
