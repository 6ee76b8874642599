import path from 'node:path';
import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';

/**
 * Fit to what is selected: with a filter and no t=, the timeline's window fits the filter's
 * events and the map their places; a t= always wins; "All years" returns to the whole span, as a
 * history entry. The Cochabamba department's events, in the data: Tolata (1974) and the four of
 * the water committees, 2000 to 2009.
 */
const COCHABAMBA = ['tolata-massacre', 'water-war', 'aguas-del-tunari-cancelled', 'water-committees-built', 'water-committees-today'];
const FEJUVE = ['fejuve-neighbourhood-councils', 'fejuve-leaders-as-stuffing'];
const WHOLE = { from: 1770, to: 2015 };

async function yearsShown(page: Page): Promise<{ from: number; to: number }> {
  const text = (await page.locator('.years-shown').textContent())!;
  const [from, to] = text.split('–').map(Number);
  return { from: from!, to: to ?? from! };
}

/** Every event is an item of its own (none folded into "+N"), its mark and label inside the focus view. */
async function expectAllInside(page: Page, ids: string[]) {
  const canvas = (await page.locator('.focus-view').boundingBox())!;
  await expect(page.locator('.focus-view .item')).toHaveCount(ids.length);
  await expect(page.locator('.focus-view [data-cluster]')).toHaveCount(0);
  for (const id of ids) {
    for (const part of ['.mark', '.item-label']) {
      const box = (await page.locator(`.focus-view .item[data-event="${id}"] ${part}`).first().boundingBox())!;
      expect(box.x >= canvas.x - 0.5 && box.x + box.width <= canvas.x + canvas.width + 0.5, `${id}'s ${part} is outside the window`).toBe(true);
    }
  }
}

async function mapZoom(page: Page): Promise<number> {
  await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
  await expect(page.locator('.map-frame .map')).toHaveAttribute('data-zoom', /\d/);
  return Number(await page.locator('.map-frame .map').getAttribute('data-zoom'));
}

test.describe('fit to what is selected', () => {
  test('a filter to Cochabamba fits the window to its events', async ({ page }) => {
    await page.goto('/?place=cochabamba-department');
    await expect(page.locator('.result-count')).toHaveText(`${COCHABAMBA.length} of 41 events`);
    await expect(page.locator('.fit-note')).toHaveText('fitted to the filtered events');
    const y = await yearsShown(page);
    // Brackets 1974–2009 with a margin, a fraction of the whole 1770–2015.
    expect(y.from).toBeLessThanOrEqual(1974);
    expect(y.from).toBeGreaterThanOrEqual(1960);
    expect(y.to).toBeGreaterThanOrEqual(2009);
    expect(y.to - y.from).toBeLessThan((WHOLE.to - WHOLE.from) / 4);
    await expectAllInside(page, COCHABAMBA);
    // Within one stretch of the broken axis: no break drawn, year ticks on both sides of the events.
    await expect(page.locator('.focus-view .axis-break')).toHaveCount(0);
    const ticks = (await page.locator('.focus-view .axis .tick-label').allTextContents()).map(Number);
    expect(ticks.length).toBeGreaterThan(3);
    const steps = new Set(ticks.slice(1).map((t, i) => t - ticks[i]!));
    expect([...steps], `ticks ${ticks.join(', ')}`).toHaveLength(1);
    expect(ticks[0]!).toBeLessThanOrEqual(1975);
    expect(ticks[ticks.length - 1]!).toBeGreaterThanOrEqual(2009);
    // The fit is not written into the address.
    await expect(page).not.toHaveURL(/[?&]t=/);
  });

  test('movement=fejuve fits its two events of 2005, and the map zooms in on El Alto', async ({ page }) => {
    await page.goto('/');
    const opening = await mapZoom(page);
    await page.goto('/?movement=fejuve');
    const y = await yearsShown(page);
    expect(y.from).toBeLessThanOrEqual(2005);
    expect(y.to).toBeGreaterThanOrEqual(2005);
    expect(y.to - y.from).toBeLessThanOrEqual(3);
    await expectAllInside(page, FEJUVE);
    await expect.poll(() => mapZoom(page)).toBeGreaterThan(opening);
    const map = (await page.locator('.map-frame .map').boundingBox())!;
    const pin = (await page.locator('.place-pin[data-place="el-alto"]').boundingBox())!;
    expect(pin.x > map.x && pin.x + pin.width < map.x + map.width && pin.y > map.y && pin.y + pin.height < map.y + map.height).toBe(true);
  });

  test('a t= in the URL wins over the fit', async ({ page }) => {
    await page.goto('/?t=1950..2015&movement=fejuve');
    await expect(page.locator('.years-shown')).toHaveText('1950–2015');
    await expect(page.locator('.fit-note')).toHaveCount(0);
  });

  test('"All years", from the keyboard alone, returns to the whole span as a history entry; Back fits again', async ({ page }) => {
    await page.goto('/?movement=fejuve');
    await expect(page.locator('.fit-note')).toBeVisible();
    const fitted = await page.locator('.years-shown').textContent();
    const all = page.getByRole('button', { name: 'All years' });
    await expect(all).toHaveAttribute('aria-disabled', 'false');
    for (let i = 0; i < 60 && !(await all.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(all).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]t=1770\.\.2015&movement=fejuve$/);
    await expect(page.locator('.years-shown')).toHaveText('1770–2015');
    await expect(page.locator('.fit-note')).toHaveCount(0);
    // Pressed, it says it is done and keeps the focus.
    await expect(all).toHaveAttribute('aria-disabled', 'true');
    await expect(all).toBeFocused();
    await page.goBack();
    await expect(page).toHaveURL(/\?movement=fejuve$/);
    await expect(page.locator('.years-shown')).toHaveText(fitted!);
    await page.goForward();
    await expect(page.locator('.years-shown')).toHaveText('1770–2015');
  });

  test('clearing the filters returns to the opening window', async ({ page }) => {
    await page.goto('/');
    const opening = await page.locator('.years-shown').textContent();
    await page.goto('/es/?movement=fejuve');
    await expect(page.locator('.fit-note')).toHaveText('ajustado a los acontecimientos filtrados');
    await expect(page.getByRole('button', { name: 'Todos los años' })).toHaveAttribute('aria-disabled', 'false');
    await page.getByRole('button', { name: 'Quitar todos los filtros' }).click();
    await expect(page).not.toHaveURL(/movement=/);
    await expect(page.locator('.years-shown')).toHaveText(opening!);
  });
});

for (const size of [{ name: 'desktop', width: 1280, height: 800 }, { name: 'phone', width: 375, height: 667 }]) {
  test(`screenshots of the fitted view at ${size.width} px`, async ({ page }) => {
    await page.setViewportSize(size);
    for (const [name, query] of [['cochabamba', 'place=cochabamba-department'], ['fejuve', 'movement=fejuve']]) {
      await page.goto(`/?${query}`);
      await mapZoom(page);
      await expect(page.locator('.fit-note')).toBeVisible();
      await page.screenshot({ path: path.join(test.info().project.outputDir, 'screenshots', `fit-${size.name}-${name}.png`), fullPage: true });
    }
  });
}
