import type { Store } from '../../src/store/index.js';

/** Minimal rows for store tests, written straight through the repos. */
export async function seedSections(store: Store) {
  const world = await store.sections.insert({ slug: 'world', name: 'World', position: 0 });
  const russia = await store.sections.insert({
    slug: 'russia',
    name: 'Russia',
    parentId: world,
    position: 1,
  });
  const business = await store.sections.insert({ slug: 'business', name: 'Business', position: 2 });
  return { world, russia, business };
}

let counter = 0;

export async function insertArticle(
  store: Store,
  fields: {
    sectionId: number;
    title?: string;
    status?: 'draft' | 'published';
    publishedAt?: string;
    views?: number;
    tagIds?: number[];
    authorIds?: number[];
  },
): Promise<number> {
  counter += 1;
  const title = fields.title ?? `Story ${counter}`;
  return store.transaction(async (tx) => {
    const id = await tx.articleWrites.insert({
      slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      title,
      standfirst: `About ${title}`,
      body_source: 'Body.',
      body_html: '<p>Body.</p>',
      section_id: fields.sectionId,
      status: fields.status ?? 'published',
      source_credit: null,
      views: fields.views ?? 0,
      published_at: fields.publishedAt ?? new Date(Date.UTC(2022, 0, 1) + counter * 60_000).toISOString(),
      created_at: new Date().toISOString(),
      updated_at: new Date().toISOString(),
      changed_at: new Date().toISOString(),
      analysis: null,
      features: null,
    });
    await tx.articleWrites.setTags(id, fields.tagIds ?? []);
    await tx.articleWrites.setAuthors(id, fields.authorIds ?? []);
    return id;
  });
}
