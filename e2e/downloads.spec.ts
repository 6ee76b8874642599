import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';

test('downloads hold exactly the events of the current view', async ({ page }) => {
  await page.goto('/?place=cochabamba-department');
  const count = Number(await page.locator('.explorer').getAttribute('data-count'));
  await page.locator('.toolbar .downloads summary').click();

  const csv = page.waitForEvent('download');
  await page.locator('.toolbar .downloads button[data-format="csv"]').click();
  const csvText = readFileSync(await (await csv).path(), 'utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  expect(csvText).toContain('water-war');
  expect(csvText).not.toContain('gas-war-2003');

  const json = page.waitForEvent('download');
  await page.locator('.toolbar .downloads button[data-format="json"]').click();
  const doc = JSON.parse(readFileSync(await (await json).path(), 'utf8')) as { events: { id: string }[] };
  expect(doc.events).toHaveLength(count);

  const geo = page.waitForEvent('download');
  await page.locator('.toolbar .downloads button[data-format="geojson"]').click();
  const fc = JSON.parse(readFileSync(await (await geo).path(), 'utf8')) as { type: string; features: unknown[] };
  expect(fc.type).toBe('FeatureCollection');
  expect(fc.features.length).toBeGreaterThanOrEqual(count);
});

test('an event’s bibliography downloads from the detail panel', async ({ page }) => {
  await page.goto('/?event=water-war');
  await page.locator('aside.detail .downloads summary').click();
  const bib = page.waitForEvent('download');
  await page.locator('aside.detail .downloads button[data-format="bibtex"]').click();
  const text = readFileSync(await (await bib).path(), 'utf8');
  expect(text).toMatch(/@article\{postero-2007-andean-utopias,/);
});

test('the TimelineJS download of the whole dataset is the published file, loose dates in the same words', async ({ page }) => {
  // The browser writes it from the dates in words the page carries; the build, with date-fns.
  await page.goto('/');
  await page.locator('.toolbar .downloads summary').click();
  const download = page.waitForEvent('download');
  await page.locator('.toolbar .downloads button[data-format="timelinejs"]').click();
  const fromPage = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { events: { display_date?: string }[] };
  const published = await (await page.request.get('/data/timelinejs.json')).json();
  expect(fromPage.events.filter((e) => e.display_date).length).toBeGreaterThan(0);
  expect(fromPage).toEqual(published);
});
