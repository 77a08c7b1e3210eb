import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { DATABASES } from '../helpers/databases.js';

describe.each(DATABASES)('publishing on $name', (database) => {
  let t: TestApp;
  let sectionId: number;

  beforeAll(async () => {
    t = await createTestApp(database, { articles: 5 });
    sectionId = (await t.services.store.sections.all())[0]!.id;
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  const story = (title: string) => ({
    title,
    body: `"We are ready," said Minister Ana Petrova.\n\nThe talks on ${title} continue.`,
    sectionId,
    status: 'published' as const,
    publishedAt: new Date('2026-10-01T09:00:00Z'),
  });

  it('writes a batch all or nothing, and names the record that failed and why', async () => {
    const before = await t.services.store.articles.countPublished();
    const batch = [
      story('First good story'),
      story('Second good story'),
      { ...story('Bad story'), sectionId: 424242 },
    ];
    await expect(t.services.publisher.createMany(batch)).rejects.toThrow(
      /^record 3: article "Bad story": section 424242/,
    );
    expect(await t.services.store.articles.countPublished()).toBe(before);
    await expect(
      t.services.publisher.createMany([story('Fine'), { ...story(''), title: '  ' }]),
    ).rejects.toThrow(/^record 2: title: title is required/);
    expect(await t.services.store.articles.countPublished()).toBe(before);
  });

  it('refuses a published article without a publication time', async () => {
    await expect(t.services.publisher.create({ ...story('No time'), publishedAt: null })).rejects.toThrow(
      /publishedAt: a published article needs publishedAt/,
    );
  });

  it('keeps drafts off the site until they are published', async () => {
    const id = await t.services.publisher.create({ ...story('A draft'), status: 'draft', publishedAt: null });
    expect((await t.app.inject(`/articles/${id}`)).statusCode).toBe(404);
    expect((await t.app.inject(`/api/v1/articles/${id}`)).statusCode).toBe(404);
  });
});
