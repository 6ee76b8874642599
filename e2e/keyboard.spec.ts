import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const dataset = JSON.parse(readFileSync(path.join(__dirname, '..', 'out', 'data', 'dataset.json'), 'utf8')) as {
  events: { id: string; title: { en: string; es: string } }[];
  footnotes: { number: number; text: string }[];
};
const waterWar = dataset.events.find((e) => e.id === 'water-war')!;

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, selector: string, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${selector} was not reached with ${back ? 'Shift+Tab' : 'Tab'} in ${max} presses`);
}

const focused = (page: Page) => page.locator(':focus');

test('a keyboard-only journey in Spanish, without a single mouse event', async ({ page }) => {
  test.setTimeout(60_000);
  // Any mouse event would be a failure of the journey.
  await page.addInitScript(() => {
    for (const type of ['mousedown', 'mouseup', 'click']) {
      window.addEventListener(type, (e) => {
        if ((e as MouseEvent).detail > 0 || (e as PointerEvent).pointerType === 'mouse') (window as unknown as { __mouse: number }).__mouse = 1;
      }, true);
    }
  });
  await page.goto('/es/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  // 1. The skip link comes first and leads to the content.
  await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveText('Saltar al contenido');

  // 2. Find the Guerra del Agua with the search field.
  await tabTo(page, '#search-input');
  await page.keyboard.type('guerra del agua');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=guerra\+del\+agua/);

  // 3. Open it from the timeline: arrow keys move between events, Enter opens.
  await tabTo(page, '.focus-view g.item');
  for (let i = 0; i < 10; i++) {
    if ((await focused(page).getAttribute('data-event')) === 'water-war') break;
    await page.keyboard.press('ArrowRight');
  }
  await expect(focused(page)).toHaveAttribute('data-event', 'water-war');
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveText(waterWar.title.es);
  await expect(focused(page)).toHaveClass(/event-title/);

  // 4. Read footnote 4: the quotation's note link takes focus to the note's text.
  await tabTo(page, 'aside.detail a[href$="-fn-4"]');
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveAttribute('data-footnote', '4');
  await expect(focused(page)).toContainText(dataset.footnotes.find((f) => f.number === 4)!.text.slice(0, 30));

  // 5. Filter to Cochabamba.
  await tabTo(page, 'button.filters-toggle', { back: true });
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveAttribute('aria-expanded', 'true');
  await tabTo(page, 'input[data-facet="place"][data-value="cochabamba-department"]');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/place=cochabamba-department/);
  await expect(focused(page)).toBeChecked();

  // 6. Open the list view.
  await tabTo(page, '.view-switch button:nth-child(2)', { back: true });
  await expect(focused(page)).toHaveText('Lista');
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.list-view article[data-event="water-war"]')).toBeVisible();

  // 7. Change the language to English, keeping the view.
  await tabTo(page, 'a.language-switch', { back: true });
  await expect(focused(page)).toHaveText('Read in English');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/\?.*place=cochabamba-department.*view=list/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.list-view article[data-event="water-war"] .event-title')).toHaveText(waterWar.title.en);

  expect(await page.evaluate(() => (window as unknown as { __mouse?: number }).__mouse)).toBeUndefined();
});

test('the embed dialog traps focus and Escape closes it, returning focus', async ({ page }) => {
  await page.goto('/?event=water-war');
  await tabTo(page, 'button.embed-button');
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog.embed-dialog');
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => !!document.activeElement?.closest('dialog.embed-dialog'));
    expect(inside, `focus left the dialog after ${i + 1} Tab presses`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(focused(page)).toHaveClass(/embed-button/);
});

test('map markers are reachable and selectable with the keyboard', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
  await tabTo(page, '.leaflet-marker-icon[data-place="cochabamba"]', { max: 120 });
  await page.keyboard.press('Enter');
  await expect(page.locator('.active-place')).toBeVisible();
  await expect(page.locator('.focus-view .item.highlighted[data-event="water-war"]')).toBeVisible();
});
