import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ArticleAnalyzer, createArticleAnalyzer } from '../../src/publishing/analysis.js';
import { createPublisher } from '../../src/publishing/publisher.js';
import { createRelatedArticles } from '../../src/publishing/related.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { DATABASES } from '../helpers/databases.js';

describe.each(DATABASES)('dateline reanalyze on $name', (database) => {
  let t: TestApp;
  let ids: number[];

  beforeAll(async () => {
    t = await createTestApp(database, { articles: 12 });
    ids = (await t.services.store.articleWrites.list()).map((a) => a.id);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const store = () => t.services.store;
  const suggestedInAll = async () =>
    (await store().tags.vocabulary()).reduce((n, tag) => n + (tag.suggestedCount ?? 0), 0);
  /** An archive written before suggestions were kept: none stored. */
  const forgetSuggestions = async () => {
    for (const id of ids) await store().tags.setSuggested(id, []);
    expect(await suggestedInAll()).toBe(0);
  };

  it('finds nothing to change in a demo newsroom, which seeding already read with its own tags', async () => {
    const before = (await store().articleWrites.find(ids[3]!))!;
    expect(await t.services.publisher.reanalyzeAll()).toEqual({
      articles: ids.length,
      changed: 0,
      relatedRefreshed: 0,
    });
    expect((await store().articleWrites.find(ids[3]!))!).toEqual(before);
  });

  it('fills what an older version did not keep (each article’s suggestions) without touching the change feed', async () => {
    await forgetSuggestions();
    const before = (await store().articleWrites.find(ids[3]!))!;
    expect(await t.services.publisher.reanalyzeAll()).toEqual({
      articles: ids.length,
      changed: 0,
      relatedRefreshed: 0,
    });
    expect(await suggestedInAll()).toBeGreaterThan(ids.length);
    expect((await store().articleWrites.find(ids[3]!))!.changed_at).toBe(before.changed_at);
  });

  it("brings an out-of-date analysis up to date and reaches other instances' related index", async () => {
    const other = createRelatedArticles(store());
    await other.sync();
    const id = ids[5]!;
    const before = (await store().articleWrites.find(id))!;
    // What an older analyser might have stored: no quotes, other features.
    await store().articleWrites.update(id, {
      analysis: JSON.stringify({ entities: [], tags: [], quotes: [] }),
      features: JSON.stringify({ version: 0, terms: {}, entities: [] }),
    });
    const published = (await store().articleWrites.list()).filter((a) => a.status === 'published').length;
    const result = await t.services.publisher.reanalyzeAll();
    expect(result).toEqual({ articles: ids.length, changed: 1, relatedRefreshed: published });
    const after = (await store().articleWrites.find(id))!;
    expect(after.analysis).toBe(before.analysis);
    expect(after.features).toBe(before.features);
    expect(after.updated_at).toBe(before.updated_at);
    expect(after.changed_at > before.changed_at).toBe(true);
    expect(await other.sync()).toBe(1);
  });

  it('on failure leaves the archive as it was and names the article; with --batch, says where to resume', async () => {
    const failOn = ids[7]!;
    const real = createArticleAnalyzer();
    const failing: ArticleAnalyzer = {
      ...real,
      refreshVocabulary: (repos) => real.refreshVocabulary(repos),
      analyze(input) {
        if (input.title === title) throw new Error('analyser broke');
        return real.analyze(input);
      },
    };
    const title = (await store().articleWrites.find(failOn))!.title;
    const publisher = createPublisher({ store: store(), analyzer: failing, related: t.services.related });

    await forgetSuggestions();
    await expect(publisher.reanalyzeAll()).rejects.toThrow(
      `article ${failOn}: analyser broke; nothing was changed`,
    );
    expect(await suggestedInAll()).toBe(0);

    await expect(publisher.reanalyzeAll({ batch: 5 })).rejects.toThrow(
      `article ${failOn}: analyser broke; articles before ${ids[5]} were reanalysed, resume with --from ${ids[5]}`,
    );
    const suggested = await suggestedInAll();
    expect(suggested).toBeGreaterThan(0);
    // Resuming past the broken article finishes the rest.
    await t.services.publisher.reanalyzeAll({ from: ids[5] });
    expect(await suggestedInAll()).toBeGreaterThan(suggested);
  });
});
