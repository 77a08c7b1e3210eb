import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type Site, screenshotPath, startSite } from './helpers.js';

let site: Site;
let baseUrl = '';
/** `January 11, 2022, Tuesday // 10:20` */
const DATELINE = /^[A-Z][a-z]+ \d{1,2}, \d{4}, [A-Z][a-z]+day \/\/ \d{2}:\d{2}$/;
const DESKTOP = { width: 1280, height: 800 };
const MOBILE = { width: 390, height: 844 };

let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchChromium()]);
  baseUrl = site.baseUrl;
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

/** An element's text with whitespace collapsed. */
async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Console errors, uncaught exceptions and failed loads (CSP violations show up here too). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}

async function expectReadableArticle(page: Page): Promise<void> {
  const article = page.locator('main article');
  await expect.poll(() => article.locator('h1').isVisible()).toBe(true);
  expect((await text(article.locator('h1'))).length).toBeGreaterThan(10);

  const crumb = article.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').last();
  expect(await crumb.isVisible()).toBe(true);
  expect(await crumb.getAttribute('href')).toMatch(/^\/section\/[a-z0-9-]+$/);

  const dateline = article.locator('.dateline');
  expect(await dateline.isVisible()).toBe(true);
  expect(await text(dateline)).toMatch(DATELINE);

  const views = article.locator('.views');
  expect(await views.isVisible()).toBe(true);
  expect(await text(views)).toMatch(/\d[\d,.]*\s*[kKM]?\s+views$/);

  const tags = article.locator('section.tags');
  expect(await tags.getByRole('heading', { name: 'Tags:' }).isVisible()).toBe(true);
  const tagLinks = tags.getByRole('link');
  expect(await tagLinks.count()).toBeGreaterThan(0);
  expect(await tagLinks.first().isVisible()).toBe(true);

  const related = article.locator('section.related');
  expect(await related.getByRole('heading', { name: 'Related Articles' }).isVisible()).toBe(true);
  const relatedLinks = related.locator('a[href^="/articles/"]');
  expect(await relatedLinks.count()).toBeGreaterThan(0);
  expect(await relatedLinks.first().isVisible()).toBe(true);
  expect((await text(relatedLinks.first())).length).toBeGreaterThan(10);

  const body = article.locator('.body');
  expect(await body.isVisible()).toBe(true);
  expect((await text(body)).length).toBeGreaterThan(200);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
}

describe('a reader', () => {
  let context: BrowserContext;
  let articleUrl = '';

  afterAll(async () => {
    await context?.close();
  });

  it('goes from the home page to an article and reads it', async () => {
    context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const response = await page.goto(`${baseUrl}/`);
    expect(response?.status()).toBe(200);
    await page.screenshot({ path: screenshotPath('home-desktop'), fullPage: true });

    const link = page.locator('main a[href^="/articles/"]').first();
    const headline = await text(link);
    await Promise.all([page.waitForURL(/\/articles\/\d+\/[^/]+$/), link.click()]);
    articleUrl = page.url();
    await expectReadableArticle(page);
    expect(await text(page.locator('main article h1'))).toBe(headline);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: screenshotPath('article-desktop'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('reads the article on a phone', async () => {
    expect(articleUrl).not.toBe('');
    const phone = await browser.newContext({
      viewport: MOBILE,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    try {
      const page = await phone.newPage();
      const errors = watchErrors(page);
      await page.goto(`${baseUrl}/`);
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: screenshotPath('home-mobile'), fullPage: true });
      await page.goto(articleUrl);
      await expectReadableArticle(page);
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: screenshotPath('article-mobile'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('reads the article with JavaScript disabled', async () => {
    expect(articleUrl).not.toBe('');
    const noJs = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    try {
      const page = await noJs.newPage();
      await page.goto(`${baseUrl}/`);
      const link = page.locator('main a[href^="/articles/"]').first();
      await Promise.all([page.waitForURL(/\/articles\/\d+\/[^/]+$/), link.click()]);
      await expectReadableArticle(page);
      await page.goto(articleUrl);
      await expectReadableArticle(page);
      await page.screenshot({ path: screenshotPath('article-nojs-desktop'), fullPage: true });
    } finally {
      await noJs.close();
    }
  });
});
