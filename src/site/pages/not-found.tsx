import { Shell } from '../../html/shell.js';
import { articlePath } from '../../publishing/urls.js';
import type { ArticleSummary } from '../../store/index.js';
import type { PageContext } from '../context.js';

/** A 404 that helps: says what happened, offers the sections and the latest stories. */
export function NotFoundPage(props: {
  readonly ctx: PageContext;
  readonly latest: readonly ArticleSummary[];
}) {
  const { ctx } = props;
  return (
    <Shell
      site={ctx.site}
      nav={ctx.nav}
      title="Page not found"
      description="This page does not exist."
      noindex
    >
      <h1 class="page-title">Page not found</h1>
      <p>
        We could not find that page. The link may be mistyped, or the article may have moved. Try the{' '}
        <a href="/">front page</a> or one of the sections above.
      </p>
      {props.latest.length > 0 && (
        <>
          <h2>Latest stories</h2>
          <ul>
            {props.latest.map((article) => (
              <li key={article.id}>
                <a href={articlePath(article)}>{article.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Shell>
  );
}

export function ErrorPage(props: {
  readonly ctx: PageContext;
  readonly status: number;
  readonly message: string;
}) {
  return (
    <Shell site={props.ctx.site} nav={props.ctx.nav} title="Error" description={props.message} noindex>
      <h1 class="page-title">{props.status === 503 ? 'Temporarily unavailable' : 'Something went wrong'}</h1>
      <p>{props.message}</p>
      <p>
        Please try again in a moment, or go to the <a href="/">front page</a>.
      </p>
    </Shell>
  );
}
