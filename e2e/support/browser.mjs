import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Which Chromium the e2e suite will launch: Playwright's own if installed, else a system one. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) {
    return { kind: 'system', path: process.env.CHROMIUM_PATH };
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { kind: 'playwright', path: own };
  } catch {
    // Playwright's browser is not installed; fall through to the system one.
  }
  const system = SYSTEM_CANDIDATES.find((p) => existsSync(p));
  return system ? { kind: 'system', path: system } : undefined;
}

/**
 * Flags for any Chromium that measures or tests the site. Chromium 156 (Debian's) loads its
 * WebUI omnibox popup (chrome://omnibox-popup.top-chrome, a few hundred module requests) in a
 * second renderer while the page loads, even headless: on a 2-core machine that took about as
 * much main-thread time as the page itself and doubled its first paint. The page does not need
 * the browser's address bar.
 */
export const QUIET_CHROMIUM_ARGS = ['--disable-features=WebUIOmniboxPopup'];

/** Flags for a machine without network: no background requests, no sandbox as root. */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', ...QUIET_CHROMIUM_ARGS,
];
