/** Reader-facing addresses, shared by pages, feeds and the API so they never disagree. */

export const articlePath = (article: { id: number; slug: string }) =>
  `/articles/${article.id}/${article.slug}`;
export const sectionPath = (section: { slug: string }) => `/section/${section.slug}`;
export const tagPath = (tag: { slug: string }) => `/tag/${tag.slug}`;
export const authorPath = (author: { slug: string }) => `/author/${author.slug}`;
export const personPath = (person: { key: string }) => `/people/${person.key}`;

export function withPage(path: string, page: number): string {
  return page <= 1 ? path : `${path}?page=${page}`;
}
