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

  it('settles in one run: a second run agrees with the first, even when the first moved editors’ uptake', async () => {
    await forgetSuggestions();
    const before = await Promise.all(ids.map(async (id) => (await store().articleWrites.find(id))!.analysis));
    expect((await t.services.publisher.reanalyzeAll()).changed).toBe(0);
    expect(await t.services.publisher.reanalyzeAll()).toEqual({
      articles: ids.length,
      changed: 0,
      relatedRefreshed: 0,
    });
    const after = await Promise.all(ids.map(async (id) => (await store().articleWrites.find(id))!.analysis));
    expect(after).toEqual(before);
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

  it('says so when the second weighing fails after every article was reanalysed', async () => {
    const real = createArticleAnalyzer();
    let calls = 0;
    const failing: ArticleAnalyzer = {
      ...real,
      refreshVocabulary: (repos) => real.refreshVocabulary(repos),
      analyze(input) {
        calls += 1;
        if (calls > ids.length) throw new Error('analyser broke');
        return real.analyze(input);
      },
    };
    const publisher = createPublisher({ store: store(), analyzer: failing, related: t.services.related });
    // Nothing counted at the start, so the first pass moves the counts and a second weighing follows.
    await forgetSuggestions();
    await expect(publisher.reanalyzeAll()).rejects.toThrow(
      `article ${ids[0]}: analyser broke; every article was reanalysed, but weighing the suggestions again stopped: run it again`,
    );
    expect(await suggestedInAll()).toBeGreaterThan(ids.length);
    await t.services.publisher.reanalyzeAll();
  });
});

describe.each(DATABASES)('editors’ uptake after reanalysis on $name', (database) => {
  let t: TestApp;
  const firms = [
    'Marlow Foods',
    'Ashby Mills',
    'Corran Steel',
    'Delph Textiles',
    'Esker Foods',
    'Fenwick Glass',
    'Garside Paper',
    'Hebden Tools',
    'Ilkley Brewing',
    'Jervaulx Cheese',
  ];

  beforeAll(async () => {
    t = await createTestApp(database, { articles: 1 });
    const sectionId = (await t.services.store.sections.all()).find((s) => s.parentId !== null)!.id;
    for (const [i, firm] of firms.entries()) {
      await t.services.publisher.create({
        title: `${firm} to hire 300 staff`,
        body: [
          'The economy grew by 2% as economic growth picked up, economists said.',
          `${firm} chief Ada Crane said "the economy" helped. ${firm} will hire 300 staff.`,
        ].join('\n\n'),
        sectionId,
        // Editors tag the topic on one story of the ten that are about it.
        tags: i === 0 ? [{ name: 'Economy', type: 'topic' }] : [],
        status: 'published',
        publishedAt: new Date(Date.UTC(2026, 9, 1 + i)),
      });
    }
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('settles: a topic the text supports everywhere and editors rarely take stays counted and stays down', async () => {
    const economy = async () =>
      (await t.services.store.tags.vocabulary()).find((tag) => tag.name === 'Economy')!;
    const suggested = async () => {
      const articles = await t.services.store.articleWrites.list();
      const rows = await Promise.all(articles.map((a) => t.services.store.articleWrites.find(a.id)));
      return rows.filter((row) =>
        JSON.parse(row!.analysis!).tags.some((tag: { name: string }) => tag.name === 'Economy'),
      ).length;
    };
    // As after an upgrade from a version that kept no suggestions: the run starts with nothing counted.
    for (const article of await t.services.store.articleWrites.list())
      await t.services.store.tags.setSuggested(article.id, []);
    await t.services.publisher.reanalyzeAll();
    // Counted where the text supports it, whether or not uptake then lets it into the suggestions.
    expect(await economy()).toMatchObject({ articleCount: 1, suggestedCount: firms.length });
    const shown = await suggested();
    expect(shown).toBeLessThan(firms.length);
    for (let run = 0; run < 2; run++) {
      expect((await t.services.publisher.reanalyzeAll()).changed).toBe(0);
      expect(await suggested()).toBe(shown);
      expect((await economy()).suggestedCount).toBe(firms.length);
    }
  });
});
