import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import type { Config } from '../config.js';
import type { Asset } from '../html/assets.js';
import { createDateFormatter } from '../html/format.js';
import { renderDocument } from '../html/render.js';
import { sectionPath } from '../publishing/urls.js';
import type { Store } from '../store/index.js';
import type { PageContext } from './context.js';

/** Pages may be cached briefly by browsers and shared caches; views and news move fast. */
const PAGE_CACHE = 'public, max-age=60, stale-while-revalidate=300';

export interface SiteDeps {
  readonly store: Store;
  readonly config: Config;
  readonly stylesheet: Asset;
}

/** What every reader route uses: the page context (site, navigation, dates) and a sender. */
export function createPageKit({ store, config, stylesheet }: SiteDeps) {
  const dates = createDateFormatter(config.timeZone, config.datelineFormat);
  const site = {
    name: config.siteName,
    description: config.siteDescription,
    baseUrl: config.baseUrl,
    stylesheet: stylesheet.path,
  };
  const bare: PageContext = { site, nav: [], dates, sections: [], supportAppeal: config.supportAppeal };

  return {
    /** Without the database (for error pages when it is down). */
    bare,
    async context(): Promise<PageContext> {
      const sections = await store.sections.all();
      const nav = sections
        .filter((s) => s.parentId === null)
        .map((s) => ({ name: s.name, href: sectionPath(s) }));
      return { ...bare, nav, sections };
    },
    send(reply: FastifyReply, page: VNode, status = 200) {
      return reply
        .code(status)
        .header('cache-control', status === 200 ? PAGE_CACHE : 'no-store')
        .type('text/html; charset=utf-8')
        .send(renderDocument(page));
    },
  };
}

export type PageKit = ReturnType<typeof createPageKit>;
