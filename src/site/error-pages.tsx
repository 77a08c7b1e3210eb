import type { FastifyReply } from 'fastify';
import type { DatelineError } from '../errors.js';
import type { Store } from '../store/index.js';
import type { PageKit } from './kit.js';
import { ErrorPage, NotFoundPage } from './pages/not-found.js';

const LATEST_ON_404 = 5;

/** Renders an error from the catalogue as a reader page; a 404 offers the latest stories. */
export function createSiteErrorPage(kit: PageKit, store: Store) {
  return async (reply: FastifyReply, error: DatelineError) => {
    const ctx = await kit.context().catch(() => kit.bare);
    if (error.status === 404) {
      const latest = await store.articles.latest(LATEST_ON_404).catch(() => []);
      return kit.send(reply, <NotFoundPage ctx={ctx} latest={latest} />, 404);
    }
    return kit.send(
      reply,
      <ErrorPage ctx={ctx} status={error.status} message={error.message} />,
      error.status,
    );
  };
}
