import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverPages, ROOT, type Site, startSite } from './helpers.js';

let site: Site;
let baseUrl = '';
const VNU = resolve(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

interface VnuMessage {
  readonly type: 'error' | 'info' | 'non-document-error';
  readonly subType?: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly firstColumn?: number;
  readonly message: string;
  readonly extract?: string;
}

const results = new Map<string, { errors: string[]; warnings: string[] }>();
let dir = '';

function describeMessage(m: VnuMessage): string {
  const where =
    m.lastLine === undefined ? '' : ` (line ${m.lastLine}${m.firstColumn ? `:${m.firstColumn}` : ''})`;
  const extract = m.extract ? `\n      ${m.extract.replace(/\s+/g, ' ').trim().slice(0, 160)}` : '';
  return `${m.message}${where}${extract}`;
}

beforeAll(async () => {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new Error(
      'java was not found: the W3C Nu HTML Checker (vnu-jar) needs a Java runtime. ' +
        'Install it with `apt-get install -y default-jre-headless` (CI installs it).',
    );
  }
  site = await startSite();
  baseUrl = site.baseUrl;
  const pages = await discoverPages(baseUrl);
  dir = mkdtempSync(join(tmpdir(), 'dateline-vnu-'));
  const files: string[] = [];
  for (const page of pages) {
    const response = await fetch(`${baseUrl}${page.path}`);
    expect(response.status, page.path).toBe(page.status);
    const file = join(dir, `${page.name}.html`);
    writeFileSync(file, await response.text());
    files.push(file);
    results.set(page.name, { errors: [], warnings: [] });
  }
  const run = spawnSync('java', ['-jar', VNU, '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  if (run.error) throw run.error;
  const output = run.stderr.trim() || run.stdout.trim();
  const { messages } = JSON.parse(output) as { messages: VnuMessage[] };
  for (const message of messages) {
    const name = /([^/]+)\.html$/.exec(message.url ?? '')?.[1];
    const bucket = name ? results.get(name) : undefined;
    if (!bucket) throw new Error(`vnu: ${message.type}: ${message.message}`);
    if (message.type === 'info' && message.subType === 'warning')
      bucket.warnings.push(describeMessage(message));
    else if (message.type !== 'info') bucket.errors.push(describeMessage(message));
  }
  for (const [name, found] of results) {
    for (const warning of found.warnings) process.stdout.write(`[vnu] warning on ${name}: ${warning}\n`);
    for (const error of found.errors) process.stdout.write(`[vnu] ERROR on ${name}: ${error}\n`);
  }
}, 180_000);

afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await site?.stop();
});

describe('the Nu HTML Checker finds no errors', () => {
  for (const name of ['home', 'article', 'section', 'tag', 'author', 'person', '404']) {
    it(name, (context) => {
      const found = results.get(name);
      if (!found) return context.skip(`no ${name} page was found`);
      expect(found.errors).toEqual([]);
    });
  }
});
