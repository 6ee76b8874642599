import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/fixtures';

/**
 * Bytes are stable, so budgets are a test: the JS + CSS (gzip) that each route loads in a real
 * browser, including chunks loaded after start (the map), against budget.json.
 */
const budget = JSON.parse(readFileSync(path.join(__dirname, '..', 'budget.json'), 'utf8')) as {
  routes: Record<string, number>;
  mapChunkForbidden: string[];
};

for (const [route, limit] of Object.entries(budget.routes)) {
  test(`${route} loads at most ${(limit / 1024).toFixed(0)} KB of JS + CSS (gzip)`, async ({ page }) => {
    const assets = new Map<string, number>();
    const bodies: Promise<void>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type !== 'script' && type !== 'stylesheet') return;
      bodies.push(response.body().then((body) => { assets.set(response.url(), gzipSync(body, { level: 9 }).length); }).catch(() => {}));
    });
    await page.goto(route);
    await expect(page.locator('.focus-view, .list-view, .leaflet-container').first()).toBeVisible();
    if (route.includes('view=both') || !route.includes('/embed/')) await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
    await page.waitForLoadState('networkidle');
    await Promise.all(bodies);
    const total = [...assets.values()].reduce((a, b) => a + b, 0);
    const mapLoaded = await page.evaluate(() => !!document.querySelector('.leaflet-container'));
    console.log(`${route}: ${(total / 1024).toFixed(1)} KB gzip in ${assets.size} files (map ${mapLoaded ? 'loaded' : 'not loaded'})`);
    expect(total, `${route} loads ${(total / 1024).toFixed(1)} KB of JS + CSS (gzip); the budget in budget.json is ${(limit / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(limit);
    if (budget.mapChunkForbidden.includes(route)) {
      expect(mapLoaded, `${route} must not load the map`).toBe(false);
      expect([...assets.keys()].some((u) => /leaflet/i.test(u))).toBe(false);
    }
  });
}
