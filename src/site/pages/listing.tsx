import type { ComponentChildren } from 'preact';
import { Shell } from '../../html/shell.js';
import { withPage } from '../../publishing/urls.js';
import type { ArticleSummary, Page } from '../../store/index.js';
import { ArticleList, Pager } from '../components.js';
import type { PageContext } from '../context.js';

/** Section, tag, author and person pages: a heading, an intro, and a paginated list, newest first. */
export function ListingPage(props: {
  readonly ctx: PageContext;
  readonly title: string;
  readonly intro?: string;
  readonly path: string;
  readonly list: Page<ArticleSummary>;
  readonly listHeading?: string;
  readonly children?: ComponentChildren;
}) {
  const { ctx, list } = props;
  const pageNote = list.page > 1 ? ` (page ${list.page})` : '';
  return (
    <Shell
      site={ctx.site}
      nav={ctx.nav}
      title={`${props.title}${pageNote}`}
      description={props.intro || `The latest articles on ${props.title} from ${ctx.site.name}.`}
      canonical={withPage(props.path, list.page)}
    >
      <h1 class="page-title">{props.title}</h1>
      {props.intro && <p class="page-intro">{props.intro}</p>}
      {props.children}
      {props.listHeading && <h2>{props.listHeading}</h2>}
      {list.items.length === 0 ? (
        <p class="notice">No articles here yet.</p>
      ) : (
        <ArticleList articles={list.items} dates={ctx.dates} heading={props.listHeading ? 'h3' : 'h2'} />
      )}
      <Pager path={props.path} page={list} />
    </Shell>
  );
}
