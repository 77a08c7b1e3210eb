import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import type { Config } from '../config.js';
import type { Asset } from '../html/assets.js';
import { createDateFormatter } from '../html/format.js';
import { renderDocument } from '../html/render.js';
import { sectionPath } from '../publishing/urls.js';
import type { Store } from '../store/index.js';
import type { PageContext } from './context.js';

/** Sections change rarely; each instance re-reads them this often. */
const SECTIONS_TTL_MS = 10_000;

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

  let cached: { context: PageContext; until: number } | undefined;

  return {
    /** Without the database (for error pages when it is down). */
    bare,
    /** Site, navigation and sections; the section tree is kept for a few seconds, not read per request. */
    async context(): Promise<PageContext> {
      const now = Date.now();
      if (cached && cached.until > now) return cached.context;
      const sections = await store.sections.all();
      const nav = sections
        .filter((s) => s.parentId === null)
        .map((s) => ({ name: s.name, href: sectionPath(s) }));
      const context = { ...bare, nav, sections };
      cached = { context, until: now + SECTIONS_TTL_MS };
      return context;
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
