import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleAnalyzer, FULL_REFRESH_MS } from '../../src/publishing/analysis.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { DATABASES } from '../helpers/databases.js';
import { links } from '../helpers/html.js';

const GENEVA = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'text', 'geneva-talks.txt'), 'utf8');

describe.each(DATABASES)('newsroom intelligence on $name', (database) => {
  let t: TestApp;
  let id: number;

  beforeAll(async () => {
    t = await createTestApp(database, { articles: 40 });
    const sections = await t.services.store.sections.all();
    const [title, ...rest] = GENEVA.trim().split('\n');
    id = await t.services.publisher.create({
      title: title!.trim(),
      body: rest.join('\n').trim(),
      sectionId: sections.find((s) => s.parentId !== null)!.id,
      tags: [
        { name: 'Russia', type: 'place' },
        { name: 'talks', type: 'topic' },
      ],
      status: 'published',
      publishedAt: new Date('2026-10-31T08:20:00Z'),
    });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const get = (url: string) => t.app.inject({ method: 'GET', url });

  it('stores entities and quotes when an article is published, and serves them in the API', async () => {
    const res = await get(`/api/v1/articles/${id}`);
    expect(res.statusCode).toBe(200);
    const { article } = res.json();
    const people = article.entities
      .filter((e: { type: string }) => e.type === 'person')
      .map((e: { name: string }) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Wendy Sherman', 'Sergei Ryabkov']));
    const speakers = new Set(article.quotes.map((q: { speaker: string | null }) => q.speaker));
    expect(speakers).toContain('Wendy Sherman');
    expect(speakers).toContain('Sergei Ryabkov');
    expect(article.quotes.some((q: { indirect: boolean }) => q.indirect)).toBe(true);
    expect(article.quotes.some((q: { source: string | null }) => q.source !== null)).toBe(true);
    expect(article.related.length).toBeGreaterThan(0);
    expect(article.related[0].url).toMatch(/^http:\/\/news\.test\/articles\//);
    expect((await get('/api/v1/articles/0')).statusCode).toBe(404);
    expect((await get('/api/v1/articles/x')).statusCode).toBe(400);
  });

  it('gives each person a page with the quotes they gave, linking back to the article', async () => {
    const res = await get('/people/wendy-sherman');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1 class="page-title">Wendy Sherman</h1>');
    expect(res.body).toContain('Quotes');
    expect(res.body).toContain('Wendy Sherman said');
    expect(links(res.body, `/articles/${id}/`)).toHaveLength(1);
  });

  it('links a person tag’s page to the person page', async () => {
    const tagged = await t.services.store.tags.vocabulary();
    const person = tagged.find((tag) => tag.type === 'person' && tag.articleCount > 0)!;
    const res = await get(`/tag/${person.slug}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`href="/people/${person.slug}"`);
  });

  it('finds demo people too: every quoted speaker of a demo article has a person page', async () => {
    const list = await t.services.store.articles.list({}, { page: 1, perPage: 5 });
    const quotes = await t.services.store.entities.quotesOf(list.items[1]!.id);
    const key = quotes.find((q) => q.speakerKey)?.speakerKey;
    expect(key).toBeTruthy();
    expect((await get(`/people/${key}`)).statusCode).toBe(200);
  });

  it('learns from what editors tag: a name its articles keep mentioning untagged drops out of the suggestions', async () => {
    const story = {
      title: 'Marlow Foods to shut Leeds plant',
      body: 'Marlow Foods is to close its Leeds plant with the loss of 300 jobs in Britain, chief executive Ada Crane said. Ms Crane said Britain remained "a key market" for Marlow Foods. Britain accounts for half its sales.',
    };
    const suggested = () => t.services.analyzer.analyze(story).analysis.tags;
    // The demo newsroom tags "United Kingdom" in a few stories; these 25 mention Britain and leave it untagged.
    const uk = () => suggested().find((tag) => /^(UK|United Kingdom)$/.test(tag.name))?.score ?? 0;
    const before = uk();
    expect(before).toBeGreaterThan(0.5);
    const sectionId = (await t.services.store.sections.all())[0]!.id;
    await t.services.publisher.createMany(
      Array.from({ length: 25 }, (_, i) => ({
        title: `Britain weighs plan ${i + 1}`,
        body: `Ministers in Britain met on Monday to weigh plan ${i + 1}. Britain will decide next week, officials said.`,
        sectionId,
        tags: [{ name: 'planning', type: 'topic' as const }],
        status: 'published' as const,
        publishedAt: new Date('2026-10-01T08:00:00Z'),
      })),
    );
    await t.services.analyzer.refreshVocabulary(t.services.store);
    // With the newsroom's tags the score is the probability that an editor picks the tag (see tag-model.ts).
    expect(uk()).toBeLessThan(before / 2);
    expect(
      suggested()
        .slice(0, 3)
        .map((tag) => tag.name),
    ).toEqual(expect.arrayContaining(['Marlow Foods', 'Ada Crane', 'Leeds']));
  });

  it('learns which topics a story’s names go with: a story about a player gets the sport its editors tag', async () => {
    const story = {
      title: 'Hewitt reaches final in Sydney',
      body: 'Lleyton Hewitt beat Ivo Karlovic 7-6 6-4 to reach the final in Sydney. "I served well," said Hewitt, who meets Jarkko Nieminen on Saturday.',
    };
    const sport = () => t.services.analyzer.analyze(story).analysis.tags.find((tag) => tag.name === 'Tennis');
    expect(sport()).toBeUndefined();
    const sectionId = (await t.services.store.sections.all())[0]!.id;
    await t.services.publisher.createMany(
      ['Melbourne', 'Adelaide', 'Auckland'].map((city, i) => ({
        title: `Hewitt wins in ${city}`,
        body: `Lleyton Hewitt won in ${city} on Sunday. Hewitt said he was pleased with his serve.`,
        sectionId,
        tags: [{ name: 'Tennis', type: 'topic' as const }],
        status: 'published' as const,
        publishedAt: new Date(Date.UTC(2026, 0, 10 + i)),
      })),
    );
    await t.services.analyzer.refreshVocabulary(t.services.store);
    expect(sport()).toMatchObject({
      type: 'topic',
      known: true,
      reason: 'known tag, goes with Lleyton Hewitt',
    });
  });

  it('reads the vocabulary in the background only after an article was written, or every ten minutes', async () => {
    const store = t.services.store;
    let reads = 0;
    const counted = {
      entities: store.entities,
      tags: {
        ...store.tags,
        vocabulary: () => {
          reads += 1;
          return store.tags.vocabulary();
        },
      },
    };
    const analyzer = createArticleAnalyzer();
    const start = Date.now();
    expect(await analyzer.refreshVocabularyIfStale(counted, start)).toBe(true);
    expect(await analyzer.refreshVocabularyIfStale(counted, start + 60_000)).toBe(false);
    expect(reads).toBe(1);
    await t.services.publisher.create({
      title: 'Harbour reopens after storm',
      body: 'The harbour at Marlow reopened on Friday, the port authority said.',
      sectionId: (await store.sections.all())[0]!.id,
      status: 'published',
      publishedAt: new Date('2026-10-02T08:00:00Z'),
    });
    expect(await analyzer.refreshVocabularyIfStale(counted, start + 120_000)).toBe(true);
    expect(await analyzer.refreshVocabularyIfStale(counted, start + 180_000)).toBe(false);
    expect(await analyzer.refreshVocabularyIfStale(counted, start + 120_000 + FULL_REFRESH_MS)).toBe(true);
    expect(reads).toBe(3);
  });

  it('re-analyses on update: quotes follow the new text', async () => {
    const row = (await t.services.store.articleWrites.find(id))!;
    await t.services.publisher.update(id, {
      title: row.title,
      body: '"We have nothing more to add," said Wendy Sherman.',
      sectionId: row.section_id,
      status: 'published',
      publishedAt: new Date(row.published_at!),
    });
    const quotes = await t.services.store.entities.quotesOf(id);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: 'Wendy Sherman', kind: 'direct' });
  });
});
