import type { FrameLocator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { startHostServer, type HostServer } from './support/hostServer';

let host: HostServer;
let appOrigin: string;

test.beforeAll(async ({ baseURL }) => {
  appOrigin = new URL(baseURL!).origin;
  host = await startHostServer(appOrigin);
});
test.afterAll(async () => { await host.close(); });

test.beforeEach(({ watch }) => {
  // The course page is another origin of the test's own: requests to it are expected.
  watch.allowOrigin(host.origin);
});

async function innerScrollbar(frame: FrameLocator): Promise<boolean> {
  return frame.locator('html').evaluate((el) => el.scrollHeight > el.clientHeight + 1);
}

test.describe('embedding in a course page on another origin', () => {
  test('every embed renders, fits its height, and talks to the host', async ({ page }) => {
    await page.goto(`${host.origin}/course.html`);

    // 1. With the host script, the iframe grows to its content: no inner scrollbar.
    const auto = page.frameLocator('#auto');
    await expect(auto.locator('.focus-view g.item').first()).toBeVisible();
    await expect.poll(async () => Number(await page.locator('#auto').evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height))).toBeGreaterThan(300);
    await expect.poll(() => innerScrollbar(auto)).toBe(false);

    // 2. A tab hidden at load renders a correct timeline and map once shown, also when it is
    //    shown after its map has been set up hidden (zero size): the markers follow the refit.
    await expect(page.frameLocator('#tabbed').locator('.map-frame')).toHaveAttribute('data-status', 'ready');
    await expect(page.frameLocator('#tabbed').locator('.leaflet-marker-icon')).not.toHaveCount(0);
    await page.click('#tab-b');
    const tabbed = page.frameLocator('#tabbed');
    await expect(tabbed.locator('.focus-view g.item').first()).toBeVisible();
    const svgWidth = await tabbed.locator('.focus-view').evaluate((el) => el.getBoundingClientRect().width);
    const frameWidth = await page.locator('#tabbed').evaluate((el) => el.getBoundingClientRect().width);
    expect(svgWidth).toBeGreaterThan(frameWidth * 0.8);
    await expect(tabbed.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
    const mapBox = (await tabbed.locator('.leaflet-container').boundingBox())!;
    expect(mapBox.width).toBeGreaterThan(200);
    await expect(tabbed.locator('.leaflet-marker-icon').first()).toBeVisible();

    // 3. Sandboxed with allow-scripts only: renders and clicks work.
    const sandboxed = page.frameLocator('#sandboxed');
    const first = sandboxed.locator('.focus-view g.item').first();
    await expect(first).toBeVisible();
    const id = await first.getAttribute('data-event');
    await first.locator('.mark').click();
    await expect(sandboxed.locator('aside.detail')).toHaveAttribute('data-selected', id!);

    // 4. The deep link opens its event with its filter; selecting tells the host.
    const deep = page.frameLocator('#deep');
    await expect(deep.locator('aside.detail')).toHaveAttribute('data-selected', 'water-war');
    await expect(deep.locator('.embed-count')).toContainText('of');
    const other = deep.locator('.focus-view g.item:not([data-event="water-war"])').first();
    const otherId = await other.getAttribute('data-event');
    await other.locator('.mark').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { selections: { frame: string; id: string }[] }).selections)).toContainEqual({ frame: 'deep', id: otherId });
    await expect(page).toHaveURL(new RegExp(`#event=${otherId}$`));
  });

  test('the course page’s #event= deep link opens that event in the embeds', async ({ page }) => {
    await page.goto(`${host.origin}/course.html#event=tolata-massacre`);
    await expect(page.frameLocator('#auto').locator('aside.detail')).toHaveAttribute('data-selected', 'tolata-massacre');
  });

  test('the snippet from the dialog, pasted into the page, reproduces the view', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?t=1952..2005&place=cochabamba-department&event=water-war');
    await page.getByRole('button', { name: 'Embed this view' }).click();
    const dialog = page.locator('dialog.embed-dialog');
    await expect(dialog).toBeVisible();
    await dialog.locator('select[data-option="view"]').selectOption('both');
    const snippet = await dialog.locator('textarea[data-snippet]').inputValue();
    expect(snippet).toContain('t=1952..2005');
    expect(snippet).toContain('place=cochabamba-department');
    expect(snippet).toContain('event=water-war');
    await expect(dialog.locator('iframe.preview')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    host.setSnippet(snippet);
    await page.goto(`${host.origin}/course.html`);
    const pasted = page.frameLocator('#pasted iframe');
    await expect(pasted.locator('aside.detail')).toHaveAttribute('data-selected', 'water-war');
    await expect(pasted.locator('.years-shown')).toHaveText('1952–2005');
    await expect(pasted.locator('.leaflet-container')).toBeVisible();
    const count = await pasted.locator('.embed').getAttribute('data-count');
    await page.goto('/?t=1952..2005&place=cochabamba-department');
    await expect(page.locator('.explorer')).toHaveAttribute('data-count', count!);
    host.setSnippet('');
  });

  test('without JavaScript the embed shows the server-rendered list, and says the filters need JavaScript', async ({ browser, baseURL }) => {
    // A static host cannot read the query string without JavaScript, so the list is complete.
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/embed/?place=cochabamba-department');
    await expect(page.locator('article.event-article[data-event="water-war"]')).toBeVisible();
    await expect(page.locator('.embed-nojs')).toContainText('JavaScript is off');
    await expect(page.locator('.embed-footer a')).toHaveAttribute('target', '_blank');
    await context.close();
  });

  test('the embed sets no cookies and stores nothing', async ({ page, context }) => {
    await page.goto('/embed/?view=both');
    await expect(page.locator('.focus-view g.item').first()).toBeVisible();
    await page.locator('.focus-view g.item').first().locator('.mark').click();
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  });
});
