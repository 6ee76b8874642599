import { expect, test } from './support/fixtures';

/**
 * The e2e server sends public/_headers as Netlify and Cloudflare Pages do (scripts/serve.mjs), so
 * every test runs under the site's real Content-Security-Policy and a refusal fails it. These
 * tests check that the policy is there, that the fixture sees a refusal, and that the texts'
 * worker (a file of the site, not a blob:) runs under it.
 */
test('pages are served with the policy of public/_headers; only the embed may be framed elsewhere', async ({ request }) => {
  const page = await request.get('/');
  expect(page.headers()['content-security-policy']).toContain("worker-src 'self'");
  expect(page.headers()['x-frame-options']).toBe('SAMEORIGIN');
  const embed = await request.get('/embed/');
  expect(embed.headers()['content-security-policy']).toBe(page.headers()['content-security-policy']);
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  expect((await request.get('/_headers')).status()).toBe(404);
});

test('a refusal by the policy is seen by the watch (a blob: worker, as the texts once used)', async ({ page, watch }) => {
  watch.allowErrors(/violates the following Content Security Policy directive/);
  await page.goto('/');
  await page.evaluate(() => {
    try { new Worker(URL.createObjectURL(new Blob([''], { type: 'text/javascript' }))); } catch { /* refused */ }
  });
  await expect.poll(() => watch.cspViolations.length).toBe(1);
  expect(watch.cspViolations[0]).toMatch(/^worker-src refused blob/);
  watch.cspViolations.length = 0;
});

test('the texts worker runs under the policy and parses a file of the site', async ({ page }) => {
  await page.goto('/');
  const result = await page.evaluate(() => new Promise<unknown>((resolve) => {
    const worker = new Worker('/text-worker.js');
    worker.onmessage = (e) => resolve(e.data);
    worker.onerror = () => resolve('error');
    worker.postMessage(new URL('/data/dataset.json', location.href).href);
  }));
  expect(Array.isArray((result as { doc?: { events?: unknown } }).doc?.events)).toBe(true);
});
