import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { DATABASES } from '../helpers/databases.js';
import { insertArticle, seedSections } from '../helpers/store-fixtures.js';

describe.each(DATABASES)('store on $name', (database) => {
  let store: Store;
  let drop: () => Promise<void>;

  beforeEach(async () => {
    const created = await database.create();
    drop = created.drop;
    store = openStore(created.url);
    const result = await store.migrate();
    expect(result.error).toBeUndefined();
  });

  afterEach(async () => {
    await store.close();
    await drop();
  });

  it('migrates once: a second run applies nothing', async () => {
    const again = await store.migrate();
    expect(again).toEqual({ applied: [] });
    await store.ping();
  });

  it('keeps slugs unique and foreign keys enforced', async () => {
    await store.sections.insert({ slug: 'world', name: 'World' });
    await expect(store.sections.insert({ slug: 'world', name: 'World again' })).rejects.toThrow();
    await expect(insertArticle(store, { sectionId: 9999 })).rejects.toThrow();
  });

  it('lists published articles newest first, paginated, without drafts', async () => {
    const { world } = await seedSections(store);
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await insertArticle(store, { sectionId: world }));
    await insertArticle(store, { sectionId: world, status: 'draft' });
    const first = await store.articles.list({}, { page: 1, perPage: 2 });
    expect(first.total).toBe(5);
    expect(first.pages).toBe(3);
    expect(first.items.map((a) => a.id)).toEqual([ids[4], ids[3]]);
    const last = await store.articles.list({}, { page: 3, perPage: 2 });
    expect(last.items.map((a) => a.id)).toEqual([ids[0]]);
  });

  it('filters by a section family, a tag and an author', async () => {
    const { world, russia, business } = await seedSections(store);
    const [talks, energy] = await store.tags.ensure([
      { slug: 'talks', name: 'talks', type: 'topic' },
      { slug: 'energy', name: 'energy', type: 'topic' },
    ]);
    const author = await store.authors.insert({ slug: 'ana', name: 'Ana Petrova' });
    const a = await insertArticle(store, { sectionId: russia, tagIds: [talks!], authorIds: [author] });
    const b = await insertArticle(store, { sectionId: world, tagIds: [talks!, energy!] });
    const c = await insertArticle(store, { sectionId: business, tagIds: [energy!], authorIds: [author] });
    const family = await store.articles.list({ sectionIds: [world, russia] }, { page: 1, perPage: 10 });
    expect(family.items.map((x) => x.id)).toEqual([b, a]);
    const tagged = await store.articles.list({ tagId: energy! }, { page: 1, perPage: 10 });
    expect(tagged.items.map((x) => x.id)).toEqual([c, b]);
    const byAuthor = await store.articles.list({ authorId: author }, { page: 1, perPage: 10 });
    expect(byAuthor.items.map((x) => x.id)).toEqual([c, a]);
  });

  it('finds an article with its authors in order, tags, and parent section', async () => {
    const { russia } = await seedSections(store);
    const first = await store.authors.insert({ slug: 'b', name: 'B Second' });
    const second = await store.authors.insert({ slug: 'a', name: 'A First' });
    const tagIds = await store.tags.ensure([
      { slug: 'russia', name: 'Russia', type: 'place' },
      { slug: 'talks', name: 'talks', type: 'topic' },
    ]);
    const id = await insertArticle(store, {
      sectionId: russia,
      title: 'Talks in Geneva',
      tagIds,
      authorIds: [first, second],
    });
    const article = (await store.articles.findPage(id))?.article;
    expect(article?.title).toBe('Talks in Geneva');
    expect(article?.authors.map((x) => x.name)).toEqual(['B Second', 'A First']);
    expect(article?.tags.map((x) => x.name)).toEqual(['Russia', 'talks']);
    expect(article?.section.slug).toBe('russia');
    expect(article?.sectionParent?.slug).toBe('world');
    expect(await store.articles.findPage(id + 1000)).toBeUndefined();
  });

  it('remembers old slugs', async () => {
    const { world } = await seedSections(store);
    const id = await insertArticle(store, { sectionId: world, title: 'Old title' });
    await store.articleWrites.rememberSlug(id, 'old-title');
    await store.articleWrites.rememberSlug(id, 'old-title');
    expect(await store.articles.wasSlugOf(id, 'old-title')).toBe(true);
    expect(await store.articles.wasSlugOf(id, 'never-used')).toBe(false);
  });

  it('rolls a transaction back completely when it fails', async () => {
    const { world } = await seedSections(store);
    await expect(
      store.transaction(async (tx) => {
        await tx.sections.insert({ slug: 'inside', name: 'Inside' });
        await tx.sections.insert({ slug: 'world', name: 'Duplicate' });
      }),
    ).rejects.toThrow();
    expect((await store.sections.all()).map((s) => s.slug)).not.toContain('inside');
    expect(world).toBeGreaterThan(0);
  });

  it('ranks most-read and stores related lists', async () => {
    const { world } = await seedSections(store);
    const tagIds = await store.tags.ensure([{ slug: 'nato', name: 'NATO', type: 'organisation' }]);
    const a = await insertArticle(store, { sectionId: world, views: 10, tagIds });
    const b = await insertArticle(store, { sectionId: world, views: 500, tagIds });
    const c = await insertArticle(store, { sectionId: world, views: 50 });
    expect((await store.articles.mostRead('', 2)).map((x) => x.id)).toEqual([b, c]);
    expect(await store.related.byTagOverlap(a, 5)).toEqual([{ id: b, score: 1 }]);
    await store.related.replace(a, [
      { id: c, score: 0.9 },
      { id: b, score: 0.5 },
    ]);
    expect(await store.related.idsFor(a)).toEqual([c, b]);
    expect((await store.articles.summaries([c, b, 424242])).map((x) => x.id)).toEqual([c, b]);
  });

  it('reads an article page and its related list, best first, in one query', async () => {
    const { world, russia } = await seedSections(store);
    const a = await insertArticle(store, { sectionId: world, title: 'Main story' });
    const b = await insertArticle(store, { sectionId: russia, title: 'Second best', views: 1234 });
    const c = await insertArticle(store, { sectionId: world, title: 'Best match' });
    const hidden = await insertArticle(store, { sectionId: world, title: 'Draft', status: 'draft' });
    await store.related.replace(a, [
      { id: c, score: 0.9 },
      { id: hidden, score: 0.8 },
      { id: b, score: 0.5 },
    ]);
    const page = await store.articles.findPage(a);
    expect(page?.article.title).toBe('Main story');
    expect(page?.related.map((x) => x.title)).toEqual(['Best match', 'Second best']);
    expect(page?.related[1]).toMatchObject({
      id: b,
      views: 1234,
      section: { slug: 'russia', name: 'Russia' },
    });
    expect(page?.related[0]).toEqual({
      id: c,
      slug: 'best-match',
      title: 'Best match',
      standfirst: 'About Best match',
      publishedAt: expect.any(String),
      views: 0,
      section: { id: world, slug: 'world', name: 'World' },
    });
    expect((await store.articles.findPage(b))?.related).toEqual([]);
    expect(await store.articles.findPage(hidden)).toBeUndefined();
  });

  it('counts, per tag, the articles that carry it, mention it and were suggested it; lists untagged names', async () => {
    const { world } = await seedSections(store);
    const [russiaTag] = await store.tags.ensure([{ slug: 'russia', name: 'Russia', type: 'place' }]);
    const mention = (key: string, name: string) => ({ key, name, type: 'place' as const, mentions: 1 });
    const ids: number[] = [];
    for (let i = 0; i < 4; i++) {
      const id = await insertArticle(store, { sectionId: world, tagIds: i === 0 ? [russiaTag!] : [] });
      await store.entities.replaceForArticle(
        id,
        i < 3 ? [mention('russia', 'Russia'), mention('uk', 'UK')] : [mention('uk', 'UK')],
        [],
      );
      ids.push(id);
    }
    await store.tags.setSuggested(ids[0]!, ['russia', 'talks', 'russia']);
    await store.tags.setSuggested(ids[1]!, ['talks']);
    await store.tags.setSuggested(ids[1]!, ['russia']);
    const russia = (await store.tags.vocabulary()).find((tag) => tag.slug === 'russia');
    expect(russia).toMatchObject({ articleCount: 1, mentionCount: 3, suggestedCount: 2 });
    expect(await store.entities.untagged(2, 10)).toEqual([{ name: 'UK', mentionCount: 4 }]);
    expect(await store.entities.untagged(5, 10)).toEqual([]);
  });

  it('pairs topic tags with the entities of the articles that carry them', async () => {
    const { world } = await seedSections(store);
    const [tennis, russia] = await store.tags.ensure([
      { slug: 'tennis', name: 'Tennis', type: 'topic' },
      { slug: 'russia', name: 'Russia', type: 'place' },
    ]);
    const person = (key: string, name: string) => ({ key, name, type: 'person' as const, mentions: 2 });
    for (let i = 0; i < 5; i++) {
      // Hewitt in all five, four of them tagged Tennis; Safin in two of those; the Russia tag is no topic.
      const id = await insertArticle(store, { sectionId: world, tagIds: i < 4 ? [tennis!, russia!] : [] });
      const entities = [
        person('lleyton-hewitt', 'Lleyton Hewitt'),
        ...(i < 2 ? [person('marat-safin', 'Marat Safin')] : []),
      ];
      await store.entities.replaceForArticle(id, entities, []);
    }
    expect(await store.tags.topicCooccurrences(2, 10, 100)).toEqual([
      { topic: 'Tennis', name: 'Lleyton Hewitt', together: 4, mentioned: 5 },
      { topic: 'Tennis', name: 'Marat Safin', together: 2, mentioned: 2 },
    ]);
    expect(await store.tags.topicCooccurrences(3, 10, 100)).toHaveLength(1);
    expect(await store.tags.topicCooccurrences(2, 1, 100)).toHaveLength(1);
    // Over the newest three articles: Hewitt in all three, two of them tagged; Safin's two are older.
    expect(await store.tags.topicCooccurrences(2, 10, 3)).toEqual([
      { topic: 'Tennis', name: 'Lleyton Hewitt', together: 2, mentioned: 3 },
    ]);
  });

  it('stores entities and quotes and finds a speaker’s quotes', async () => {
    const { world } = await seedSections(store);
    const id = await insertArticle(store, { sectionId: world });
    await store.entities.replaceForArticle(
      id,
      [
        { key: 'wendy-sherman', name: 'Wendy Sherman', type: 'person', mentions: 3 },
        { key: 'russia', name: 'Russia', type: 'place', mentions: 2 },
      ],
      [
        {
          text: 'We were firm',
          speaker: 'Wendy Sherman',
          speakerKey: 'wendy-sherman',
          cue: 'said',
          source: null,
          kind: 'direct',
          start: 1,
          end: 13,
        },
        {
          text: 'Nobody spoke',
          speaker: null,
          speakerKey: null,
          cue: null,
          source: null,
          kind: 'direct',
          start: 20,
          end: 32,
        },
      ],
    );
    const sherman = await store.entities.byKey('wendy-sherman');
    expect(sherman?.type).toBe('person');
    const quotes = await store.entities.quotesBy(sherman!.id, 1, 10);
    expect(quotes.items.map((q) => q.text)).toEqual(['We were firm']);
    expect(quotes.items[0]?.article.id).toBe(id);
    expect((await store.entities.quotesOf(id)).map((q) => q.speakerKey)).toEqual(['wendy-sherman', null]);
    const mentioning = await store.articles.list({ entityId: sherman!.id }, { page: 1, perPage: 10 });
    expect(mentioning.items.map((a) => a.id)).toEqual([id]);
    // Re-analysis replaces, not appends.
    await store.entities.replaceForArticle(id, [], []);
    expect(await store.entities.quotesOf(id)).toEqual([]);
  });
});
