import { formatCount } from '../../html/format.js';
import { Shell } from '../../html/shell.js';
import { articlePath, authorPath, sectionPath, tagPath } from '../../publishing/urls.js';
import type { Article, ArticleSummary } from '../../store/index.js';
import { ArticleList } from '../components.js';
import type { PageContext } from '../context.js';

function structuredData(ctx: PageContext, article: Article) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.standfirst,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    articleSection: article.section.name,
    keywords: article.tags.map((tag) => tag.name).join(', '),
    mainEntityOfPage: `${ctx.site.baseUrl}${articlePath(article)}`,
    author: article.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      url: `${ctx.site.baseUrl}${authorPath(author)}`,
    })),
    publisher: { '@type': 'Organization', name: ctx.site.name, url: ctx.site.baseUrl },
  };
}

/** Drawn, not an emoji: servers and phones without an emoji font would show a blank box. */
function EyeIcon() {
  return (
    <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
      <path d="M12 5C6.5 5 2.7 9.3 1.5 12c1.2 2.7 5 7 10.5 7s9.3-4.3 10.5-7C21.3 9.3 17.5 5 12 5zm0 11.5a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9zm0-2.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4z" />
    </svg>
  );
}

function Byline({ article }: { readonly article: Article }) {
  if (article.authors.length === 0) return null;
  return (
    <p class="byline">
      By{' '}
      {article.authors.map((author, i) => (
        <span key={author.id}>
          {i > 0 && (i === article.authors.length - 1 ? ' and ' : ', ')}
          <a href={authorPath(author)}>{author.name}</a>
        </span>
      ))}
    </p>
  );
}

export function ArticlePage(props: {
  readonly ctx: PageContext;
  readonly article: Article;
  readonly related: readonly ArticleSummary[];
}) {
  const { ctx, article } = props;
  const crumbs = [...(article.sectionParent ? [article.sectionParent] : []), article.section];
  return (
    <Shell
      site={ctx.site}
      nav={ctx.nav}
      title={article.title}
      description={article.standfirst}
      canonical={articlePath(article)}
      ogType="article"
      jsonLd={structuredData(ctx, article)}
    >
      <article class="article">
        <nav class="breadcrumb" aria-label="Breadcrumb">
          <ol>
            {crumbs.map((section) => (
              <li key={section.id}>
                <a href={sectionPath(section)}>{section.name}</a>
              </li>
            ))}
          </ol>
        </nav>
        <h1>{article.title}</h1>
        {article.standfirst && <p class="standfirst">{article.standfirst}</p>}
        <div class="meta">
          <p>
            <time class="dateline" datetime={article.publishedAt}>
              {ctx.dates.dateline(article.publishedAt)}
            </time>
          </p>
          <p class="views">
            <EyeIcon />
            {formatCount(article.views)} views
          </p>
          <Byline article={article} />
          {article.sourceCredit && <p class="source">Source: {article.sourceCredit}</p>}
        </div>
        <div class="body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        <aside class="appeal" aria-label="Support us">
          <p>{ctx.supportAppeal.text}</p>
          <a href={ctx.supportAppeal.url}>{ctx.supportAppeal.linkText}</a>
        </aside>
        {article.tags.length > 0 && (
          <section class="tags" aria-labelledby="tags-heading">
            <h2 id="tags-heading">Tags:</h2>
            <ul>
              {article.tags.map((tag) => (
                <li key={tag.id}>
                  <a href={tagPath(tag)}>{tag.name}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
        {props.related.length > 0 && (
          <section class="related" aria-labelledby="related-heading">
            <h2 id="related-heading">Related Articles</h2>
            <ArticleList
              articles={props.related}
              dates={ctx.dates}
              heading="h3"
              showExcerpt={false}
              compact
            />
          </section>
        )}
      </article>
    </Shell>
  );
}
