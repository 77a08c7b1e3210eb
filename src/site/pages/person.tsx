import { articlePath } from '../../publishing/urls.js';
import type { ArticleSummary, EntityRecord, Page, QuoteWithArticle } from '../../store/index.js';
import type { PageContext } from '../context.js';
import { ListingPage } from './listing.js';

const KIND_LABEL = {
  direct: 'said',
  indirect: 'said (reported speech)',
  unmarked: 'said (reported speech)',
} as const;

/** A person's page: the quotes they gave, then the articles that mention them. */
export function PersonPage(props: {
  readonly ctx: PageContext;
  readonly person: EntityRecord;
  readonly path: string;
  readonly quotes: Page<QuoteWithArticle>;
  readonly articles: Page<ArticleSummary>;
}) {
  const { ctx, person, quotes } = props;
  return (
    <ListingPage
      ctx={ctx}
      title={person.name}
      intro={`Quotes from ${person.name} and articles that mention them.`}
      path={props.path}
      list={props.articles}
      listHeading={`Articles mentioning ${person.name}`}
    >
      {quotes.items.length > 0 && props.articles.page === 1 && (
        <section class="quotes" aria-labelledby="quotes-heading">
          <h2 id="quotes-heading">Quotes</h2>
          {quotes.items.map((quote) => (
            <figure key={quote.id}>
              <blockquote class={quote.kind === 'direct' ? undefined : 'reported'}>
                {quote.kind === 'direct' ? `“${quote.text}”` : `… ${quote.text}`}
              </blockquote>
              <figcaption>
                {person.name} {KIND_LABEL[quote.kind]}
                {quote.source ? `, as quoted by ${quote.source}` : ''}, in{' '}
                <a href={articlePath(quote.article)}>{quote.article.title}</a>,{' '}
                <time datetime={quote.article.publishedAt}>{ctx.dates.short(quote.article.publishedAt)}</time>
              </figcaption>
            </figure>
          ))}
        </section>
      )}
    </ListingPage>
  );
}
