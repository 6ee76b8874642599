import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { redirectPages } from '../lib/build/redirectPage';
import { loadRedirects } from '../lib/dataset/redirects';
import { expect, test } from './support/fixtures';

/**
 * An event's old id (data/redirects.json) leads to its page now. Every real entry is visited
 * where the build wrote it; since the list may be empty, the same pages (lib/build/redirectPage,
 * which scripts/write-redirects.ts writes) are also served for a fixture id in front of the real
 * site, so the page's way of sending the reader on is always tested.
 */
const dataset = JSON.parse(readFileSync(path.join(__dirname, '..', 'out', 'data', 'dataset.json'), 'utf8')) as {
  events: { id: string; title: { en: string; es: string } }[];
};
const event = dataset.events[0]!;
const FIXTURE_ID = 'renamed-for-the-redirect-test';
const fixturePages = redirectPages([FIXTURE_ID], () => event, { basePath: '', siteUrl: '' });

async function serveFixture(page: Page) {
  for (const { path: at, html } of fixturePages) {
    // By path: a glob would have to match the query too.
    await page.route((url) => url.pathname === at, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  }
}

test.describe('old event ids', () => {
  for (const { from, to } of loadRedirects()) {
    test(`/events/${from}/ (renamed) sends the reader to /events/${to}/'s event`, async ({ page }) => {
      const response = await page.goto(`/events/${from}/`);
      expect(response?.status()).toBe(200);
      await expect(page).toHaveURL(/\/events\/(?!.*\/events\/)[a-z0-9-]+\/$/);
      expect(page.url()).not.toContain(`/events/${from}/`);
    });
  }

  test('an old id\'s page sends the reader to the event\'s page, in English and Spanish, keeping the query', async ({ page }) => {
    await serveFixture(page);
    await page.goto(`/events/${FIXTURE_ID}/?t=1990..2005`);
    await expect(page).toHaveURL(new RegExp(`/events/${event.id}/\\?t=1990\\.\\.2005$`));
    await expect(page.locator('h1').first()).toContainText(event.title.en);
    await page.goto(`/es/events/${FIXTURE_ID}/`);
    await expect(page).toHaveURL(new RegExp(`/es/events/${event.id}/$`));
    await expect(page.locator('h1').first()).toContainText(event.title.es);
  });

  test('an old id\'s page sends the reader on without JavaScript (its meta refresh)', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await serveFixture(page);
    await page.goto(`/en/events/${FIXTURE_ID}/`);
    await page.waitForURL(`**/events/${event.id}/`);
    expect(page.url()).not.toContain('/en/');
    await expect(page.locator('h1').first()).toContainText(event.title.en);
    await context.close();
  });
});
