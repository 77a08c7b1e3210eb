import type { ComponentChildren } from 'preact';

export interface NavLink {
  readonly name: string;
  readonly href: string;
}

export interface SiteInfo {
  readonly name: string;
  readonly description: string;
  readonly baseUrl: string;
  readonly stylesheet: string;
}

export interface ShellProps {
  readonly site: SiteInfo;
  readonly nav: readonly NavLink[];
  readonly title: string;
  readonly description: string;
  /** Path of this page's canonical address ("/articles/12/slug"). */
  readonly canonical?: string;
  readonly ogType?: 'website' | 'article';
  /** Structured data (schema.org), printed as JSON-LD. */
  readonly jsonLd?: object;
  readonly noindex?: boolean;
  readonly children: ComponentChildren;
}

/** JSON for a <script> element: `<` escaped so no string in it can close the element. */
function scriptJson(value: object): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function Shell(props: ShellProps) {
  const { site } = props;
  const fullTitle = props.title === site.name ? site.name : `${props.title} | ${site.name}`;
  const canonical = props.canonical ? `${site.baseUrl}${props.canonical}` : undefined;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={props.description} />
        {canonical && <link rel="canonical" href={canonical} />}
        {props.noindex && <meta name="robots" content="noindex" />}
        <meta property="og:site_name" content={site.name} />
        <meta property="og:title" content={props.title} />
        <meta property="og:description" content={props.description} />
        <meta property="og:type" content={props.ogType ?? 'website'} />
        {canonical && <meta property="og:url" content={canonical} />}
        <meta name="theme-color" content="#0b2545" />
        {/* No favicon yet: an empty icon stops every page view logging a /favicon.ico 404. */}
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={site.stylesheet} />
        {props.jsonLd && (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(props.jsonLd) }} />
        )}
      </head>
      <body>
        <a class="skip" href="#content">
          Skip to content
        </a>
        <header class="masthead">
          <div class="wrap">
            <a class="brand" href="/">
              {site.name}
            </a>
            <p class="tagline">{site.description}</p>
          </div>
        </header>
        <nav class="sections" aria-label="Sections">
          <ul>
            {props.nav.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.name}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="content" class="wrap">
          {props.children}
        </main>
        <footer>
          <div class="wrap">
            <p>© {site.name}. Published with Dateline.</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
