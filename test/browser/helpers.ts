import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { startServer } from '../../src/main.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SCREENSHOTS = resolve(ROOT, 'artifacts', 'screenshots');
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Site {
  /** `http://127.0.0.1:PORT` */
  readonly baseUrl: string;
  stop(): Promise<void>;
}

/** Dateline in this process on a temp SQLite database seeded with 60 demo articles. */
export async function startSite(): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-browser-'));
  const config = loadConfig({}, ROOT, {
    databaseUrl: join(dir, 'site.db'),
    host: '127.0.0.1',
    port: 0,
    seedDemo: true,
    demoArticles: 60,
    logLevel: 'silent',
  });
  const server = await startServer(config, () => {});
  return {
    baseUrl: `http://127.0.0.1:${new URL(server.url).port}`,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (as CI does) or set CHROME_PATH.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return resolve(SCREENSHOTS, `${name}.png`);
}

export interface SitePage {
  readonly name: string;
  readonly path: string;
  readonly status: number;
}

function firstLink(html: string, prefix: string): string | undefined {
  for (const match of html.matchAll(/href="([^"]+)"/g)) {
    if (match[1]!.startsWith(prefix)) return match[1]!.replace(/&amp;/g, '&');
  }
  return undefined;
}

async function text(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return response.text();
}

/** A person page: a /people/ link on an article page, else a person the API found in an article. */
async function findPerson(baseUrl: string, articlePaths: readonly string[]): Promise<string | undefined> {
  for (const path of articlePaths) {
    const link = firstLink(await text(`${baseUrl}${path}`), '/people/');
    if (link) return link;
  }
  for (const path of articlePaths) {
    const id = /^\/articles\/(\d+)\//.exec(path)?.[1];
    if (!id) continue;
    const response = await fetch(`${baseUrl}/api/v1/articles/${id}`);
    if (!response.ok) continue;
    const { article } = (await response.json()) as {
      article: { entities?: { type: string; key: string }[] };
    };
    const person = article.entities?.find((entity) => entity.type === 'person');
    if (person) return `/people/${encodeURIComponent(person.key)}`;
  }
  return undefined;
}

/** The reader pages under test, found by following links from the home page. */
export async function discoverPages(baseUrl: string): Promise<SitePage[]> {
  const home = await text(`${baseUrl}/`);
  const articlePaths = [...new Set([...home.matchAll(/href="(\/articles\/\d+\/[^"]+)"/g)].map((m) => m[1]!))];
  const article = articlePaths[0];
  if (!article) throw new Error('the home page links to no article');
  const articleHtml = await text(`${baseUrl}${article}`);
  const section = firstLink(home, '/section/');
  const tag = firstLink(articleHtml, '/tag/');
  const author = firstLink(articleHtml, '/author/');
  const person = await findPerson(baseUrl, articlePaths.slice(0, 10));
  if (!person)
    process.stdout.write('[browser] no person page found (no /people/ link and no person entity): skipped\n');
  const pages: SitePage[] = [
    { name: 'home', path: '/', status: 200 },
    { name: 'article', path: article, status: 200 },
    ...(section ? [{ name: 'section', path: section, status: 200 }] : []),
    ...(tag ? [{ name: 'tag', path: tag, status: 200 }] : []),
    ...(author ? [{ name: 'author', path: author, status: 200 }] : []),
    ...(person ? [{ name: 'person', path: person, status: 200 }] : []),
    { name: '404', path: '/no-such-page', status: 404 },
  ];
  for (const required of ['section', 'tag', 'author']) {
    if (!pages.some((p) => p.name === required)) throw new Error(`found no ${required} page to test`);
  }
  return pages;
}
