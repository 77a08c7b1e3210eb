import { Shell } from '../../html/shell.js';
import { articlePath, sectionPath } from '../../publishing/urls.js';
import type { ArticleSummary, Section } from '../../store/index.js';
import { ArticleList } from '../components.js';
import type { PageContext } from '../context.js';

export interface HomeData {
  readonly lead: ArticleSummary | undefined;
  readonly bySection: readonly { readonly section: Section; readonly articles: readonly ArticleSummary[] }[];
  readonly mostRead: readonly ArticleSummary[];
}

export function HomePage({ ctx, data }: { readonly ctx: PageContext; readonly data: HomeData }) {
  const { lead } = data;
  return (
    <Shell
      site={ctx.site}
      nav={ctx.nav}
      title={ctx.site.name}
      description={ctx.site.description}
      canonical="/"
    >
      <h1 class="page-title">Latest news</h1>
      <div class="home">
        <div>
          {lead ? (
            <article class="lead">
              <a class="kicker" href={sectionPath(lead.section)}>
                {lead.section.name}
              </a>
              <h2>
                <a href={articlePath(lead)}>{lead.title}</a>
              </h2>
              <p>{lead.standfirst}</p>
              <p class="small">
                <time datetime={lead.publishedAt}>{ctx.dates.dateline(lead.publishedAt)}</time>
              </p>
            </article>
          ) : (
            <p class="notice">Nothing has been published yet.</p>
          )}
          {data.bySection.map(({ section, articles }) => (
            <section class="section-block" key={section.id} aria-labelledby={`s-${section.slug}`}>
              <h2 id={`s-${section.slug}`}>
                <a href={sectionPath(section)}>{section.name}</a>
              </h2>
              <ArticleList articles={articles} dates={ctx.dates} heading="h3" showSection={false} compact />
            </section>
          ))}
        </div>
        <aside class="rail" aria-labelledby="most-read">
          <h2 id="most-read">Most read</h2>
          <ol>
            {data.mostRead.map((article) => (
              <li key={article.id}>
                <a href={articlePath(article)}>{article.title}</a>
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </Shell>
  );
}
