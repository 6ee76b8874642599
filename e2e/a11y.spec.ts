import { audit } from './support/axe';
import { expect, test } from './support/fixtures';

// No animated pans while axe measures target sizes (the app honours this preference).
test.use({ reducedMotion: 'reduce' });

for (const prefix of ['', '/es']) {
  const lang = prefix ? 'es' : 'en';
  test.describe(`axe (${lang})`, () => {
    test('home', async ({ page }) => {
      await page.goto(`${prefix}/`);
      await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
      await audit(page, `${lang} home`);
    });

    test('home with filters open and a selected event', async ({ page }) => {
      await page.goto(`${prefix}/?t=1952..2005&place=cochabamba-department&theme=direct-action&event=water-war`);
      await page.locator('.filters-toggle').click();
      await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
      await expect(page.locator('aside.detail')).toHaveAttribute('data-selected', 'water-war');
      await audit(page, `${lang} filtered + selected`);
    });

    test('event page', async ({ page }) => {
      await page.goto(`${prefix}/events/tolata-massacre/`);
      await expect(page.locator('aside.detail')).toHaveAttribute('data-selected', 'tolata-massacre');
      await audit(page, `${lang} event page`);
    });

    test('list view', async ({ page }) => {
      await page.goto(`${prefix}/?view=list&q=agua`);
      await expect(page.locator('.list-view article').first()).toBeVisible();
      await audit(page, `${lang} list`);
    });

    test('embed', async ({ page }) => {
      await page.goto(`${prefix}/embed/?view=both&event=gas-war-2003`);
      await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
      await audit(page, `${lang} embed`);
    });

    test('embed dialog open', async ({ page }) => {
      await page.goto(`${prefix}/?event=water-war`);
      await page.locator('.embed-button').click();
      await expect(page.locator('dialog.embed-dialog')).toBeVisible();
      await audit(page, `${lang} embed dialog`);
    });
  });
}

// On phones the map is narrow: markers near its edge used to sit under Leaflet's zoom control
// (axe: target-size, "partially obscured"). Event pages fit the map to their event first.
for (const size of [{ width: 375, height: 667 }, { width: 412, height: 823 }]) {
  test.describe(`axe on a ${size.width} px phone`, () => {
    test.use({ viewport: size, hasTouch: true });
    for (const id of ['tolata-massacre', 'water-war']) {
      test(`event page ${id}`, async ({ page }) => {
        await page.goto(`/events/${id}/`);
        await expect(page.locator('aside.detail')).toHaveAttribute('data-selected', id);
        await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
        await expect(page.locator('.leaflet-marker-icon.selected').first()).toBeVisible();
        await audit(page, `${size.width} px ${id}`);
      });
    }
  });
}
