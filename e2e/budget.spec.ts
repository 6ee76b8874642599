import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/fixtures';

/**
 * Bytes are stable, so budgets are a test: the JS + CSS (gzip) that each route loads in a real
 * browser, including chunks loaded after start (the map, the parts loaded when idle), against
 * budget.json; and, of it, what the page's HTML asks for itself (what loads before a reader can
 * first act), against `start`.
 */
const budget = JSON.parse(readFileSync(path.join(__dirname, '..', 'budget.json'), 'utf8')) as {
  routes: Record<string, number>;
  start: Record<string, number>;
  mapChunkForbidden: string[];
};

/**
 * The map's code, known by what it contains whatever its hashed file name: Leaflet's JS stamps
 * every object it tracks with `_leaflet_id`, and the map's stylesheet lays out `.leaflet-pane`
 * (the site's own CSS styles the map's frame, never Leaflet's panes).
 */
const isMapCode = (type: string, body: string) => (type === 'script' ? body.includes('_leaflet_id') : body.includes('.leaflet-pane'));

/**
 * date-fns, known by strings only its code contains: `format`'s error for an unescaped letter in
 * a pattern, and the long date patterns of its en-GB and es locales. The pages get their dates in
 * words written at build time (lib/dates/eventDates, the axis's month names from the route), so
 * no route loads a date formatter and its locales (~7 KB gzip with their parsing tables).
 */
const DATE_FNS_SIGNATURES = ['unescaped latin alphabet character', 'EEEE, d MMMM yyyy', "EEEE, d 'de' MMMM 'de' y"];
const isDateFns = (type: string, body: string) => type === 'script' && DATE_FNS_SIGNATURES.some((s) => body.includes(s));

/**
 * A name for a chunk in the printed breakdown, from a string only that code contains (file names
 * are hashes). The first that matches wins; unknown chunks print as their file name alone.
 */
const SIGNATURES: [string, string][] = [
  ['_leaflet_id', 'leaflet + map'],
  ['unescaped latin alphabet character', 'date-fns'],
  ['.leaflet-pane', 'leaflet css'],
  ['__next_f', 'react-dom + next runtime'],
  ['embed-dialog', 'embed dialog'],
  ['facet-none-note', 'facet panel'],
  ['empty-result', 'empty result'],
  ['focus-view', 'explorer + timeline'],
  ['detail-actions', 'detail and list panels'],
  ['readInOther', 'messages'],
  ['next-router', 'next router'],
  ['.site-header', 'site css'],
];
const nameOf = (body: string) => SIGNATURES.find(([s]) => body.includes(s))?.[1] ?? '';

interface Asset { bytes: number; map: boolean; dateFns: boolean; start: boolean; name: string }

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const [route, limit] of Object.entries(budget.routes)) {
  const forbidsMap = budget.mapChunkForbidden.includes(route);
  const startLimit = budget.start[route];
  const title = `${route} loads at most ${(limit / 1024).toFixed(0)} KB of JS + CSS (gzip)`
    + `${startLimit ? `, ${(startLimit / 1024).toFixed(0)} KB before the first interaction` : ''}${forbidsMap ? ', and none of the map\'s code' : ''}`;
  test(title, async ({ page }) => {
    const assets = new Map<string, Asset>();
    const unread: string[] = [];
    const bodies: Promise<void>[] = [];
    let html = '';
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'document' && response.frame() === page.mainFrame()) bodies.push(response.text().then((t) => { html = t; }, () => {}));
      if (type !== 'script' && type !== 'stylesheet') return;
      bodies.push(response.body().then(
        (body) => {
          const text = body.toString('utf8');
          const file = new URL(response.url()).pathname;
          // `start`: the page's HTML names it (its loader or a stylesheet link); the rest comes from import().
          assets.set(file, { bytes: gzipSync(body, { level: 9 }).length, map: isMapCode(type, text), dateFns: isDateFns(type, text), start: false, name: nameOf(text) });
        },
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
    expect(html, 'the page\'s HTML was read').not.toBe('');
    // The page's language is imported, but the explorer waits for it before its first render; so
    // it does for the detail and list panels where the address opens on an event or the list.
    const awaited = ['messages', ...(/[?&](event=|view=list)/.test(route) ? ['detail and list panels'] : [])];
    for (const [file, a] of assets) a.start = html.includes(file) || awaited.includes(a.name);
    const sum = (list: Asset[]) => list.reduce((a, b) => a + b.bytes, 0);
    const all = [...assets.values()];
    const total = sum(all);
    const start = sum(all.filter((a) => a.start));
    const mapFiles = [...assets].filter(([, a]) => a.map).map(([file]) => file);
    const mapLoaded = await page.evaluate(() => !!document.querySelector('.leaflet-container'));
    const lines = [...assets].sort(([, a], [, b]) => Number(b.start) - Number(a.start) || b.bytes - a.bytes)
      .map(([file, a]) => `  ${a.start ? 'start    ' : a.map ? 'map      ' : 'on demand'} ${kb(a.bytes).padStart(9)}  ${path.basename(file)} ${a.name}`);
    console.log(`${route}: ${kb(total)} gzip in ${assets.size} files, of which ${kb(start)} before the first interaction,`
      + ` ${kb(sum(all.filter((a) => a.map)))} the map (${mapLoaded ? 'loaded' : 'not loaded'}), ${kb(sum(all.filter((a) => !a.start && !a.map)))} other parts on demand\n${lines.join('\n')}`);
    expect(total, `${route} loads ${kb(total)} of JS + CSS (gzip); the budget in budget.json is ${kb(limit)}`).toBeLessThanOrEqual(limit);
    // The map is never code the page asks for before a reader acts: it is imported.
    expect(all.filter((a) => a.map && a.start), 'the map\'s code is not loaded by the page\'s HTML').toEqual([]);
    expect([...assets].filter(([, a]) => a.dateFns).map(([file]) => file), `${route} loads no date-fns (dates come in words)`).toEqual([]);
    if (startLimit) expect(start, `${route} loads ${kb(start)} before the first interaction; the budget in budget.json is ${kb(startLimit)}`).toBeLessThanOrEqual(startLimit);
    if (forbidsMap) {
      expect(mapLoaded, `${route} must not show the map`).toBe(false);
      expect(mapFiles, `${route} must not load the map's code`).toEqual([]);
    } else if (mapLoaded) {
      // The test can see the map's code where it is loaded, so its absence above means something.
      expect(mapFiles.length, `${route} shows the map; its code is recognised`).toBeGreaterThan(0);
    }
  });
}
