import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every page in the suite is watched: a console error, an uncaught exception, a request to
 * another host or a breach of the Content-Security-Policy (which scripts/serve.mjs sends from
 * public/_headers, as the hosts do) fails the test that caused it.
 */
export interface Watch {
  consoleErrors: string[];
  /** `securitypolicyviolation` events, in any frame: what the policy refused. */
  cspViolations: string[];
  externalRequests: string[];
  /** Call in a test that expects errors on purpose. */
  allowErrors(pattern: RegExp): void;
  /** Another origin that belongs to the test (a host page on another port). */
  allowOrigin(origin: string): void;
}

/** Reports each frame's refusals to the binding below (Chromium also logs most as console errors). */
const REPORT_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolation?.(e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline') + ' on ' + e.documentURI + (e.sourceFile ? ' (' + e.sourceFile + ':' + e.lineNumber + ')' : ''));
});`;

export async function watchPage(page: Page, ownOrigins: string[]): Promise<Watch> {
  const allowed: RegExp[] = [];
  const origins = [...ownOrigins];
  const watch: Watch = {
    consoleErrors: [],
    cspViolations: [],
    externalRequests: [],
    allowErrors: (pattern) => { allowed.push(pattern); },
    allowOrigin: (origin) => { origins.push(origin); },
  };
  page.on('console', (message) => {
    if (message.type() === 'error' && !allowed.some((p) => p.test(message.text()))) watch.consoleErrors.push(message.text());
  });
  await page.exposeBinding('__cspViolation', (_source, text: string) => { watch.cspViolations.push(text); });
  await page.addInitScript(REPORT_VIOLATIONS);
  page.on('pageerror', (error) => watch.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return;
    const origin = new URL(url).origin;
    if (!origins.includes(origin)) watch.externalRequests.push(url);
  });
  return watch;
}

export const test = base.extend<{ watch: Watch }>({
  watch: [async ({ page, baseURL }, use) => {
    const watch = await watchPage(page, [new URL(baseURL ?? 'http://127.0.0.1').origin]);
    await use(watch);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
    expect(watch.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    expect(watch.externalRequests, 'requests to other hosts').toEqual([]);
  }, { auto: true }],
});

export { expect };
