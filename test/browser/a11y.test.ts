import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  discoverPages,
  launchChromium,
  type Site,
  type SitePage,
  screenshotPath,
  startSite,
} from './helpers.js';

let site: Site;
let baseUrl = '';
let browser: Browser;
let pages: SitePage[] = [];

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchChromium()]);
  baseUrl = site.baseUrl;
  pages = await discoverPages(baseUrl);
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe('axe-core finds no accessibility violations', () => {
  for (const name of ['home', 'article', 'section', 'tag', 'author', 'person', '404']) {
    it(name, async (context) => {
      const target = pages.find((p) => p.name === name);
      if (!target) return context.skip(`no ${name} page was found`);
      for (const viewport of [
        { width: 1280, height: 800, label: 'desktop' },
        { width: 390, height: 844, label: 'mobile' },
      ]) {
        const browserContext = await browser.newContext({ viewport });
        try {
          const page = await browserContext.newPage();
          const response = await page.goto(`${baseUrl}${target.path}`);
          expect(response?.status()).toBe(target.status);
          const results = await new AxeBuilder({ page }).analyze();
          const found = results.violations.map(
            (v) =>
              `${v.id} (${v.impact}): ${v.help}\n    ${v.helpUrl}\n` +
              v.nodes
                .map((node) => `    - ${node.target.join(' ')}: ${node.failureSummary?.replace(/\n/g, ' ')}`)
                .join('\n'),
          );
          if (found.length) {
            await page.screenshot({ path: screenshotPath(`axe-${name}-${viewport.label}`), fullPage: true });
            process.stdout.write(
              `\naxe violations on ${name} (${viewport.label}) ${target.path}:\n${found.join('\n')}\n`,
            );
          }
          expect(found, `${name} ${target.path} (${viewport.label})`).toEqual([]);
        } finally {
          await browserContext.close();
        }
      }
    });
  }
});
