import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures';

/**
 * The site built with BASE_PATH=/bolivia (npm run build:subpath → out-subpath/) and served
 * under that sub-path by a plain static server: every page, asset, data file, map file and the
 * embed script must resolve there, with no 404 and no console error.
 */
// One server on one port (the build's SITE_URL names it), so this file's tests run in order in
// one worker: with fullyParallel, two workers each started a server on 4175, and the first to
// finish killed the one both were using (a CI run failed with ERR_CONNECTION_REFUSED).
test.describe.configure({ mode: 'default' });

const PORT = 4175;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIR = path.join(__dirname, '..', 'out-subpath');
let server: ChildProcess;

test.beforeAll(async () => {
  if (!existsSync(DIR)) throw new Error('out-subpath/ is missing: run `npm run build:subpath` first (npm test does).');
  server = spawn(process.execPath, ['scripts/serve.mjs', DIR, '--port', String(PORT), '--base', '/bolivia'], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${ORIGIN}/bolivia/`)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the sub-path server did not start');
});
test.afterAll(() => { server?.kill(); });

test.beforeEach(({ watch }) => watch.allowOrigin(ORIGIN));

const pages = ['/bolivia/', '/bolivia/es/', '/bolivia/events/water-war/', '/bolivia/es/events/tolata-massacre/', '/bolivia/embed/?view=both', '/bolivia/?view=list&place=cochabamba-department'];

for (const url of pages) {
  test(`${url} loads everything under the sub-path`, async ({ page }) => {
    const missing: string[] = [];
    page.on('response', (r) => { if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`); });
    await page.goto(`${ORIGIN}${url}`);
    await expect(page.locator('.explorer, .embed').first()).toBeVisible();
    if (!url.includes('view=list')) await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
    await page.waitForLoadState('networkidle');
    expect(missing).toEqual([]);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) expect(href, 'internal links keep the sub-path').toMatch(/^\/bolivia\//);
  });
}

test('hreflang alternates are absolute, once each, and resolve (SITE_URL already has the sub-path)', async ({ page, request }) => {
  for (const url of ['/bolivia/', '/bolivia/es/events/tolata-massacre/', '/bolivia/embed/']) {
    await page.goto(`${ORIGIN}${url}`);
    const links = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
    expect(links.map(([lang]) => lang).sort(), url).toEqual(['en', 'es', 'x-default']);
    for (const [, href] of links) {
      expect(href, url).toMatch(new RegExp(`^${ORIGIN}/bolivia/(?!bolivia/)`));
      expect((await request.get(href!)).status(), href!).toBe(200);
    }
  }
});

test('downloads, the embed script and a real 404 resolve under the sub-path', async ({ page, request, watch }) => {
  watch.allowErrors(/status of 404/); // the 404 page is asked for on purpose
  for (const file of ['dataset.json', 'events.csv', 'events.geojson', 'bibliography.bib', 'bibliography.ris', 'bibliography.json', 'timelinejs.json', 'bolivia-departments.geojson']) {
    expect((await request.get(`${ORIGIN}/bolivia/data/${file}`)).status(), file).toBe(200);
  }
  expect((await request.get(`${ORIGIN}/bolivia/embed.js`)).status()).toBe(200);
  const response = await page.goto(`${ORIGIN}/bolivia/no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('a', { hasText: 'Go to the timeline and map' })).toHaveAttribute('href', '/bolivia/');
});

test('the embed dialog’s snippet carries the sub-path', async ({ page }) => {
  await page.goto(`${ORIGIN}/bolivia/?event=water-war`);
  await page.locator('.embed-button').click();
  const snippet = await page.locator('textarea[data-snippet]').inputValue();
  expect(snippet).toContain(`${ORIGIN}/bolivia/embed/?event=water-war`);
  expect(snippet).toContain(`${ORIGIN}/bolivia/embed.js`);
});

// This build sets DATASET_INLINE_LIMIT=0: its pages do not carry the dataset. The explorer fetches
// it as a large dataset does: the index and events first, then the events' texts
// (lib/dataset/explorerFiles).
const INDEX = '/data/explorer-index.json';
const EVENTS = '/data/explorer-events-0.json';
const TEXT = '/data/explorer-text.json';

test('the explorer fetches its files, each once, when the page does not carry the dataset', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => { if (/\/data\/(explorer-|dataset)/.test(r.url())) fetched.push(r.url()); });
  await page.goto(`${ORIGIN}/bolivia/?place=cochabamba-department&event=water-war`);
  await expect(page.locator('aside.detail')).toHaveAttribute('data-selected', 'water-war');
  await expect(page.locator('.explorer')).toHaveAttribute('data-count', /^[1-9]\d*$/);
  // An open event shows its summary at once: this view waited for the texts.
  await expect(page.locator('aside.detail .event-summary')).not.toHaveText('');
  await expect(page.locator('aside.detail .text-pending')).toHaveCount(0);
  expect(fetched.sort()).toEqual([`${ORIGIN}/bolivia${EVENTS}`, `${ORIGIN}/bolivia${INDEX}`, `${ORIGIN}/bolivia${TEXT}`]);
  // The server-rendered list gave way to the explorer.
  await expect(page.locator('.server-view')).toBeHidden();
});

test('a search for words only in a summary finds the event, also when the texts come late', async ({ page }) => {
  // Hold the texts back until the explorer is on screen, then let them through.
  let release!: () => void;
  const held = new Promise<void>((r) => { release = r; });
  await page.route(`**${TEXT}`, async (route) => { await held; await route.continue(); });
  await page.goto(`${ORIGIN}/bolivia/`);
  await expect(page.locator('.explorer')).toHaveAttribute('data-count', /^[1-9]\d*$/);
  // "subsidiary" is only in the summary of "Aguas del Tunari contract cancelled".
  await page.getByRole('searchbox').fill('subsidiary');
  await expect(page.locator('.result-count')).toContainText('summaries still loading');
  await expect(page.locator('.explorer')).toHaveAttribute('data-count', '0');
  release();
  await expect(page.locator('.result-count')).not.toContainText('summaries still loading');
  await expect(page.locator('.explorer')).toHaveAttribute('data-count', '1');
  await page.locator('.view-switch button', { hasText: /list/i }).click();
  await expect(page.locator('.list-view article')).toHaveCount(1);
  await expect(page.locator('.list-view .event-summary mark')).toHaveText(/subsidiary/i);
  await expect(page.locator('.list-view .text-pending')).toHaveCount(0);
});

test('when the dataset cannot be fetched, the page says so and keeps its list and links to the data', async ({ page, watch }) => {
  watch.allowErrors(/Failed to load resource|ERR_FAILED|net::/);
  await page.route(`**${EVENTS}`, (route) => route.abort('internetdisconnected'));
  await page.goto(`${ORIGIN}/bolivia/`);
  await expect(page.locator('.dataset-error[role="alert"]')).toContainText('The events could not be loaded');
  await expect(page.locator('.server-view .event-list')).toBeVisible();
  await expect(page.locator('footer a[href$="/data/dataset.json"]').first()).toBeVisible();
});

test('when only the texts cannot be fetched, the explorer works and says what is missing', async ({ page, watch }) => {
  watch.allowErrors(/Failed to load resource|ERR_FAILED|net::/);
  await page.route(`**${TEXT}`, (route) => route.abort('internetdisconnected'));
  await page.goto(`${ORIGIN}/bolivia/`);
  await expect(page.locator('.text-failed[role="alert"]')).toContainText('summaries could not be loaded');
  await expect(page.locator('.focus-view g.item').first()).toBeVisible();
  await page.locator('.focus-view g.item').first().click();
  await expect(page.locator('aside.detail .text-pending')).toBeVisible();
});
