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

/**
 * The map's code, known by what it contains whatever its hashed file name: Leaflet's JS stamps
 * every object it tracks with `_leaflet_id`, and the map's stylesheet lays out `.leaflet-pane`
 * (the site's own CSS styles the map's frame, never Leaflet's panes).
 */
const isMapCode = (type: string, body: string) => (type === 'script' ? body.includes('_leaflet_id') : body.includes('.leaflet-pane'));

for (const [route, limit] of Object.entries(budget.routes)) {
  const forbidsMap = budget.mapChunkForbidden.includes(route);
  test(`${route} loads at most ${(limit / 1024).toFixed(0)} KB of JS + CSS (gzip)${forbidsMap ? ', and none of the map\'s code' : ''}`, async ({ page }) => {
    const assets = new Map<string, { bytes: number; map: boolean }>();
    const unread: string[] = [];
    const bodies: Promise<void>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type !== 'script' && type !== 'stylesheet') return;
      bodies.push(response.body().then(
        (body) => { assets.set(response.url(), { bytes: gzipSync(body, { level: 9 }).length, map: isMapCode(type, body.toString('utf8')) }); },
        (error: Error) => { unread.push(`${response.url()}: ${error.message}`); },
      ));
    });
    await page.goto(route);
    await expect(page.locator('.focus-view, .list-view, .leaflet-container').first()).toBeVisible();
    if (route.includes('view=both') || !route.includes('/embed/')) await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
    await page.waitForLoadState('networkidle');
    await Promise.all(bodies);
    // A body that cannot be read would be bytes left out of the count.
    expect(unread, 'every script and stylesheet is counted').toEqual([]);
    const total = [...assets.values()].reduce((a, b) => a + b.bytes, 0);
    const mapFiles = [...assets].filter(([, a]) => a.map).map(([url]) => url);
    const mapLoaded = await page.evaluate(() => !!document.querySelector('.leaflet-container'));
    console.log(`${route}: ${(total / 1024).toFixed(1)} KB gzip in ${assets.size} files (map ${mapLoaded ? 'loaded' : 'not loaded'}, ${mapFiles.length} map files)`);
    expect(total, `${route} loads ${(total / 1024).toFixed(1)} KB of JS + CSS (gzip); the budget in budget.json is ${(limit / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(limit);
    if (forbidsMap) {
      expect(mapLoaded, `${route} must not show the map`).toBe(false);
      expect(mapFiles, `${route} must not load the map's code`).toEqual([]);
    } else if (mapLoaded) {
      // The test can see the map's code where it is loaded, so its absence above means something.
      expect(mapFiles.length, `${route} shows the map; its code is recognised`).toBeGreaterThan(0);
    }
  });
}
