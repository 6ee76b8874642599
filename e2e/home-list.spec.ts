import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures';

/** The published dataset is the truth the page must show. */
const dataset = JSON.parse(readFileSync(path.join(__dirname, '..', 'out', 'data', 'dataset.json'), 'utf8')) as {
  events: { id: string; title: { en: string }; footnotes: number[] }[];
  footnotes: { number: number; text: string }[];
};

test.describe('the home page list', () => {
  test('lists every event with its footnotes, server-rendered', async ({ browser, baseURL }) => {
    // No JavaScript: the list must be in the HTML itself.
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/');
    const articles = page.locator('article.event-article');
    await expect(articles).toHaveCount(dataset.events.length);
    for (const event of dataset.events) {
      const article = page.locator(`article[data-event="${event.id}"]`);
      await expect(article.locator('.event-title')).toHaveText(event.title.en);
      const shown = await article.locator('li.footnote').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-footnote'))));
      expect(shown).toEqual(event.footnotes);
    }
    const first = dataset.events[0]!;
    const note = dataset.footnotes.find((f) => f.number === first.footnotes[0])!;
    await expect(page.locator(`article[data-event="${first.id}"] li.footnote`).first()).toContainText(note.text.slice(0, 40));
    await context.close();
  });

  test('loads with no console errors and no other hosts', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('h1')).toBeVisible();
    // The auto fixture asserts console errors and external requests after the test.
  });

  test('a build that does not know its address has no hreflang links (they must be absolute)', async ({ page }) => {
    for (const url of ['/', '/events/water-war/']) {
      await page.goto(url);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('link[hreflang]')).toHaveCount(0);
    }
  });
});
