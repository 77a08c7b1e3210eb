import type { Store } from '../store/index.js';
import type { ArticleInput } from './article-input.js';
import { type DemoArticle, demoArticles, demoNewsroom } from './demo/index.js';
import type { Publisher } from './publisher.js';
import type { RelatedArticles } from './related.js';

export interface SeedDemoOptions {
  readonly count: number;
  readonly seed?: number;
  /**
   * Called as articles are written (phase 'articles'), analysed again with the newsroom's tags (phase 'analysis')
   * and related lists computed (phase 'related').
   */
  readonly onProgress?: (phase: 'articles' | 'analysis' | 'related', done: number, total: number) => void;
}

export interface SeedDemoResult {
  readonly seeded: boolean;
  readonly articles: number;
  readonly reason?: string;
}

/**
 * Fills an empty database with the generated demo newsroom: sections, authors and `count`
 * articles, written through the publisher (rendered, analysed, tagged) in one transaction, then analysed again
 * with the newsroom's tags as vocabulary.
 * A database that already has sections is left alone, so a restart never seeds twice.
 */
export async function seedDemo(
  deps: { readonly store: Store; readonly publisher: Publisher; readonly related: RelatedArticles },
  options: SeedDemoOptions,
): Promise<SeedDemoResult> {
  const { store, publisher, related } = deps;
  if ((await store.sections.all()).length > 0) {
    return { seeded: false, articles: 0, reason: 'the database already has content' };
  }
  const newsroom = demoNewsroom();
  const sectionIds = new Map<string, number>();
  const authorIds = new Map<string, number>();
  await store.transaction(async (tx) => {
    let position = 0;
    for (const section of newsroom.sections) {
      const parentId = section.parentSlug ? sectionIds.get(section.parentSlug) : null;
      const id = await tx.sections.insert({
        slug: section.slug,
        name: section.name,
        description: section.description,
        parentId: parentId ?? null,
        position: position++,
      });
      sectionIds.set(section.slug, id);
    }
    for (const author of newsroom.authors) {
      authorIds.set(
        author.slug,
        await tx.authors.insert({ slug: author.slug, name: author.name, bio: author.bio }),
      );
    }
  });

  const toInput = (article: DemoArticle): ArticleInput => ({
    title: article.title,
    standfirst: article.standfirst,
    body: article.body,
    sectionId: sectionIds.get(article.sectionSlug)!,
    authorIds: article.authorSlugs.map((slug) => authorIds.get(slug)!),
    tags: article.tags.map((tag) => ({ name: tag.name, type: tag.type })),
    sourceCredit: article.sourceCredit,
    status: 'published',
    publishedAt: article.publishedAt,
    views: article.views,
  });

  function* inputs() {
    for (const article of demoArticles({ count: options.count, seed: options.seed })) yield toInput(article);
  }

  const { ids } = await publisher.createMany(inputs(), (done) =>
    options.onProgress?.('articles', done, options.count),
  );
  // Written before their own tags existed, the articles were read without the newsroom's vocabulary: read them
  // again now that it exists, as `dateline reanalyze` does after an import.
  await publisher.reanalyzeAll({
    refreshRelated: false,
    onProgress: (_phase, done, total) => options.onProgress?.('analysis', done, total),
  });
  await store.optimize();
  await related.refreshMany(ids, (done) => options.onProgress?.('related', done, ids.length));
  await store.optimize();
  return { seeded: true, articles: ids.length };
}
