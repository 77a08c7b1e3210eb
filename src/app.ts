import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import Fastify, { type FastifyInstance, type FastifyServerOptions, LogController } from 'fastify';
import helmet from 'helmet';
import { apiPlugin } from './api/index.js';
import type { Config } from './config.js';
import { DatelineError, isDatelineError } from './errors.js';
import { loadStylesheet } from './html/assets.js';
import { createPageKit, createSiteErrorPage, sitePlugin } from './site/index.js';
import type { Store } from './store/index.js';

export interface AppDeps {
  readonly config: Config;
  readonly store: Store;
  readonly logger?: FastifyServerOptions['logger'];
}

const COMPRESS_THRESHOLD_BYTES = 1024;
const BROTLI_QUALITY = 4;

/** Headers that must never reach the logs. */
const REDACT = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'];

function wantsJson(url: string): boolean {
  return url.startsWith('/api/') || url === '/healthz';
}

/** Maps any thrown value onto the error catalogue. */
function classify(error: unknown): DatelineError {
  if (isDatelineError(error)) return error;
  const { statusCode, message, validation } = (error ?? {}) as {
    statusCode?: number;
    message?: string;
    validation?: unknown;
  };
  if (validation) return new DatelineError('BAD_REQUEST', message);
  if (statusCode === 404) return new DatelineError('NOT_FOUND');
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500)
    return new DatelineError('BAD_REQUEST', message);
  return new DatelineError('INTERNAL');
}

/**
 * The HTTP layer every response passes through: logging, security headers, compression.
 * buildApp adds the routes; the page benchmark measures this layer alone as the framework floor.
 */
export async function createHttp(
  config: Pick<Config, 'logLevel'>,
  logger?: FastifyServerOptions['logger'],
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel, redact: REDACT },
    trustProxy: true,
    // Per-request lines only when debugging: at news-site traffic they would drown everything else.
    logController: new LogController({
      disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace',
    }),
  });

  // Helmet's headers are built once here; @fastify/helmet would rebuild them on every request
  // (measured: 5% of an article page's CPU time).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        upgradeInsecureRequests: null,
      },
    },
    hsts: false,
  });
  app.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)),
  );

  // Pages and JSON go out compressed when the client asks; brotli at a quality that costs little CPU.
  await app.register(compress, {
    threshold: COMPRESS_THRESHOLD_BYTES,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
  });
  return app;
}

/**
 * Builds the whole application: reader site, API, health check and one error handler.
 * Never listens: main.ts does, tests use app.inject().
 */
export async function buildApp({ config, store, logger }: AppDeps): Promise<FastifyInstance> {
  const app = await createHttp(config, logger);

  const stylesheet = loadStylesheet();
  const siteDeps = { store, config, stylesheet };
  const errorPage = createSiteErrorPage(createPageKit(siteDeps), store);

  app.setErrorHandler(async (error, request, reply) => {
    const known = classify(error);
    if (known.status >= 500 && !isDatelineError(error)) request.log.error({ err: error }, 'request failed');
    if (wantsJson(request.url)) {
      return reply.code(known.status).send({ error: { code: known.code, message: known.message } });
    }
    return errorPage(reply, known);
  });

  app.setNotFoundHandler(async (request, reply) => {
    const error = new DatelineError('NOT_FOUND');
    if (wantsJson(request.url)) {
      return reply.code(404).send({ error: { code: error.code, message: error.message } });
    }
    return errorPage(reply, error);
  });

  app.get('/healthz', async (_request, reply) => {
    try {
      await store.ping();
      return reply.header('cache-control', 'no-store').send({ status: 'ok', database: store.dialect });
    } catch (error) {
      throw new DatelineError('DATABASE_UNAVAILABLE', undefined, { cause: error });
    }
  });

  await app.register(sitePlugin, siteDeps);
  await app.register(apiPlugin, { prefix: '/api/v1', store, config });
  return app;
}
