import path from 'node:path';
import { expect, test } from './support/fixtures';

/**
 * The real pages at a desktop and a phone size: everything important visible, no horizontal
 * scrolling, no console errors, no other hosts. Screenshots are saved for a person to look at
 * (test-results/screenshots/).
 */
const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 667 },
];
const pages = [
  { name: 'home', url: '/' },
  { name: 'selected', url: '/?event=gas-war-2003' },
  { name: 'event-page', url: '/events/tolata-massacre/' },
];

for (const size of sizes) {
  test.describe(`${size.name} ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.name === 'phone' });

    for (const p of pages) {
      test(`${p.name} lays out without horizontal scrolling or layout shift`, async ({ page }) => {
        // Layout shifts as the Cumulative Layout Shift metric counts them: none caused by input.
        await page.addInitScript(() => {
          const w = window as unknown as { layoutShift: number };
          w.layoutShift = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.layoutShift += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(p.url);
        await expect(page.locator('.focus-view')).toBeVisible();
        await expect(page.locator('.leaflet-container')).toBeVisible();
        await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        // The explorer replacing the server-rendered page, then the map loading, moves nothing.
        await page.waitForTimeout(500);
        const shift = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
        expect(shift, 'cumulative layout shift while the page starts').toBeLessThan(0.02);
        await page.screenshot({ path: path.join(test.info().project.outputDir, 'screenshots', `${size.name}-${p.name}.png`) });
      });
    }

    if (size.name === 'desktop') {
      test('timeline, map and detail are all visible without scrolling', async ({ page }) => {
        await page.goto('/?event=water-war');
        for (const selector of ['.focus-view', '.overview', '.leaflet-container', 'aside.detail .event-title']) {
          const box = (await page.locator(selector).boundingBox())!;
          expect(box.y + Math.min(box.height, 40), selector).toBeLessThanOrEqual(800);
          expect(box.y, selector).toBeGreaterThanOrEqual(0);
        }
      });
    } else {
      test('touch: tapping an event opens it', async ({ page }) => {
        await page.goto('/');
        const item = page.locator('.focus-view g.item').first();
        const id = (await item.getAttribute('data-event'))!;
        await item.locator('.mark').tap();
        await expect(page.locator('aside.detail')).toHaveAttribute('data-selected', id);
      });
    }
  });
}
