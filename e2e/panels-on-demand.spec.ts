import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * The detail and list panels' code is not in the page's start-up chunks
 * (components/explorer/LazyPanels): it loads when the page is idle, or before the view mounts
 * where the address opens on one of them. The chunk is known by what only it contains.
 */
const isPanelsChunk = (body: string) => body.includes('detail-actions') && !body.includes('focus-view');

/** Holds the panels' chunk back, once asked for, until `until()` settles (a slow network). */
async function holdPanels(page: Page, until: () => Promise<unknown>): Promise<void> {
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (isPanelsChunk(body)) await until();
    await route.fulfill({ response, body });
  });
}
const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Records each moment, after the page is parsed, at which `when` matches and `required` does
 * not, checked after every change to the DOM (before the browser paints it).
 */
async function watchDom(page: Page, when: string, required: string): Promise<void> {
  await page.addInitScript(([whenSel, requiredSel]) => {
    const seen: string[] = [];
    (window as unknown as { __bad: string[] }).__bad = seen;
    document.addEventListener('DOMContentLoaded', () => {
      const check = () => {
        if (document.querySelector(whenSel) && !document.querySelector(requiredSel)) seen.push(`${whenSel} without ${requiredSel}`);
      };
      check();
      new MutationObserver(check).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  }, [when, required] as const);
}
const badMoments = (page: Page) => page.evaluate(() => (window as unknown as { __bad: string[] }).__bad);

test('on the timeline, the panels\' code loads when the page is idle, before any selection', async ({ page }) => {
  const panels = page.waitForResponse(async (r) => r.request().resourceType() === 'script' && isPanelsChunk(await r.text()), { timeout: 10_000 });
  await page.goto('/');
  await expect(page.locator('aside.detail.empty')).toBeVisible();
  await panels;
  await page.locator('.focus-view [data-event="tolata-massacre"]').click();
  await expect(page.locator('aside.detail')).toHaveAttribute('data-selected', 'tolata-massacre');
});

test('an address that opens on an event paints the explorer with the event, never without it', async ({ page }) => {
  await watchDom(page, '.explorer', 'aside.detail[data-selected="water-war"] .event-title');
  await holdPanels(page, () => later(1500));
  await page.goto('/?event=water-war');
  await expect(page.locator('aside.detail .event-title')).toBeVisible();
  await expect(page.locator('.server-view')).toBeHidden();
  expect(await badMoments(page)).toEqual([]);
});

test('the list view keeps the server\'s list on screen until the explorer\'s list replaces it', async ({ page }) => {
  await watchDom(page, 'body', '.server-view .event-list, .list-view .event-list');
  await holdPanels(page, () => later(1500));
  await page.goto('/?view=list');
  await expect(page.locator('.list-view .event-list article').first()).toBeVisible();
  await expect(page.locator('.server-view')).toBeHidden();
  expect(await badMoments(page)).toEqual([]);
});

test('a selection made before the panels\' code is there waits in the panel\'s box, then the event takes focus', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => { release = r; });
  await holdPanels(page, () => held);
  await page.goto('/');
  const detail = page.locator('aside.detail');
  // Until the code arrives, the panel's own empty box stands in for it.
  await expect(detail).toHaveClass(/\bempty\b/);
  await expect(detail).toContainText('Choose an event');
  await page.locator('.focus-view [data-event="tolata-massacre"]').click();
  await expect(detail).toHaveAttribute('aria-busy', 'true');
  await expect(detail).toContainText('Loading');
  release();
  await expect(detail).toHaveAttribute('data-selected', 'tolata-massacre');
  await expect(page.locator(':focus')).toHaveClass(/event-title/);
});
