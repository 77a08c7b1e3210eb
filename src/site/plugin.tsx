import type { FastifyInstance } from 'fastify';
import { DatelineError } from '../errors.js';
import { articlePath, authorPath, personPath, sectionPath, tagPath } from '../publishing/urls.js';
import type { ArticleSummary, Section } from '../store/index.js';
import { createPageKit, type SiteDeps } from './kit.js';
import { ArticlePage } from './pages/article.js';
import { HomePage } from './pages/home.js';
import { ListingPage } from './pages/listing.js';
import { PersonPage } from './pages/person.js';

export const PER_PAGE = 20;
const HOME_PER_SECTION = 4;
const MOST_READ = 8;
const MOST_READ_DAYS = 30;
const MAX_PAGE = 10_000;
const ASSET_CACHE = 'public, max-age=31536000, immutable';

function parsePage(query: unknown): number {
  const raw = (query as { page?: string }).page;
  if (raw === undefined) return 1;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_PAGE) {
    throw new DatelineError('BAD_REQUEST', 'The page number must be a whole number from 1.');
  }
  return Number(raw);
}

/** A section and its children: a parent's page lists its children's articles too. */
function familyOf(section: Section, sections: readonly Section[]): number[] {
  return [section.id, ...sections.filter((s) => s.parentId === section.id).map((s) => s.id)];
}

/** The reader site: server-rendered pages, readable without JavaScript. */
export async function sitePlugin(app: FastifyInstance, deps: SiteDeps): Promise<void> {
  const { store, stylesheet } = deps;
  const kit = createPageKit(deps);
  const { context, send } = kit;

  function listPage(total: { pages: number }, page: number) {
    if (page > total.pages) throw new DatelineError('NOT_FOUND', 'There is no such page of this list.');
  }

  app.get(stylesheet.path, async (_request, reply) =>
    reply.header('cache-control', ASSET_CACHE).type(stylesheet.type).send(stylesheet.body),
  );

  app.get('/robots.txt', async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').send('User-agent: *\nAllow: /\n'),
  );

  app.get('/', async (_request, reply) => {
    const ctx = await context();
    const tops = ctx.sections.filter((s) => s.parentId === null);
    const since = new Date(Date.now() - MOST_READ_DAYS * 86_400_000).toISOString();
    const [latest, grouped, recentMostRead] = await Promise.all([
      store.articles.latest(1),
      store.articles.latestBySection(
        tops.map((s) => ({ key: s.id, sectionIds: familyOf(s, ctx.sections) })),
        HOME_PER_SECTION + 1,
      ),
      store.articles.mostRead(since, MOST_READ),
    ]);
    const mostRead: ArticleSummary[] =
      recentMostRead.length >= MOST_READ ? recentMostRead : await store.articles.mostRead('', MOST_READ);
    const lead = latest[0];
    const bySection = tops
      .map((section) => ({
        section,
        articles: (grouped.get(section.id) ?? []).filter((a) => a.id !== lead?.id).slice(0, HOME_PER_SECTION),
      }))
      .filter((group) => group.articles.length > 0);
    return send(reply, <HomePage ctx={ctx} data={{ lead, bySection, mostRead }} />);
  });

  app.get<{ Params: { id: string; slug?: string } }>('/articles/:id/:slug?', async (request, reply) => {
    const { id: rawId, slug } = request.params;
    if (!/^\d{1,12}$/.test(rawId)) throw new DatelineError('ARTICLE_NOT_FOUND');
    const id = Number(rawId);
    const page = await store.articles.findPage(id);
    if (!page) throw new DatelineError('ARTICLE_NOT_FOUND');
    const { article, related } = page;
    if (slug !== article.slug) {
      if (slug === undefined || (await store.articles.wasSlugOf(id, slug))) {
        return reply.redirect(articlePath(article), 301);
      }
      throw new DatelineError('ARTICLE_NOT_FOUND');
    }
    const ctx = await context();
    return send(reply, <ArticlePage ctx={ctx} article={article} related={related} />);
  });

  app.get<{ Params: { slug: string } }>('/section/:slug', async (request, reply) => {
    const page = parsePage(request.query);
    const ctx = await context();
    const section = ctx.sections.find((s) => s.slug === request.params.slug);
    if (!section) throw new DatelineError('NOT_FOUND', 'There is no such section.');
    const list = await store.articles.list(
      { sectionIds: familyOf(section, ctx.sections) },
      { page, perPage: PER_PAGE },
    );
    listPage(list, page);
    return send(
      reply,
      <ListingPage
        ctx={ctx}
        title={section.name}
        intro={section.description}
        path={sectionPath(section)}
        list={list}
      />,
    );
  });

  app.get<{ Params: { slug: string } }>('/tag/:slug', async (request, reply) => {
    const page = parsePage(request.query);
    const tag = await store.tags.bySlug(request.params.slug);
    if (!tag) throw new DatelineError('NOT_FOUND', 'There is no such tag.');
    const [ctx, list, person] = await Promise.all([
      context(),
      store.articles.list({ tagId: tag.id }, { page, perPage: PER_PAGE }),
      tag.type === 'person' ? store.entities.byKey(tag.slug) : undefined,
    ]);
    listPage(list, page);
    return send(
      reply,
      <ListingPage ctx={ctx} title={tag.name} path={tagPath(tag)} list={list}>
        {person?.type === 'person' && (
          <p class="page-intro">
            <a href={personPath(person)}>Quotes from {person.name}</a> and every article that mentions them.
          </p>
        )}
      </ListingPage>,
    );
  });

  app.get<{ Params: { slug: string } }>('/author/:slug', async (request, reply) => {
    const page = parsePage(request.query);
    const author = await store.authors.bySlug(request.params.slug);
    if (!author) throw new DatelineError('NOT_FOUND', 'There is no such author.');
    const [ctx, list] = await Promise.all([
      context(),
      store.articles.list({ authorId: author.id }, { page, perPage: PER_PAGE }),
    ]);
    listPage(list, page);
    return send(
      reply,
      <ListingPage ctx={ctx} title={author.name} intro={author.bio} path={authorPath(author)} list={list} />,
    );
  });

  app.get<{ Params: { key: string } }>('/people/:key', async (request, reply) => {
    const page = parsePage(request.query);
    const person = await store.entities.byKey(request.params.key);
    if (person?.type !== 'person') throw new DatelineError('NOT_FOUND', 'There is no such person.');
    const [ctx, articles, quotes] = await Promise.all([
      context(),
      store.articles.list({ entityId: person.id }, { page, perPage: PER_PAGE }),
      store.entities.quotesBy(person.id, 1, PER_PAGE),
    ]);
    listPage(articles, page);
    return send(
      reply,
      <PersonPage ctx={ctx} person={person} path={personPath(person)} quotes={quotes} articles={articles} />,
    );
  });
}
