import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { DatelineError } from './errors.js';

/** Named defaults: what a fresh clone runs with. */
export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '0.0.0.0';
export const DEFAULT_DATABASE_URL = './data/dateline.db';
export const DEFAULT_TIME_ZONE = 'Europe/Sofia';
/** date-fns pattern: `January 11, 2022, Tuesday // 10:20`. */
export const DEFAULT_DATELINE_FORMAT = 'MMMM d, yyyy, EEEE // HH:mm';
export const DEFAULT_DEMO_ARTICLES = 400;
export const CONFIG_FILE_ENV = 'DATELINE_CONFIG';
export const DEFAULT_CONFIG_FILE = 'dateline.config.json';

const timeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'is not an IANA time zone (e.g. Europe/Sofia)' },
);

const databaseUrl = z
  .string()
  .min(1)
  .refine(
    (url) => {
      if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return !url.includes('\0');
      if (!/^postgres(ql)?:\/\//i.test(url)) return false;
      try {
        const parsed = new URL(url);
        return parsed.hostname.length > 0;
      } catch {
        return false;
      }
    },
    { message: 'must be a SQLite file path or a postgres://user@host:port/database URL' },
  );

const schema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(DEFAULT_PORT),
  host: z.string().min(1).default(DEFAULT_HOST),
  databaseUrl: databaseUrl.default(DEFAULT_DATABASE_URL),
  baseUrl: z.url().optional(),
  siteName: z.string().min(1).default('Dateline News Agency'),
  siteDescription: z.string().default('National news agency: politics, business, world, sport and culture.'),
  timeZone: timeZone.default(DEFAULT_TIME_ZONE),
  datelineFormat: z.string().min(1).default(DEFAULT_DATELINE_FORMAT),
  supportAppeal: z
    .object({
      text: z.string().min(1),
      linkText: z.string().min(1),
      url: z.string().min(1),
    })
    .default({
      text: 'Independent journalism needs readers like you. If you value our reporting, please consider supporting the newsroom.',
      linkText: 'Support our journalism',
      url: '/support',
    }),
  demoArticles: z.coerce.number().int().min(0).max(1_000_000).default(DEFAULT_DEMO_ARTICLES),
  seedDemo: z.boolean().default(true),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = Readonly<z.infer<typeof schema>> & { readonly baseUrl: string };

/** Environment variables and the config keys they set. */
export const ENV_KEYS = {
  PORT: 'port',
  HOST: 'host',
  DATABASE_URL: 'databaseUrl',
  BASE_URL: 'baseUrl',
  SITE_NAME: 'siteName',
  SITE_DESCRIPTION: 'siteDescription',
  TIME_ZONE: 'timeZone',
  DATELINE_FORMAT: 'datelineFormat',
  DEMO_ARTICLES: 'demoArticles',
  LOG_LEVEL: 'logLevel',
} as const;

function readConfigFile(env: NodeJS.ProcessEnv, cwd: string): Record<string, unknown> {
  const explicit = env[CONFIG_FILE_ENV];
  const path = resolve(cwd, explicit ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) {
    if (explicit) throw new DatelineError('CONFIG_INVALID', `${CONFIG_FILE_ENV}: file not found: ${path}`);
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error('must hold a JSON object');
    }
    return parsed as Record<string, unknown>;
  } catch (error) {
    throw new DatelineError('CONFIG_INVALID', `config file ${path}: ${(error as Error).message}`);
  }
}

function fromEnv(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(ENV_KEYS)) {
    const value = env[name];
    if (value !== undefined && value !== '') values[key] = value;
  }
  if (env.SUPPORT_APPEAL_TEXT || env.SUPPORT_APPEAL_URL || env.SUPPORT_APPEAL_LINK_TEXT) {
    values.supportAppeal = {
      text: env.SUPPORT_APPEAL_TEXT ?? schema.shape.supportAppeal.parse(undefined).text,
      linkText: env.SUPPORT_APPEAL_LINK_TEXT ?? 'Support our journalism',
      url: env.SUPPORT_APPEAL_URL ?? '/support',
    };
  }
  if (env.SEED_DEMO !== undefined && env.SEED_DEMO !== '')
    values.seedDemo = !/^(0|false|no)$/i.test(env.SEED_DEMO);
  return values;
}

const ENV_NAME_OF: Record<string, string> = Object.fromEntries(
  Object.entries(ENV_KEYS).map(([name, key]) => [key, name]),
);

/**
 * Reads configuration once: defaults, then the optional JSON file, then the environment.
 * Throws a DatelineError naming the offending setting.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
  overrides: Record<string, unknown> = {},
): Config {
  const merged = { ...readConfigFile(env, cwd), ...fromEnv(env), ...overrides };
  const result = schema.safeParse(merged);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    const name = ENV_NAME_OF[key] ?? (issue.path.join('.') || 'config');
    throw new DatelineError('CONFIG_INVALID', `${name}: ${issue.message}`);
  }
  const config = result.data;
  const baseUrl = (config.baseUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
  return Object.freeze({ ...config, baseUrl });
}
