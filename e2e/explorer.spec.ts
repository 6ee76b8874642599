import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { boxes, overlappingPairs } from './support/geometry';

const dataset = JSON.parse(readFileSync(path.join(__dirname, '..', 'out', 'data', 'dataset.json'), 'utf8')) as {
  events: { id: string; title: { en: string }; footnotes: number[]; places: string[]; themes: string[] }[];
  themes: { id: string }[];
  footnotes: { number: number; text: string }[];
};
const byId = new Map(dataset.events.map((e) => [e.id, e]));
const footnoteText = (n: number) => dataset.footnotes.find((f) => f.number === n)!.text;
/** Where Leaflet put a marker: its translate3d, in the map pane's pixels. */
async function xyOf(marker: Locator): Promise<{ x: number; y: number }> {
  const [x, y] = (await marker.evaluate((el) => el.style.transform)).match(/-?[\d.]+(?=px)/g)!.map(Number);
  return { x: x!, y: y! };
}

test.describe('the explorer', () => {
  test('clicking a timeline item opens its footnotes and highlights its place on the map', async ({ page }) => {
    await page.goto('/');
    const item = page.locator('.focus-view [data-event="tolata-massacre"]');
    await item.click();
    await expect(page).toHaveURL(/[?&]event=tolata-massacre/);
    const detail = page.locator('aside.detail');
    await expect(detail.locator('.event-title')).toHaveText(byId.get('tolata-massacre')!.title.en);
    await expect(detail.locator('li.footnote[data-footnote="27"]')).toContainText(footnoteText(27).slice(0, 30));
    await expect(page.locator('.place-pin.selected[data-place="tolata"]')).toBeVisible();
    await expect(item).toHaveAttribute('aria-pressed', 'true');
  });

  test('clicking a marker highlights that place’s events on the timeline', async ({ page }) => {
    await page.goto('/');
    await page.locator('.place-pin[data-place="cochabamba"]').click();
    await expect(page.locator('.active-place')).toBeVisible();
    const highlighted = page.locator('.focus-view .item.highlighted');
    await expect(highlighted.first()).toBeVisible();
    const ids = await highlighted.evaluateAll((els) => els.map((el) => el.getAttribute('data-event')));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(byId.get(id!)!.places).toContain('cochabamba');
    expect(ids).toContain('water-war');
  });

  test('zooming into October 2003 shows month ticks and the Gas War items do not overlap', async ({ page }) => {
    await page.goto('/?t=2003');
    // Wheel-zoom with the pointer over October 2003 on the axis.
    for (let i = 0; i < 12; i++) {
      if ((await page.locator('.focus-view .axis').getAttribute('data-unit')) === 'month') break;
      const box = (await page.locator('.focus-view .tick-label', { hasText: 'Oct 2003' }).boundingBox())!;
      await page.mouse.move(box.x + 10, box.y + 60);
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(50);
    }
    await expect(page.locator('.focus-view .axis')).toHaveAttribute('data-unit', 'month');
    await expect(page.locator('.focus-view .tick-label').filter({ hasText: /Oct 2003/ })).toHaveCount(1);
    for (const id of ['gas-war-2003', 'sanchez-de-lozada-flees', 'quispe-gas-war-mobilising']) {
      await expect(page.locator(`.focus-view [data-event="${id}"]`)).toBeVisible();
    }
    const items = page.locator('.focus-view g.item');
    expect(overlappingPairs(await boxes(items))).toEqual([]);
    const labels = page.locator('.focus-view .tick-label');
    expect(overlappingPairs(await boxes(labels))).toEqual([]);
    await expect(page).toHaveURL(/[?&]t=2003(&|$)/);
  });

  test('a deep link opens its event, and back/forward step through selections', async ({ page }) => {
    await page.goto('/?event=water-war');
    await expect(page.locator('aside.detail .event-title')).toHaveText(byId.get('water-war')!.title.en);
    await page.locator('.focus-view [data-event="tolata-massacre"]').click();
    await expect(page.locator('aside.detail .event-title')).toHaveText(byId.get('tolata-massacre')!.title.en);
    await page.getByRole('button', { name: 'Next event' }).click();
    const third = await page.locator('aside.detail').getAttribute('data-selected');
    expect(third).not.toBe('tolata-massacre');
    // The address follows the view when the page is next idle: Back steps through addresses.
    await expect(page).toHaveURL(new RegExp(`[?&]event=${third}(&|$)`));
    await page.goBack();
    await expect(page.locator('aside.detail')).toHaveAttribute('data-selected', 'tolata-massacre');
    await page.goBack();
    await expect(page.locator('aside.detail')).toHaveAttribute('data-selected', 'water-war');
    await page.goForward();
    await expect(page.locator('aside.detail')).toHaveAttribute('data-selected', 'tolata-massacre');
    // The rest of the page follows selections made in it: the language link keeps the view.
    await expect(page.locator('a.language-switch')).toHaveAttribute('href', '/es/?event=tolata-massacre');
  });

  test('an event page works without JavaScript and opens the explorer with it', async ({ browser, baseURL, page }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const noJs = await context.newPage();
    await noJs.goto('/events/gas-war-2003/');
    await expect(noJs.locator('h2.event-title')).toHaveText(byId.get('gas-war-2003')!.title.en);
    await expect(noJs.locator('li.footnote[data-footnote="8"]')).toContainText(footnoteText(8).slice(0, 30));
    expect(await noJs.locator('meta[property="og:title"]').getAttribute('content')).toContain(byId.get('gas-war-2003')!.title.en);
    // This build has no SITE_URL: no oEmbed files and no discovery link, rather than files that
    // name a development address (lib/embed/embed.test.ts checks the files a SITE_URL build writes).
    await expect(noJs.locator('link[type="application/json+oembed"]')).toHaveCount(0);
    expect((await noJs.request.get('/oembed/events/gas-war-2003.json')).status()).toBe(404);
    expect((await noJs.request.get('/oembed/home.json')).status()).toBe(404);
    await context.close();

    await page.goto('/events/gas-war-2003/');
    await expect(page.locator('aside.detail')).toHaveAttribute('data-selected', 'gas-war-2003');
  });

  test('previous and next follow time order, by button and by arrow key', async ({ page }) => {
    await page.goto('/?event=tolata-massacre');
    const detail = page.locator('aside.detail');
    await detail.locator('.event-title').focus();
    await page.keyboard.press('ArrowRight');
    await expect(detail).not.toHaveAttribute('data-selected', 'tolata-massacre');
    await detail.locator('.event-title').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(detail).toHaveAttribute('data-selected', 'tolata-massacre');
  });

  test('a marker keeps its element, and keyboard focus, while its count changes', async ({ page }) => {
    // A theme that leaves Cochabamba some of its events, but not all.
    const atCochabamba = dataset.events.filter((e) => e.places.includes('cochabamba'));
    const theme = dataset.themes.map((t) => t.id).find((id) => {
      const n = atCochabamba.filter((e) => e.themes.includes(id)).length;
      return n > 0 && n < atCochabamba.length;
    })!;
    const expected = atCochabamba.filter((e) => e.themes.includes(theme)).length;
    await page.goto('/');
    await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const pin = page.locator('.leaflet-marker-icon[data-place="cochabamba"]');
    await expect(pin.locator('.pin-count')).toHaveText(String(atCochabamba.length));
    await pin.evaluate((el) => { (el as HTMLElement & { probe?: boolean }).probe = true; (el as HTMLElement).focus(); });
    // Clicked from script, so that focus stays on the marker while the filter changes its count.
    await page.locator(`input[data-facet="theme"][data-value="${theme}"]`).evaluate((el) => (el as HTMLInputElement).click());
    await expect(page).toHaveURL(new RegExp(`theme=${theme}`));
    await expect(pin.locator('.pin-count')).toHaveText(String(expected));
    await expect(pin).toHaveAttribute('aria-label', new RegExp(`\\b${expected}\\b`));
    expect(await pin.evaluate((el) => (el as HTMLElement & { probe?: boolean }).probe === true && document.activeElement === el)).toBe(true);
  });

  test('a place a filter empties keeps its marker, hidden and out of reach, and shows it again', async ({ page }) => {
    // El Alto (La Paz) has events, and none of them is in Cochabamba's department as well.
    const atElAlto = dataset.events.filter((e) => e.places.includes('el-alto'));
    expect(atElAlto.length).toBeGreaterThan(0);
    expect(atElAlto.some((e) => e.places.includes('cochabamba'))).toBe(false);
    await page.goto('/');
    await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
    const pin = page.locator('.leaflet-marker-icon[data-place="el-alto"]');
    await expect(pin).toBeVisible();
    await pin.evaluate((el) => { (el as HTMLElement & { probe?: boolean }).probe = true; });
    // Where it is drawn: spread apart from La Paz, a few kilometres away.
    const shownAt = await pin.evaluate((el) => el.style.transform);
    const laPaz = page.locator('.leaflet-marker-icon[data-place="la-paz"]');
    const apart = async () => {
      const [a, b] = [await xyOf(pin), await xyOf(laPaz)];
      return { dx: a.x - b.x, dy: a.y - b.y, zoom: Number(await page.locator('.map-frame .map').getAttribute('data-zoom')) };
    };
    const before = await apart();
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const box = page.locator('input[data-facet="place"][data-value="cochabamba-department"]');
    await box.check();
    await expect(page).toHaveURL(/place=cochabamba-department/);
    await expect(pin).toHaveClass(/\bempty\b/);
    await expect(pin).toBeHidden();
    // A hidden marker is not moved (to where it would be with La Paz hidden too): the map fits
    // the filter's places (another zoom), and the two hidden markers stay as far apart as they
    // were drawn, scaled by that zoom.
    await expect(page.locator('.map-frame .map')).not.toHaveAttribute('data-zoom', String(before.zoom));
    const after = await apart();
    const scale = 2 ** (after.zoom - before.zoom);
    // (Leaflet rounds to whole pixels, before and after: the error scales too.)
    expect(Math.abs(after.dx - before.dx * scale) + Math.abs(after.dy - before.dy * scale)).toBeLessThan(2 + 2 * scale);
    expect(Math.hypot(after.dx, after.dy)).toBeGreaterThan(30);
    // Hidden means out of the tab order and out of the accessibility tree too.
    expect(await pin.evaluate((el) => getComputedStyle(el).display)).toBe('none');
    await expect(page.getByRole('button', { name: /^El Alto\b/ })).toHaveCount(0);
    await box.uncheck();
    await expect(pin).toBeVisible();
    await expect(pin).not.toHaveClass(/\bempty\b/);
    expect(await pin.evaluate((el) => (el as HTMLElement & { probe?: boolean }).probe === true)).toBe(true);
    // Back where it was drawn once the map has flown back to all of Bolivia.
    await expect.poll(() => pin.evaluate((el) => el.style.transform)).toBe(shownAt);
  });

  test('the site title, a link to this same page, clears the view; Back brings it again', async ({ page }) => {
    await page.goto('/?place=cochabamba-department&event=water-war');
    const explorer = page.locator('.explorer');
    await expect(page.locator('.detail')).toHaveAttribute('data-selected', 'water-war');
    const filtered = Number(await explorer.getAttribute('data-count'));
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(dataset.events.length);
    await page.locator('.site-title a').click();
    await expect(page).toHaveURL(/\/$/);
    await expect(explorer).toHaveAttribute('data-count', String(dataset.events.length));
    await expect(page.locator('.detail')).not.toHaveAttribute('data-selected', 'water-war');
    await page.goBack();
    await expect(page).toHaveURL(/place=cochabamba-department/);
    await expect(explorer).toHaveAttribute('data-count', String(filtered));
    await expect(page.locator('.detail')).toHaveAttribute('data-selected', 'water-war');
    // The same from a page that opened on no filters and was filtered from its own controls:
    // the router's copy of the address is still "/", the one the title links to.
    await page.goto('/');
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.locator('input[data-facet="place"][data-value="cochabamba-department"]').check();
    await expect(explorer).toHaveAttribute('data-count', String(filtered));
    await page.locator('.site-title a').click();
    await expect(page).toHaveURL(/\/$/);
    await expect(explorer).toHaveAttribute('data-count', String(dataset.events.length));
  });
});
