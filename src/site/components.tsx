import type { DateFormatter } from '../html/format.js';
import { articlePath, sectionPath, withPage } from '../publishing/urls.js';
import type { ArticleSummary, Page } from '../store/index.js';

export function ArticleList(props: {
  readonly articles: readonly ArticleSummary[];
  readonly dates: DateFormatter;
  readonly heading?: 'h2' | 'h3';
  readonly showSection?: boolean;
  readonly showExcerpt?: boolean;
  readonly compact?: boolean;
}) {
  const Heading = props.heading ?? 'h2';
  return (
    <ul class={props.compact ? 'list compact' : 'list'}>
      {props.articles.map((article) => (
        <li key={article.id}>
          {props.showSection !== false && (
            <a class="kicker" href={sectionPath(article.section)}>
              {article.section.name}
            </a>
          )}
          <Heading>
            <a href={articlePath(article)}>{article.title}</a>
          </Heading>
          {props.showExcerpt !== false && article.standfirst && <p class="excerpt">{article.standfirst}</p>}
          <p class="small">
            <time datetime={article.publishedAt}>{props.dates.short(article.publishedAt)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}

export function Pager(props: { readonly path: string; readonly page: Page<unknown> }) {
  const { page, pages } = props.page;
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label="Pages">
      {page > 1 ? (
        <a href={withPage(props.path, page - 1)} rel="prev">
          ← Newer
        </a>
      ) : (
        <span />
      )}
      <span class="small">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <a href={withPage(props.path, page + 1)} rel="next">
          Older →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
