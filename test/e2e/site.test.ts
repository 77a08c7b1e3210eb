import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { DATABASES } from '../helpers/databases.js';
import { links, textOf } from '../helpers/html.js';

const DEMO_ARTICLES = 60;

describe.each(DATABASES)('reader site on $name', (database) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(database, { articles: DEMO_ARTICLES });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const get = (url: string) => t.app.inject({ method: 'GET', url });

  async function firstArticleUrl(): Promise<string> {
    const home = await get('/');
    return links(home.body, '/articles/')[0]!;
  }

  it('serves a home page with a lead story, sections and most read', async () => {
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(res.body).toContain('class="lead"');
    expect(res.body).toContain('Most read');
    expect(links(res.body, '/section/').length).toBeGreaterThan(3);
    expect(links(res.body, '/articles/').length).toBeGreaterThan(10);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('renders an article with headline, section, dateline, views, byline, tags, appeal and related', async () => {
    const url = await firstArticleUrl();
    const res = await get(url);
    expect(res.statusCode).toBe(200);
    const id = Number(url.split('/')[2]);
    const article = (await t.services.store.articles.findPage(id))!.article;
    expect(res.body).toContain(`<h1>${article.title.replace(/&/g, '&amp;')}</h1>`);
    expect(res.body).toContain(`href="/section/${article.section.slug}"`);
    expect(textOf(res.body, 'dateline')).toMatch(
      /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}, (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \/\/ \d{2}:\d{2}$/,
    );
    expect(res.body).toMatch(/class="views"><svg class="icon" aria-hidden="true"[\s\S]*?<\/svg>[\d,]+ views/);
    expect(res.body).toContain('class="byline"');
    expect(res.body).toContain('Tags:');
    expect(links(res.body, '/tag/').length).toBe(article.tags.length);
    expect(res.body).toContain('Support our journalism');
    expect(res.body).toContain('Related Articles');
    expect(res.body).toContain('"@type":"NewsArticle"');
    expect(res.body).toContain(`<link rel="canonical" href="http://news.test${url}"/>`);
  });

  it('redirects the bare id and old slugs to the canonical address, 404s unknown ones', async () => {
    const url = await firstArticleUrl();
    const [, , id] = url.split('/');
    const bare = await get(`/articles/${id}`);
    expect(bare.statusCode).toBe(301);
    expect(bare.headers.location).toBe(url);
    expect((await get(`/articles/${id}/not-its-slug`)).statusCode).toBe(404);
    expect((await get('/articles/999999/whatever')).statusCode).toBe(404);
    expect((await get('/articles/abc/whatever')).statusCode).toBe(404);
    expect((await get('/articles/1e5')).statusCode).toBe(404);
  });

  it('keeps an old slug working with a 301 after the title changes', async () => {
    const url = await firstArticleUrl();
    const id = Number(url.split('/')[2]);
    const row = (await t.services.store.articleWrites.find(id))!;
    const article = (await t.services.store.articles.findPage(id))!.article;
    await t.services.publisher.update(id, {
      title: `${row.title} (updated)`,
      standfirst: row.standfirst,
      body: row.body_source,
      sectionId: row.section_id,
      authorIds: article.authors.map((a) => a.id),
      tags: article.tags.map((tag) => ({ name: tag.name, type: tag.type })),
      status: 'published',
      publishedAt: new Date(row.published_at!),
    });
    const old = await get(url);
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toMatch(new RegExp(`^/articles/${id}/.+-updated$`));
    expect((await get(old.headers.location as string)).statusCode).toBe(200);
  });

  it('lists a parent section with its children’s articles, and shows the breadcrumb', async () => {
    const sections = await t.services.store.sections.all();
    const child = sections.find((s) => s.parentId !== null)!;
    const parent = sections.find((s) => s.id === child.parentId)!;
    const childList = await t.services.store.articles.list(
      { sectionIds: [child.id] },
      { page: 1, perPage: 1 },
    );
    const res = await get(`/section/${parent.slug}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`<h1 class="page-title">${parent.name.replace(/&/g, '&amp;')}</h1>`);
    if (childList.items[0]) {
      const all = await t.services.store.articles.list(
        { sectionIds: [parent.id, ...sections.filter((s) => s.parentId === parent.id).map((s) => s.id)] },
        { page: 1, perPage: 500 },
      );
      expect(all.items.map((a) => a.id)).toContain(childList.items[0].id);
      const article = await get(`/articles/${childList.items[0].id}/${childList.items[0].slug}`);
      expect(article.body).toMatch(
        new RegExp(`Breadcrumb[\\s\\S]*/section/${parent.slug}[\\s\\S]*/section/${child.slug}`),
      );
    }
  });

  it('serves tag and author pages, newest first, paginated', async () => {
    const url = await firstArticleUrl();
    const page = await get(url);
    const tagUrl = links(page.body, '/tag/')[0]!;
    const tag = await get(tagUrl);
    expect(tag.statusCode).toBe(200);
    expect(links(tag.body, '/articles/')).toContain(url.replace(/-updated$/, '-updated'));
    const authorUrl = links(page.body, '/author/')[0]!;
    const author = await get(authorUrl);
    expect(author.statusCode).toBe(200);
    const dates = [...author.body.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]!);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('answers bad page numbers and unknown lists clearly', async () => {
    expect((await get('/section/world?page=0')).statusCode).toBe(400);
    expect((await get('/section/world?page=abc')).statusCode).toBe(400);
    expect((await get('/section/world?page=999')).statusCode).toBe(404);
    expect((await get('/section/no-such-section')).statusCode).toBe(404);
    expect((await get('/tag/no-such-tag')).statusCode).toBe(404);
    expect((await get('/author/nobody')).statusCode).toBe(404);
    expect((await get('/people/nobody')).statusCode).toBe(404);
  });

  it('shows a helpful 404 page with the latest stories', async () => {
    const res = await get('/no/such/page');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Page not found');
    expect(res.body).toContain('Latest stories');
    expect(res.body).toContain('name="robots" content="noindex"');
  });

  it('compresses pages for clients that accept it', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/', headers: { 'accept-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect((await get('/')).headers['content-encoding']).toBeUndefined();
  });

  it('reports health with the database it checked', async () => {
    const res = await get('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: database.name });
  });

  it('lists articles in the content API, newest first', async () => {
    const res = await get('/api/v1/articles?limit=5&page=2');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.articles).toHaveLength(5);
    const first = body.articles[0];
    expect(Object.keys(first).sort()).toEqual(
      ['id', 'publishedAt', 'section', 'tags', 'title', 'url', 'views'].sort(),
    );
    expect(first.url).toMatch(/^http:\/\/news\.test\/articles\/\d+\/[a-z0-9-]+$/);
    expect(first.tags.length).toBeGreaterThan(0);
    expect(body.meta.pagination).toMatchObject({ page: 2, limit: 5, total: DEMO_ARTICLES });
    const times = body.articles.map((a: { publishedAt: string }) => a.publishedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect((await get('/api/v1/articles?limit=1000')).statusCode).toBe(400);
    expect((await get('/api/v1/articles?page=x')).json().error.code).toBe('BAD_REQUEST');
    expect((await get('/api/v1/nothing')).json().error.code).toBe('NOT_FOUND');
  });

  it('escapes what editors type: a headline with markup is text, not HTML', async () => {
    const sections = await t.services.store.sections.all();
    const id = await t.services.publisher.create({
      title: 'Mayor says <script>alert("x")</script> & more',
      body: 'Plain body with <script>alert(1)</script> and <b>bold</b>.',
      sectionId: sections[0]!.id,
      status: 'published',
      publishedAt: new Date('2020-01-01T10:00:00Z'),
    });
    const article = (await t.services.store.articles.findPage(id))!.article;
    const res = await get(`/articles/${id}/${article.slug}`);
    expect(res.body).toContain('<h1>Mayor says &lt;script>alert(&quot;x&quot;)&lt;/script> &amp; more</h1>');
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).toContain('<b>bold</b>');
  });
});
