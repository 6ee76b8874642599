#!/usr/bin/env node
/**
 * Start-up cost of any static pages side by side, loads interleaved, on a phone profile
 * (412×915, 4× CPU slowdown; `--cpu 1` for none): first contentful paint, total blocking time
 * after first paint (each long task's part after FCP less 50 ms, summed, as in
 * scripts/compare-timelinejs.mjs), the longest task, and gzip JS+CSS bytes. For the stack's floor
 * beside the site:
 *
 *   node scripts/load-metrics.mjs --loads 5 site=out:/ next=/tmp/floor/out:/ map=/tmp/floor/out:/map/
 *
 * Each subject is NAME=DIR:PATH, DIR a static export served with its own _headers.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium, QUIET_CHROMIUM_ARGS, SYSTEM_CHROMIUM_ARGS } from '../e2e/support/browser.mjs';
import { staticSite } from './static-server.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const LOADS = Number(opt('loads', '5'));
const CPU = Number(opt('cpu', '4'));
const subjects = args.filter((a, i) => /^[\w-]+=/.test(a) && !args[i - 1]?.startsWith('--')).map((a) => {
  const [name, rest] = [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)];
  const at = rest.lastIndexOf(':');
  if (at < 0) throw new Error(`${a}: expected NAME=DIR:PATH`);
  return { name, dir: path.resolve(rest.slice(0, at)), path: rest.slice(at + 1) };
});
if (subjects.length === 0) throw new Error('Give at least one NAME=DIR:PATH (see the comment at the top).');

function instrument() {
  const m = (window.__load = { longTasks: [] });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) m.longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
}

/** One server per directory, each on its own port (each site is served at its root). */
async function serve(dir) {
  const handler = staticSite(dir);
  const server = createServer((req, res) => handler(req, res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  let jsCss = 0;
  const sizes = [];
  page.on('requestfinished', (r) => sizes.push(r.sizes().then((z) => { if (['script', 'stylesheet'].includes(r.resourceType())) jsCss += z.responseBodySize; }).catch(() => {})));
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // Settled: no long task for 3 s (at most 60 s after load).
    await page.waitForFunction(() => {
      const end = window.__load.longTasks.reduce((e, x) => Math.max(e, x.start + x.duration), 0);
      return performance.now() - Math.max(end, performance.getEntriesByType('navigation')[0].loadEventEnd) > 3000 || performance.now() > 60_000;
    }, null, { timeout: 90_000, polling: 250 });
    await Promise.all(sizes);
    const load = await page.evaluate(() => {
      const fcp = performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint')?.startTime ?? 0;
      const { longTasks } = window.__load;
      const tbt = longTasks.reduce((sum, t) => sum + Math.max(0, t.start + t.duration - Math.max(t.start, fcp) - 50), 0);
      return { fcp, tbt, longest: longTasks.reduce((x, t) => Math.max(x, t.duration), 0) };
    });
    return { ...load, kb: jsCss / 1024 };
  } finally {
    await context.close();
  }
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

async function main() {
  const found = findChromium();
  if (!found) throw new Error('No Chromium found (see e2e/support/browser.mjs).');
  const offline = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
  const browser = await chromium.launch({ headless: true, ...(found.kind === 'system' ? { executablePath: found.path, args: [...SYSTEM_CHROMIUM_ARGS, offline] } : { args: [...QUIET_CHROMIUM_ARGS, offline] }) });
  const servers = new Map();
  for (const s of subjects) if (!servers.has(s.dir)) servers.set(s.dir, await serve(s.dir));
  const runs = Object.fromEntries(subjects.map((s) => [s.name, []]));
  try {
    for (let i = 0; i < LOADS; i++) {
      for (const s of subjects) {
        const m = await measure(browser, `http://127.0.0.1:${servers.get(s.dir).address().port}${s.path}`);
        runs[s.name].push(m);
        console.error(`${s.name} ${i + 1}/${LOADS}: FCP ${Math.round(m.fcp)} TBT ${Math.round(m.tbt)} longest ${Math.round(m.longest)} ms, ${m.kb.toFixed(1)} KB`);
      }
    }
  } finally {
    await browser.close();
    for (const s of servers.values()) s.close();
  }
  console.log(`| page (median of ${LOADS}, 412×915, ${CPU}× CPU) | FCP (ms) | TBT after FCP (ms) | longest task (ms) | gzip JS+CSS (KB) |`);
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const s of subjects) {
    const r = runs[s.name];
    console.log(`| ${s.name} | ${Math.round(median(r.map((x) => x.fcp)))} | ${Math.round(median(r.map((x) => x.tbt)))} | ${Math.round(median(r.map((x) => x.longest)))} | ${median(r.map((x) => x.kb)).toFixed(1)} |`);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
