import { expect, test } from './support/fixtures';
import { boxes, overlap, overlappingPairs } from './support/geometry';
import type { Page } from '@playwright/test';

/**
 * The first view, with no parameters: the events the tagline and the design name show by name
 * on the broken axis, and the map names its places, departments, neighbours and the lake.
 */
const LANDMARKS = ['katari-sisa-uprising', 'state-of-1952', 'military-peasant-pact', 'tolata-massacre', 'el-alto-growth', 'water-war', 'gas-war-2003', 'gas-war-2005'];
const WAVE = ['water-war', 'gas-war-2003', 'gas-war-2005'];

async function expectNamedAndApart(page: Page, ids: string[]) {
  await expect(page.locator('.focus-view .item').first()).toBeVisible();
  const canvas = (await page.locator('.focus-view').boundingBox())!;
  for (const id of ids) {
    // Placed in a lane (a folded event has no item), its label on screen with room for text.
    const label = page.locator(`.focus-view .item[data-event="${id}"] .item-label`);
    await expect(label, `${id} is folded into a cluster`).toHaveCount(1);
    const box = (await label.boundingBox())!;
    // Starts on screen, with room for its first words before the edge (CSS ends a long one with "…").
    expect(box.x >= canvas.x && box.y >= canvas.y && box.y + box.height <= canvas.y + canvas.height, `${id}'s label is off screen`).toBe(true);
    expect(Math.min(box.x + box.width, canvas.x + canvas.width) - box.x, `${id}'s label has no room`).toBeGreaterThan(60);
  }
  const all = await boxes(page.locator('.focus-view .item-label'));
  expect(overlappingPairs(all)).toEqual([]);
}

test.describe('the opening timeline', () => {
  test('at 1280×800 every landmark shows by name, nothing overlaps, and the break is drawn', async ({ page }) => {
    await page.goto('/');
    await expectNamedAndApart(page, LANDMARKS);
    // Each gap (1790–1860 and 1880–1950, either side of the First International): two zig-zag
    // edges, with a tick on each side and none between them.
    const gaps = page.locator('.focus-view .axis-break');
    await expect(gaps).toHaveCount(2);
    const ticks = await page.locator('.focus-view .axis .tick-label').evaluateAll((els) => els.map((el) => ({ text: el.textContent, x: el.getBoundingClientRect().x })));
    for (const gap of await gaps.all()) {
      const edges = await boxes(gap.locator('path'));
      expect(edges).toHaveLength(2);
      expect(ticks.some((t) => t.x < edges[0]!.x)).toBe(true);
      expect(ticks.some((t) => t.x > edges[1]!.x)).toBe(true);
      expect(ticks.filter((t) => t.x > edges[0]!.x + edges[0]!.width && t.x + 20 < edges[1]!.x)).toEqual([]);
    }
    expect(ticks.map((t) => t.text)).toEqual(expect.arrayContaining(['1790', '1860', '1880', '1950']));
  });

  test('in Spanish too', async ({ page }) => {
    await page.goto('/es/');
    await expectNamedAndApart(page, LANDMARKS);
  });

  test('zooming in and out again comes back to the opening window', async ({ page }) => {
    await page.goto('/');
    const before = await page.locator('.years-shown').textContent();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect(page.locator('.years-shown')).not.toHaveText(before!);
    await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
    await expect(page.locator('.years-shown')).toHaveText(before!);
    await expect(page).not.toHaveURL(/[?&]t=/);
  });
});

test.describe('the opening timeline on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true });
  test('the 2000–2005 wave shows by name, and nothing overlaps', async ({ page }) => {
    await page.goto('/');
    await expectNamedAndApart(page, WAVE);
  });
});

async function mapLabels(page: Page) {
  await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
  await expect(page.locator('.map-label').first()).toBeVisible();
  const texts = await page.locator('.map-label').allTextContents();
  const labelBoxes = await boxes(page.locator('.map-label'));
  const markers = await boxes(page.locator('.leaflet-marker-icon.place-pin:not(.empty):not(.offscreen)'));
  expect(overlappingPairs(labelBoxes), `overlapping labels among ${texts.join(', ')}`).toEqual([]);
  for (const [i, l] of labelBoxes.entries()) {
    for (const m of markers) expect(overlap(l, m), `${texts[i]} covers a marker`).toBe(false);
  }
  // A picture of the map: the markers already name the places.
  await expect(page.locator('.map-labels')).toHaveAttribute('aria-hidden', 'true');
  return texts;
}

for (const size of [{ width: 1280, height: 800 }, { width: 375, height: 667 }]) {
  test.describe(`the map with names at ${size.width} px`, () => {
    test.use({ viewport: size });
    test('names places, departments, the lake and neighbours in English, apart from each other and the markers', async ({ page }) => {
      await page.goto('/');
      const texts = await mapLabels(page);
      expect(texts).toEqual(expect.arrayContaining(['Cochabamba', 'Tolata', 'Brazil', 'Paraguay']));
      expect(texts).not.toContain('Brasil');
      // The marker keeps its own name.
      await expect(page.locator('.place-pin[data-place="cochabamba"]')).toHaveAttribute('aria-label', /Cochabamba/);
    });
    test('in Spanish', async ({ page }) => {
      await page.goto('/es/');
      const texts = await mapLabels(page);
      expect(texts).toEqual(expect.arrayContaining(['Cochabamba', 'Tolata', 'Brasil', 'Paraguay']));
      expect(texts).not.toContain('Brazil');
    });
  });
}

test('zoomed in, the map names what now has room, still apart', async ({ page }) => {
  await page.goto('/');
  const before = await mapLabels(page);
  await page.getByRole('button', { name: 'Zoom the map in' }).click();
  await expect.poll(async () => (await page.locator('.map-label').allTextContents()).join()).not.toBe(before.join());
  await mapLabels(page);
});
