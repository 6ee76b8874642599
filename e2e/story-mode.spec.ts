import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { audit } from './support/axe';
import { expect, test } from './support/fixtures';
import { startHostServer, type HostServer } from './support/hostServer';

interface PublishedStep { title: { en: string; es: string }; footnotes: number[]; view: { event?: string }; query: string }
const dataset = JSON.parse(readFileSync(path.join(__dirname, '..', 'public', 'data', 'dataset.json'), 'utf8')) as {
  stories: { id: string; title: { en: string; es: string }; steps: PublishedStep[] }[];
};
const story = dataset.stories.find((s) => s.id === 'from-katari-to-el-alto')!;
const N = story.steps.length;

/** The years the timeline shows for a step's `t=` ("1999..2001" → "1999–2001", "2003" → "2003"). */
function yearsText(query: string): string {
  const t = new URLSearchParams(query).get('t')!;
  const [from, to] = t.includes('..') ? t.split('..') : [t, t];
  return from === to ? from! : `${from}–${to}`;
}

/** What the map shows: the selected markers, each shown marker with its count of events, and where its pane is. */
async function mapState(page: Page): Promise<string> {
  const selected = await page.locator('.leaflet-marker-icon.selected').evaluateAll((els) => els.map((el) => el.getAttribute('data-place')).sort().join(','));
  const shown = await page.locator('.leaflet-marker-icon:not(.empty)').evaluateAll((els) => els.map((el) => `${el.getAttribute('data-place')}:${el.textContent}`).sort().join(','));
  const pane = await page.locator('.leaflet-map-pane').evaluate((el) => (el as HTMLElement).style.transform);
  return `${selected} | ${shown} | ${pane}`;
}

test.describe('story mode', () => {
  test('a story walked start to end with the keyboard alone; Back returns to the step before', async ({ page }) => {
    test.slow(); // eleven steps, each waiting for the map
    await page.goto('/');
    await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
    // Tab to the toolbar's Story control and press it.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('story-control'))) break;
    }
    await expect(page.locator('button.story-control')).toBeFocused();
    await page.keyboard.press('Enter');
    const panel = page.locator('aside.story-panel');
    await expect(panel).toHaveAttribute('data-step', '1');
    await expect(panel.locator('.story-step-title')).toBeFocused();
    await expect(page.locator('button.story-control')).toHaveAttribute('aria-pressed', 'true');

    let previousMap = '';
    for (let n = 1; n <= N; n++) {
      const step = story.steps[n - 1]!;
      await expect(panel).toHaveAttribute('data-step', String(n));
      await expect(page).toHaveURL(new RegExp(`/\\?${step.query.replace(/[.?+]/g, '\\$&')}$`));
      await expect(panel.locator('.story-step-number')).toHaveText(`Step ${n} of ${N}`);
      await expect(panel.locator('.story-step-title')).toContainText(step.title.en);
      await expect(panel.locator('li.footnote')).toHaveCount(step.footnotes.length);
      expect(await panel.locator('li.footnote').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-footnote'))))).toEqual(step.footnotes);
      await expect(page.locator('.years-shown')).toHaveText(yearsText(step.query));
      await expect(page.locator('.explorer > [role="status"]')).toContainText(`Step ${n} of ${N}: ${step.title.en}.`);
      if (step.view.event) {
        await expect(page.locator(`.focus-view g.item.selected[data-event="${step.view.event}"]`)).toHaveCount(1);
        await expect(page.locator('.leaflet-marker-icon.selected')).not.toHaveCount(0);
      }
      await expect.poll(() => mapState(page), `the map changes at step ${n}`).not.toBe(previousMap);
      previousMap = await mapState(page);
      if (n < N) {
        await expect(panel.locator('button.story-next')).toBeEnabled();
        await page.keyboard.press('ArrowRight');
      }
    }
    await expect(panel.locator('button.story-next')).toBeDisabled();
    await page.keyboard.press('ArrowRight');
    await expect(panel).toHaveAttribute('data-step', String(N));

    // Back: the step before, its view with it.
    await page.goBack();
    await expect(panel).toHaveAttribute('data-step', String(N - 1));
    await expect(page.locator('.years-shown')).toHaveText(yearsText(story.steps[N - 2]!.query));
    await page.keyboard.press('ArrowLeft');
    await expect(panel).toHaveAttribute('data-step', String(N - 2));
    await expect(panel.locator('.story-step-title')).toContainText(story.steps[N - 3]!.title.en);

    // Leaving keeps the view: only story= and step= go.
    const query = story.steps[N - 3]!.query.replace(/&story=.*$/, '');
    await panel.locator('button.story-leave').focus();
    await page.keyboard.press('Enter');
    await expect(panel).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`/\\?${query.replace(/[.?+]/g, '\\$&')}$`));
    await expect(page.locator('aside.detail')).toHaveAttribute('data-selected', story.steps[N - 3]!.view.event!);
  });

  test('the arrow keys leave a text field alone', async ({ page }) => {
    await page.goto(`/?${story.steps[2]!.query}`);
    const panel = page.locator('aside.story-panel');
    await expect(panel).toHaveAttribute('data-step', '3');
    await page.locator('#search-input').focus();
    await page.keyboard.type('ab');
    await page.keyboard.press('ArrowLeft');
    await expect(panel).toHaveAttribute('data-step', '3');
  });

  test('a bad step= opens the story at its first step, with the quiet notice', async ({ page }) => {
    await page.goto(`/?story=${story.id}&step=99`);
    await expect(page.locator('aside.story-panel')).toHaveAttribute('data-step', '1');
    await expect(page.locator('.url-notice')).toContainText('step');
    await expect(page).toHaveURL(new RegExp(`story=${story.id}&step=1$`));
  });

  test('in Spanish, from a step’s link', async ({ page }) => {
    const step = story.steps[6]!;
    await page.goto(`/es/?${step.query}`);
    const panel = page.locator('aside.story-panel');
    await expect(panel).toHaveAttribute('data-step', '7');
    await expect(panel.locator('.story-step-number')).toHaveText(`Paso 7 de ${N}`);
    await expect(panel.locator('.story-step-title')).toContainText(step.title.es);
    await expect(panel.getByRole('button', { name: /Paso siguiente/ })).toBeEnabled();
    await expect(panel.getByRole('button', { name: 'Salir del relato' })).toBeVisible();
  });
});

test.describe('story mode: axe', () => {
  test.use({ reducedMotion: 'reduce' });
  for (const prefix of ['', '/es']) {
    test(`passes axe (${prefix ? 'es' : 'en'})`, async ({ page }) => {
      await page.goto(`${prefix}/?${story.steps[6]!.query}`);
      await expect(page.locator('aside.story-panel')).toHaveAttribute('data-step', '7');
      await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
      await audit(page, `story mode ${prefix || 'en'}`);
    });
  }
});

test.describe('the story embedded in a course page on another origin', () => {
  let host: HostServer;
  test.beforeAll(async ({ baseURL }) => { host = await startHostServer(new URL(baseURL!).origin); });
  test.afterAll(async () => { await host.close(); });
  test.beforeEach(({ watch }) => { watch.allowOrigin(host.origin); });

  test('the dialog offers the story; embedded, it walks with the same controls and tells the host each step', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await page.getByRole('button', { name: 'Embed this view' }).click();
    const dialog = page.locator('dialog.embed-dialog');
    await dialog.locator('select[data-option="content"]').selectOption(story.id);
    await dialog.locator('select[data-option="view"]').selectOption('both');
    const snippet = await dialog.locator('textarea[data-snippet]').inputValue();
    expect(snippet).toContain(`/embed/?story=${story.id}&amp;step=1&amp;view=both`);
    await page.keyboard.press('Escape');

    host.setSnippet(snippet);
    await page.goto(`${host.origin}/course.html`);
    await page.locator('#pasted iframe').scrollIntoViewIfNeeded();
    const frame = page.frameLocator('#pasted iframe');
    const panel = frame.locator('aside.story-panel');
    await expect(panel).toHaveAttribute('data-step', '1');
    await expect(panel.locator('.story-step-title')).toContainText(story.steps[0]!.title.en);
    // The step's view came with the story: its event is selected.
    await expect(frame.locator(`.focus-view g.item.selected[data-event="${story.steps[0]!.view.event}"]`)).toHaveCount(1);
    const steps = () => page.evaluate(() => (window as unknown as { steps: { frame: string; id: string; step: number }[] }).steps);
    await expect.poll(steps).toContainEqual({ frame: 'pasted', id: story.id, step: 1 });

    await panel.locator('button.story-next').click();
    await expect(panel).toHaveAttribute('data-step', '2');
    await panel.locator('button.story-next').press('ArrowRight');
    await expect(panel).toHaveAttribute('data-step', '3');
    await expect.poll(steps).toEqual([1, 2, 3].map((step) => ({ frame: 'pasted', id: story.id, step })));

    // The host asks for a step.
    await page.evaluate((id) => {
      (document.querySelector('#pasted iframe') as HTMLIFrameElement).contentWindow!.postMessage({ type: 'bolivia-timeline:show', story: id, step: 9 }, '*');
    }, story.id);
    await expect(panel).toHaveAttribute('data-step', '9');
    await expect(frame.locator('.years-shown')).toHaveText(yearsText(story.steps[8]!.query));
    await expect.poll(steps).toContainEqual({ frame: 'pasted', id: story.id, step: 9 });
    host.setSnippet('');
  });
});

test('screenshots of a story step at 1280 and 375 px', async ({ page }) => {
  for (const [name, width, height] of [['desktop', 1280, 800], ['phone', 375, 667]] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(`/?${story.steps[6]!.query}`);
    await expect(page.locator('aside.story-panel')).toHaveAttribute('data-step', '7');
    await expect(page.locator('.map-frame')).toHaveAttribute('data-status', 'ready');
    await page.screenshot({ path: path.join(test.info().project.outputDir, 'screenshots', `${name}-story-step.png`) });
    await page.screenshot({ path: path.join(test.info().project.outputDir, 'screenshots', `${name}-story-step-full.png`), fullPage: true });
    if (name === 'phone') {
      // The step's buttons stay in reach while the text scrolls under them.
      await page.locator('aside.story-panel .story-keys').scrollIntoViewIfNeeded();
      await expect(page.locator('aside.story-panel button.story-next')).toBeInViewport();
      await page.screenshot({ path: path.join(test.info().project.outputDir, 'screenshots', `${name}-story-step-scrolled.png`) });
    }
  }
});
