import { expect, test } from './support/fixtures';

/** Titles and footnote numbers of the list twin (the list view), the handout's reference. */
async function listTwin(page: import('@playwright/test').Page, query: string) {
  await page.goto(`/?${query}&view=list`);
  const titles = page.locator('.list-view .event-list .event-title');
  await expect(titles.first()).toBeVisible();
  return {
    titles: await titles.allTextContents(),
    notes: await page.locator('.list-view .event-list li.footnote').evaluateAll((els) => els.map((e) => e.getAttribute('data-footnote'))),
  };
}

test.describe('print from the timeline-and-map view', () => {
  test('prints exactly the selected events with footnotes, no button or map control', async ({ page }) => {
    const twin = await listTwin(page, 'place=cochabamba-department');
    await page.goto('/?place=cochabamba-department');
    await expect(page.locator('.print-twin')).toHaveCount(0); // nothing rendered until printing
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.print-twin .event-list .event-title');
    await expect(printed).toHaveText(twin.titles);
    const notes = await page.locator('.print-twin li.footnote').evaluateAll((els) => els.map((e) => e.getAttribute('data-footnote')));
    expect(notes).toEqual(twin.notes);
    await expect(page.locator('.print-twin .print-url')).toBeVisible();
    const visibleButtons = await page.locator('button, .leaflet-control-container, .map-controls, .timeline').evaluateAll(
      (els) => els.filter((e) => e.getClientRects().length > 0).length);
    expect(visibleButtons).toBe(0);
    await expect(page.locator('aside.detail')).toBeHidden(); // "Choose an event…" does not print
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.print-twin')).toHaveCount(0);
  });

  test('beforeprint renders the handout synchronously, the open event above it', async ({ page }) => {
    await page.goto('/?place=cochabamba-department&event=water-war');
    await expect(page.locator('aside.detail .event-title')).toBeVisible();
    // What window.print() does first: the handout must be in the DOM when the event returns.
    const rendered = await page.evaluate(() => { window.dispatchEvent(new Event('beforeprint')); return document.querySelectorAll('.print-twin .event-title').length; });
    expect(rendered).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('aside.detail .event-title')).toBeVisible();
    const [detail, list] = await Promise.all([page.locator('aside.detail').boundingBox(), page.locator('.print-twin').boundingBox()]);
    expect(detail!.y).toBeLessThan(list!.y);
  });
});

test.describe('filter chips', () => {
  test('show each filter and the search; removing one by keyboard is a history entry', async ({ page }) => {
    await page.goto('/?place=el-alto&q=tolata');
    const chips = page.locator('.chips button');
    await expect(chips).toHaveCount(2);
    const place = page.getByRole('button', { name: /^Remove filter Places: El Alto/ });
    await expect(place).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove filter Search: tolata' })).toBeVisible();
    await place.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(place).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/place=/);
    await expect(page).toHaveURL(/q=tolata/);
    await expect(chips).toHaveCount(1);
    await page.goBack();
    await expect(page).toHaveURL(/place=el-alto/);
    await expect(chips).toHaveCount(2);
  });

  test('speak Spanish on the Spanish page', async ({ page }) => {
    await page.goto('/es/?q=tolata');
    await expect(page.getByRole('button', { name: 'Quitar el filtro Buscar: tolata' })).toBeVisible();
  });
});
