import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelatedArticles, RELATED_PER_ARTICLE } from '../../src/publishing/related.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { DATABASES } from '../helpers/databases.js';

/**
 * Refreshing an article re-ranks its own list in full and patches its neighbours' lists where the article
 * enters, moves or leaves them; the patched lists must be the ones a full ranking gives.
 */
describe.each(DATABASES)('related refresh on $name', (database) => {
  let t: TestApp;
  let ids: number[];

  beforeAll(async () => {
    t = await createTestApp(database, { articles: 40 });
    ids = (await t.services.store.articleWrites.list()).map((a) => a.id);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it("leaves every neighbour's list as a full ranking would", async () => {
    const store = t.services.store;
    const related = createRelatedArticles(store);
    // Rank every list in full first, so each stored list is what a full ranking gives now.
    await related.refreshMany(ids);
    let checked = 0;
    for (const id of ids.slice(0, 10)) {
      await related.refresh(id);
      const neighbours = await store.related.entriesFor(id);
      const patched = await Promise.all(neighbours.map((n) => store.related.entriesFor(n.id)));
      await related.refreshMany(neighbours.map((n) => n.id));
      const full = await Promise.all(neighbours.map((n) => store.related.entriesFor(n.id)));
      expect(patched.map((list) => list.map((e) => e.id))).toEqual(full.map((list) => list.map((e) => e.id)));
      for (const list of patched) expect(list.length).toBeLessThanOrEqual(RELATED_PER_ARTICLE);
      checked += neighbours.length;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
