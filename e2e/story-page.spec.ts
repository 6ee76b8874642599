import { readFileSync } from 'node:fs';
import path from 'node:path';
import { audit } from './support/axe';
import { expect, test } from './support/fixtures';

/** The published dataset is the truth the story page must show. */
const dataset = JSON.parse(readFileSync(path.join(__dirname, '..', 'out', 'data', 'dataset.json'), 'utf8')) as {
  stories: {
    id: string;
    title: { en: string; es: string };
    steps: { title: { en: string; es: string }; footnotes: number[]; quote: { text: string } | null; view: { event?: string }; query: string }[];
  }[];
};
const story = dataset.stories.find((s) => s.id === 'from-katari-to-el-alto')!;

for (const prefix of ['', '/es']) {
  const lang = prefix ? 'es' : 'en';
  const url = `${prefix}/stories/${story.id}/`;

  test.describe(`the story page (${lang})`, () => {
    test('without JavaScript lists every step in order, with its footnotes, quotation and view link', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
      const page = await context.newPage();
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(story.title[lang]);
      const steps = page.locator('li.story-step');
      await expect(steps).toHaveCount(story.steps.length);
      for (const [i, step] of story.steps.entries()) {
        const item = steps.nth(i);
        await expect(item).toHaveAttribute('data-step', String(i + 1));
        await expect(item.locator('h2')).toHaveText(step.title[lang]);
        const shown = await item.locator('li.footnote').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-footnote'))));
        expect(shown, `step ${i + 1} footnotes`).toEqual(step.footnotes);
        if (step.quote) await expect(item.locator('.paper-quote')).toContainText(step.quote.text);
        const href = await item.locator('a[data-step-view]').getAttribute('href');
        expect(href).toBe(step.query ? `${prefix}/?${step.query}` : `${prefix}/`);
        if (step.view.event) expect(href).toContain(`event=${step.view.event}`);
      }
      // Each quotation's footnote mark leads to that footnote, within its own step.
      const mark = steps.first().locator('.paper-quote sup a');
      const target = (await mark.getAttribute('href'))!;
      await expect(steps.first().locator(target)).toHaveCount(1);
      // The link works without JavaScript: the home page's server-rendered list.
      await steps.nth(6).locator('a[data-step-view]').click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/\\?${story.steps[6]!.query.replace(/[.?]/g, '\\$&')}$`));
      await expect(page.locator('article.event-article').first()).toBeVisible();
      await context.close();
    });

    test('a step’s link opens the story at that step in the explorer, its event selected, with no notice', async ({ page }) => {
      await page.goto(url);
      const i = story.steps.findIndex((s) => s.view.event === 'water-war');
      await page.locator(`li.story-step[data-step="${i + 1}"] a[data-step-view]`).click();
      // A full start of the explorer after a navigation: slower than the page loads the other tests wait for.
      await expect(page.locator('aside.story-panel')).toHaveAttribute('data-step', String(i + 1), { timeout: 15_000 });
      await expect(page.locator('.focus-view g.item.selected[data-event="water-war"]')).toHaveCount(1);
      await expect(page.locator('.url-notice')).toHaveCount(0);
    });

    test('the home page links the story from its footer', async ({ page }) => {
      await page.goto(`${prefix}/`);
      const link = page.locator('.site-footer .story-links a');
      await expect(link).toHaveText(story.title[lang]);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${url}$`));
      await expect(page.locator('li.story-step')).toHaveCount(story.steps.length);
    });

    test('prints as a handout: every step and its footnotes, no buttons or view links', async ({ page }) => {
      await page.goto(url);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('li.story-step')).toHaveCount(story.steps.length);
      for (const i of [0, story.steps.length - 1]) await expect(page.locator('li.story-step').nth(i)).toBeVisible();
      await expect(page.locator('li.story-step .works ul').first()).toBeVisible();
      const controls = page.locator('button, [role="button"], .story-step-view a, .story-back a, .site-header nav a');
      expect(await controls.count()).toBeGreaterThan(story.steps.length);
      for (let i = 0; i < await controls.count(); i++) expect(await controls.nth(i).isVisible(), `control ${i} printed`).toBe(false);
      await expect(page.locator('.print-url')).toBeVisible();
      await expect(page.locator('.print-url')).toContainText(`/stories/${story.id}/`);
    });

    test('passes axe (WCAG 2.2 AA)', async ({ page }) => {
      test.slow(); // axe reads every footnote and work of eleven steps: 20–30 s on a busy 2-core machine
      await page.goto(url);
      await audit(page, page.url());
    });
  });
}

test('screenshots of the story page at 1280 and 375 px', async ({ page }) => {
  for (const [name, width, height] of [['desktop', 1280, 800], ['phone', 375, 667]] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(`/stories/${story.id}/`);
    await page.screenshot({ path: path.join(test.info().project.outputDir, 'screenshots', `${name}-story.png`) });
    await page.screenshot({ path: path.join(test.info().project.outputDir, 'screenshots', `${name}-story-full.png`), fullPage: true });
  }
});
