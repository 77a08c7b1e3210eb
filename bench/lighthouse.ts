/**
 * Lighthouse 12 scores for the home page and an article page, served by a built Dateline on a
 * seeded demo database, audited in Debian's Chromium (mobile and desktop presets).
 *
 *   npm run bench -- lighthouse
 *
 * Env: CHROME_PATH (default /usr/bin/chromium), LIGHTHOUSE_ARTICLES (demo database size, default
 * 1000, cached under data/bench/), LIGHTHOUSE_FORM_FACTORS (mobile,desktop), BENCH_SKIP_BUILD=1.
 * Writes artifacts/lighthouse/<page>-<form factor>.json (full reports) and artifacts/bench/lighthouse.json.
 * Exits non-zero when a score is under the target (95).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { benchDatabase } from './lib/databases.js';
import { machineFacts } from './lib/machine.js';
import { spawnTracked, stopChild } from './lib/processes.js';
import { buildOnce, ROOT, startDateline } from './lib/server.js';
import { table } from './lib/table.js';

const TARGET = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const log = (line: string) => process.stdout.write(`${line}\n`);

type FormFactor = 'mobile' | 'desktop';

interface PageScores {
  readonly page: string;
  readonly url: string;
  readonly formFactor: FormFactor;
  readonly scores: Record<string, number>;
  readonly failing: Record<string, string[]>;
  readonly runWarnings: string[];
  readonly lighthouseVersion: string;
}

/** Launches Chromium with a DevTools port for Lighthouse to drive. */
async function launchChromium(): Promise<{ port: number; stop(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'dateline-lighthouse-'));
  const child = spawnTracked(
    CHROMIUM,
    [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolvePort, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium gave no DevTools port in 30 s:\n${seen}`)),
      30_000,
    );
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before opening DevTools:\n${seen}`));
    });
  });
  child.stderr?.resume();
  return {
    port,
    async stop() {
      await stopChild(child);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Audits in a category that did not pass, with what Lighthouse measured. */
function failingAudits(lhr: Result, category: string): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  const out: string[] = [];
  for (const ref of refs) {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1) continue;
    if (['notApplicable', 'informative', 'manual'].includes(audit.scoreDisplayMode)) continue;
    if (category === 'performance' && ref.weight === 0 && audit.score >= 0.9) continue;
    const value = audit.displayValue ? ` (${audit.displayValue})` : '';
    out.push(`${audit.title}${value} [${ref.id}, score ${Math.round(audit.score * 100)}]`);
  }
  return out;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install Debian's Chromium with \`apt-get install -y chromium\` ` +
        '(that is how CI gets it), or point CHROME_PATH at a Chromium/Chrome binary.',
    );
  }
  const articles = Number(process.env.LIGHTHOUSE_ARTICLES ?? 1000);
  const formFactors = (process.env.LIGHTHOUSE_FORM_FACTORS ?? 'mobile,desktop')
    .split(',')
    .map((f) => f.trim())
    .filter((f): f is FormFactor => f === 'mobile' || f === 'desktop');
  await buildOnce();
  const database = await benchDatabase(articles, log);
  // Served as localhost (a secure context, like production HTTPS) with matching canonical URLs.
  const server = await startDateline({ databaseUrl: database.path, baseUrlHost: 'localhost' });
  const base = `http://localhost:${server.port}`;
  const chromium = await launchChromium();
  const results: PageScores[] = [];
  const reports = resolve(ROOT, 'artifacts', 'lighthouse');
  mkdirSync(reports, { recursive: true });
  try {
    const home = await (await fetch(`${server.url}/`)).text();
    const articlePath = /href="(\/articles\/\d+\/[^"]+)"/.exec(home)?.[1];
    if (!articlePath) throw new Error('the home page links to no article');
    const pages = [
      { page: 'home', url: `${base}/` },
      { page: 'article', url: `${base}${articlePath}` },
    ];
    for (const formFactor of formFactors) {
      for (const { page, url } of pages) {
        log(`Lighthouse ${formFactor}: ${url}`);
        const run = await lighthouse(
          url,
          { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
        const lhr = run.lhr;
        if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
        writeFileSync(join(reports, `${page}-${formFactor}.json`), JSON.stringify(lhr));
        const scores: Record<string, number> = {};
        const failing: Record<string, string[]> = {};
        for (const category of CATEGORIES) {
          const score = Math.round((lhr.categories[category]?.score ?? 0) * 100);
          scores[category] = score;
          if (score < 100) failing[category] = failingAudits(lhr, category);
        }
        results.push({
          page,
          url,
          formFactor,
          scores,
          failing,
          runWarnings: lhr.runWarnings,
          lighthouseVersion: lhr.lighthouseVersion,
        });
      }
    }
  } finally {
    await chromium.stop();
    await server.stop();
  }

  log(
    `\nLighthouse ${results[0]?.lighthouseVersion ?? ''} scores, Chromium at ${CHROMIUM} (target ≥ ${TARGET})`,
  );
  log(
    table(
      ['page', 'form factor', ...CATEGORIES],
      results.map((r) => [r.page, r.formFactor, ...CATEGORIES.map((c) => r.scores[c]!)]),
    ),
  );
  for (const r of results) {
    for (const [category, audits] of Object.entries(r.failing)) {
      log(
        `\n${r.page} (${r.formFactor}) ${category} ${r.scores[category]}: ${audits.length ? '' : 'no single failing audit'}`,
      );
      for (const audit of audits) log(`  - ${audit}`);
    }
    for (const warning of r.runWarnings) log(`\n${r.page} (${r.formFactor}) run warning: ${warning}`);
  }
  const below = results.flatMap((r) =>
    CATEGORIES.filter((c) => r.scores[c]! < TARGET).map(
      (c) => `${r.page} ${r.formFactor} ${c} ${r.scores[c]}`,
    ),
  );
  const out = resolve(ROOT, 'artifacts', 'bench', 'lighthouse.json');
  mkdirSync(resolve(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ machine: machineFacts(), target: TARGET, results }, null, 2)}\n`);
  log(`\nWrote ${out} and full reports under ${reports}/`);
  if (below.length) {
    log(`\nBELOW TARGET: ${below.join('; ')}`);
    process.exitCode = 1;
  } else {
    log(`\nAll scores ≥ ${TARGET}.`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`lighthouse bench failed: ${(error as Error).message}\n`);
  process.exit(1);
});
