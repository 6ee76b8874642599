import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { FeatureCollection, Polygon } from 'geojson';
import { worldPixel } from '../lib/geo/basemapSvg';
import { expect, test } from './support/fixtures';

const dataset = JSON.parse(readFileSync(path.join(__dirname, '..', 'out', 'data', 'dataset.json'), 'utf8')) as {
  events: { id: string; places: string[]; movements: string[]; themes: string[]; start: string; scope: string }[];
  places: { id: string; department?: string; lat: number; lon: number }[];
};
const departments = JSON.parse(readFileSync(path.join(__dirname, '..', 'data', 'geo', 'bolivia-departments.geojson'), 'utf8')) as FeatureCollection;

/** What the list twin shows, what the map counts, what the timeline and the page say. */
async function views(page: Page) {
  const count = Number(await page.locator('.explorer').getAttribute('data-count'));
  // A place with no visible event keeps its marker, hidden (`empty`): only the shown ones count.
  const pins = await page.locator('.place-pin:not(.empty) .pin-count').allTextContents();
  return { count, markerTotal: pins.reduce((n, s) => n + Number(s), 0) };
}

async function listIds(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const ids = await page.locator('.list-view article.event-article').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')!));
  await page.getByRole('button', { name: 'Timeline and map' }).click();
  return ids;
}

test.describe('browse and filter', () => {
  test('each facet changes timeline, map, list and URL consistently', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const cases = [
      { facet: 'place', value: 'el-alto', match: (e: (typeof dataset.events)[number]) => e.places.includes('el-alto') },
      { facet: 'movement', value: 'fejuve', match: (e: (typeof dataset.events)[number]) => e.movements.includes('fejuve') },
      { facet: 'theme', value: 'direct-action', match: (e: (typeof dataset.events)[number]) => e.themes.includes('direct-action') },
      { facet: 'scope', value: 'region', match: (e: (typeof dataset.events)[number]) => e.scope === 'region' },
    ];
    for (const c of cases) {
      const box = page.locator(`input[data-facet="${c.facet}"][data-value="${c.value}"]`);
      const shownCount = Number((await page.locator(`label[for="facet-${c.facet}-${c.value}"] .facet-count`).textContent())!.replace(/\D/g, ''));
      await box.check();
      await expect(page).toHaveURL(new RegExp(`[?&]${c.facet}=${c.value}`));
      const expected = dataset.events.filter(c.match).map((e) => e.id).sort();
      await expect(page.locator('.explorer')).toHaveAttribute('data-count', String(expected.length));
      expect(shownCount).toBe(expected.length);
      const { markerTotal } = await views(page);
      const placeRefs = dataset.events.filter(c.match).reduce((n, e) => n + e.places.length, 0);
      expect(markerTotal).toBe(placeRefs);
      const timelineIds = await page.locator('.focus-view g.item').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')!));
      for (const id of timelineIds) expect(expected).toContain(id);
      expect((await listIds(page)).sort()).toEqual(expected);
      await box.uncheck();
      await expect(page.locator('.explorer')).toHaveAttribute('data-count', String(dataset.events.length));
    }
  });

  test('facet counts show zero values instead of hiding them, and an empty result says why', async ({ page }) => {
    await page.goto('/?t=1780..1790');
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const elAlto = page.locator('label[for="facet-place-el-alto"]');
    await expect(elAlto).toContainText('(0)');
    // Screen readers hear why too: the checkbox is described as giving none; one that gives some is not.
    await expect(page.getByRole('checkbox', { name: /^El Alto/ })).toHaveAccessibleDescription('none with the other filters');
    await expect(page.locator('input[data-facet="place"][data-value="la-paz-department"]')).toHaveAccessibleDescription('');
    // The department and the city of the same name are told apart by name, not only by the indent.
    await expect(page.locator('#facet-place-la-paz-department')).toHaveAccessibleName('La Paz (department) (1)');
    await expect(page.locator('#facet-place-la-paz')).toHaveAccessibleName('La Paz (1)');
    await page.locator('input[data-facet="place"][data-value="el-alto"]').check();
    await expect(page.locator('.empty-result')).toContainText('No event matches');
    await expect(page.locator('.empty-result')).toContainText('El Alto');
    await page.locator('.empty-result').getByRole('button', { name: 'Clear all filters' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('.explorer')).toHaveAttribute('data-count', String(dataset.events.length));
  });

  test('clicking a department on the map filters to it', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
    // Cochabamba department: click a point inside it that no marker covers.
    const map = page.locator('.leaflet-container');
    // Markers sit on top of the polygon's centre, so send the click to the polygon itself.
    await page.locator('path[data-department="BO-C"]').dispatchEvent('click');
    await expect(page).toHaveURL(/place=cochabamba-department/);
    const expected = dataset.events.filter((e) => e.places.some((p) => dataset.places.find((x) => x.id === p)?.department === 'BO-C')).length;
    await expect(page.locator('.explorer')).toHaveAttribute('data-count', String(expected));
    await expect(map).toBeVisible();
    // The chosen department is drawn as chosen, the others are not; choosing it again undoes both.
    const cochabamba = page.locator('path[data-department="BO-C"]');
    const laPaz = page.locator('path[data-department="BO-L"]');
    await expect(cochabamba).toHaveAttribute('stroke', '#7a1f0f');
    await expect(laPaz).toHaveAttribute('stroke', '#6d6a63');
    await cochabamba.dispatchEvent('click');
    await expect(page).not.toHaveURL(/place=/);
    await expect(cochabamba).toHaveAttribute('stroke', '#6d6a63');
    // A link that opens on a department draws it chosen from the start.
    await page.goto('/?place=la-paz-department,cochabamba-department');
    await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
    await expect(laPaz).toHaveAttribute('stroke', '#7a1f0f');
    await expect(cochabamba).toHaveAttribute('stroke', '#7a1f0f');
    await expect(page.locator('path[data-department="BO-P"]')).toHaveAttribute('stroke', '#6d6a63');
  });

  test('the basemap lines up with the markers at every zoom; a department names itself under the pointer and a real click filters to it', async ({ page }) => {
    // Filtered to one city: its marker is the only one, so it sits at its true position (nothing
    // to spread it from). The basemap is projected at build time, the marker by Leaflet.
    const city = dataset.places.find((p) => p.id === 'cochabamba')!;
    const department = departments.features.find((f) => f.properties?.iso_3166_2 === 'BO-C')!;
    const ring = (department.geometry as Polygon).coordinates[0]!.map(([lon, lat]) => worldPixel(lon!, lat!));
    await page.goto('/?place=cochabamba');
    const map = page.locator('.leaflet-container');
    await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
    for (const step of [0, 1, 2, 3]) {
      if (step > 0) {
        const before = await map.getAttribute('data-zoom');
        await page.locator('.map-controls button').first().click();
        await expect(map).not.toHaveAttribute('data-zoom', before!);
      }
      const scale = 2 ** Number(await map.getAttribute('data-zoom'));
      const pin = (await page.locator('.place-pin[data-place="cochabamba"]').boundingBox())!;
      const [cx, cy] = worldPixel(city.lon, city.lat);
      // Where the department's box should be on screen, reckoned from the marker.
      const expected = {
        left: pin.x + pin.width / 2 + (Math.min(...ring.map((p) => p[0])) - cx) * scale,
        right: pin.x + pin.width / 2 + (Math.max(...ring.map((p) => p[0])) - cx) * scale,
        top: pin.y + pin.height / 2 + (Math.min(...ring.map((p) => p[1])) - cy) * scale,
        bottom: pin.y + pin.height / 2 + (Math.max(...ring.map((p) => p[1])) - cy) * scale,
      };
      const drawn = await page.locator('path[data-department="BO-C"]').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      });
      for (const side of ['left', 'right', 'top', 'bottom'] as const) {
        expect(Math.abs(drawn[side] - expected[side]), `zoom ${scale.toFixed(1)}: ${side} ${drawn[side]} vs ${expected[side]}`).toBeLessThan(2);
      }
    }
    await page.goto('/');
    await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
    // A point of the map whose top element is the Pando department (no marker, label or lake on it).
    const box = (await map.boundingBox())!;
    const spot = await page.evaluate(({ x, y, width, height }) => {
      for (let i = 0; i < 400; i++) {
        const px = x + ((i % 20) + 0.5) * (width / 20);
        const py = y + (Math.floor(i / 20) + 0.5) * (height / 20);
        if (document.elementFromPoint(px, py)?.matches('path[data-department="BO-N"]')) return { x: px, y: py };
      }
      return null;
    }, box);
    expect(spot, 'a point on Pando with nothing over it').not.toBeNull();
    await page.mouse.move(spot!.x, spot!.y);
    await expect(page.locator('.dept-tooltip')).toContainText('Pando');
    await page.mouse.click(spot!.x, spot!.y);
    await expect(page).toHaveURL(/place=pando-department/);
    await expect(page.locator('path[data-department="BO-N"]')).toHaveAttribute('stroke', '#7a1f0f');
  });

  test('search is accent-insensitive and highlights matches', async ({ page }) => {
    await page.goto('/');
    await page.locator('#search-input').fill('tolada');
    await expect(page).toHaveURL(/q=tolada/);
    await expect(page.locator('.explorer')).toHaveAttribute('data-count', /^[1-9]/);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(page.locator('.list-view article[data-event="tolata-massacre"]')).toBeVisible();
    await expect(page.locator('.list-view mark').first()).toBeVisible();
    await page.locator('#search-input').fill('tupaj katari');
    await expect(page.locator('.list-view article[data-event="katari-sisa-uprising"] mark').first()).toHaveText(/Túpaj/);
    // A match found only in a footnote (the search reads them) is marked there, so the reader sees why the event is listed.
    await page.locator('#search-input').fill('potosi');
    await expect(page.locator('.list-view article[data-event="state-of-1952"] .footnote mark').first()).toHaveText('Potosí');
    // And a quotation: "Tolada" is the paper's own spelling, quoted in the massacre's event.
    await page.locator('#search-input').fill('tolada');
    await expect(page.locator('.list-view article[data-event="tolata-massacre"] .paper-quote mark').first()).toHaveText('Tolada');
  });

  test('a deep link with every parameter restores the view, and back/forward walk the history', async ({ page }) => {
    await page.goto('/?t=2000..2005&place=el-alto,cochabamba&movement=fejuve,water-committees&theme=direct-action&scope=bolivia&q=&event=water-war&view=list');
    await expect(page.locator('.list-view')).toBeVisible();
    await expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute('aria-pressed', 'true');
    const ids = await page.locator('.list-view article').evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const e = dataset.events.find((x) => x.id === id)!;
      expect(['el-alto', 'cochabamba'].some((p) => e.places.includes(p))).toBe(true);
      expect(['fejuve', 'water-committees'].some((m) => e.movements.includes(m))).toBe(true);
      expect(e.themes).toContain('direct-action');
    }
    await page.getByRole('button', { name: 'Timeline and map' }).click();
    await expect(page.locator('.years-shown')).toHaveText('2000–2005');
    await expect(page.locator('aside.detail')).toHaveAttribute('data-selected', 'water-war');
    // The address follows the view when the page is next idle: Back steps through addresses.
    await expect(page).not.toHaveURL(/view=list/);
    await page.goBack();
    await expect(page.locator('.list-view')).toBeVisible();
    await page.goForward();
    await expect(page.locator('.focus-view')).toBeVisible();
  });

  test('changes made in one moment each get their history entry, and leaving at once keeps the last', async ({ page }) => {
    // A page that never has an idle moment before it is left: the address can only follow the
    // view because a new entry, or leaving, makes the waiting write first.
    await page.addInitScript(() => { window.requestIdleCallback = () => 0; });
    await page.goto('/');
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await expect(page.locator('input[data-facet="theme"][data-value="direct-action"]')).toBeVisible();
    // Two discrete changes and a full page load, in one task: no idle moment between them for the
    // address to follow the view, so each write must still be made, in order, before the page goes.
    await page.evaluate(() => {
      (document.querySelector('input[data-facet="theme"][data-value="direct-action"]') as HTMLInputElement).click();
      (document.querySelector('input[data-facet="scope"][data-value="bolivia"]') as HTMLInputElement).click();
      // A full page load is the point here, not Next's client-side navigation.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.href = `${window.location.pathname}events/water-war/`;
    });
    await expect(page).toHaveURL(/\/events\/water-war\/$/);
    await page.goBack();
    await expect(page).toHaveURL(/[?&]theme=direct-action/);
    await expect(page).toHaveURL(/[?&]scope=bolivia/);
    await page.goBack();
    await expect(page).toHaveURL(/[?&]theme=direct-action/);
    await expect(page).not.toHaveURL(/scope=/);
    const expected = dataset.events.filter((e) => e.themes.includes('direct-action')).length;
    await expect(page.locator('.explorer')).toHaveAttribute('data-count', String(expected));
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('.explorer')).toHaveAttribute('data-count', String(dataset.events.length));
  });

  test('a footnote link followed before the address has caught up keeps the selection', async ({ page }) => {
    // The address waits for an idle moment that never comes, as on a busy machine.
    await page.addInitScript(() => { window.requestIdleCallback = () => 0; });
    await page.goto('/?t=1995..2010');
    await page.locator('.focus-view g.item[data-event="water-war"]').click();
    await expect(page.locator('aside.detail')).toHaveAttribute('data-selected', 'water-war');
    await expect(page).not.toHaveURL(/event=/);
    // The link's own history entry must carry the selection, or its popstate takes it away.
    await page.locator('aside.detail a[href$="-fn-4"]').first().click();
    await expect(page).toHaveURL(/\?t=1995\.\.2010&event=water-war#detail-e-water-war-fn-4$/);
    await expect(page.locator('aside.detail')).toHaveAttribute('data-selected', 'water-war');
    await expect(page.locator(':focus')).toHaveAttribute('data-footnote', '4');
    await page.goBack();
    await expect(page).toHaveURL(/\?t=1995\.\.2010&event=water-war$/);
    await expect(page.locator('aside.detail')).toHaveAttribute('data-selected', 'water-war');
  });

  test('the year fields set the window; keys step by year and decade', async ({ page }) => {
    await page.goto('/');
    const from = page.locator('.year-range input').first();
    await from.fill('1952');
    await from.press('Enter');
    await expect(page).toHaveURL(/t=1952\.\.2015/);
    await from.press('PageUp');
    await expect(page).toHaveURL(/t=1962\.\.2015/);
    await from.press('ArrowDown');
    await expect(page).toHaveURL(/t=1961\.\.2015/);
    await expect(page.locator('.years-shown')).toHaveText('1961–2015');
  });

  test('the list prints as a clean handout', async ({ page }) => {
    await page.goto('/?place=cochabamba-department&view=list');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.list-view article').first()).toBeVisible();
    for (const selector of ['.toolbar', '.leaflet-container', '.zoom-buttons', '.filter-panel', '.site-header nav']) {
      const visible = await page.locator(selector).first().isVisible().catch(() => false);
      expect(visible, selector).toBe(false);
    }
    await expect(page.locator('.print-url')).toBeVisible();
    await expect(page.locator('.print-url')).toContainText('place=cochabamba-department');
    await expect(page.locator('.list-view .works ul').first()).toBeVisible();
  });
});
