#!/usr/bin/env node
/**
 * Before the e2e suite: make sure a Chromium exists for Playwright.
 * 1. Playwright's own browser, if it was installed (`npx playwright install chromium`);
 * 2. else the system Chromium (Debian's package at /usr/bin/chromium, or CHROMIUM_PATH);
 * 3. else, as root on Debian/Ubuntu, install the `chromium` package with apt-get;
 * 4. else stop with a clear instruction (no stack trace).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../e2e/support/browser.mjs';

const found = findChromium();
if (found) {
  console.log(`e2e browser: ${found.kind} (${found.path})`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found; installing Debian’s chromium package (apt-get)…');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    console.error('Installing chromium with apt-get failed; see the messages above.');
    process.exit(1);
  }
  if (findChromium()) process.exit(0);
}

console.error(`No Chromium browser is available for the end-to-end tests.
Install one of these, then run the tests again:
  • Debian/Ubuntu:  sudo apt-get install chromium
  • Any system with internet access:  npx playwright install chromium
  • Or point CHROMIUM_PATH at an existing Chromium or Chrome binary.`);
process.exit(1);
