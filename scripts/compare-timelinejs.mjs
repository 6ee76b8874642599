#!/usr/bin/env node
/**
 * The built site beside TimelineJS 3.9.11 fed the same events (out/data/timelinejs.json), both
 * served by one local server, measured in one run, loads interleaved (ours, theirs, ours, …):
 * phone (412×915, 4× CPU slowdown) and desktop (1280×800, unthrottled).
 *
 *   npm run bench:compare -- [--loads 5] [--taps 5] [--dir out] [--out bench-results/compare-timelinejs.json]
 *
 * Per load, in a fresh browser context: first and largest contentful paint; total blocking time
 * after first paint (each long task's part after FCP, less 50 ms, summed; tasks come from a
 * `longtask` PerformanceObserver until the page has had no long task for 3 s); the longest task;
 * bytes over the wire (JS+CSS bodies as sent, gzip; everything, headers included). Then, on the
 * same page, taps on the "next event" control, each from the pointerdown to the end of the first
 * frame after the click (a rAF asked for in the click's capture phase, then a timeout: the
 * frame's paint is done): ours, the detail panel's → button after an event is opened by a tap on
 * the timeline; TimelineJS, its next-slide arrow (.tl-slidenav-next) from its title slide on. On
 * a phone TimelineJS hides that arrow and says "Swipe to Navigate", so there its next is a swipe
 * to the left, timed from the touchend. TimelineJS's slide then animates for its default 1 s;
 * taps are 1.5 s apart for both.
 *
 * TimelineJS comes from node_modules (a devDependency, pinned): its JS, CSS, fonts and icons are
 * served from /__timelinejs/, without the site's _headers (it is not the site). Chromium resolves
 * no other host, and any request to one is reported.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium, QUIET_CHROMIUM_ARGS, SYSTEM_CHROMIUM_ARGS } from '../e2e/support/browser.mjs';
import { staticSite } from './static-server.mjs';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 && args[i + 1] ? args[i + 1] : fallback; };
const LOADS = Number(opt('loads', '5'));
const TAPS = Number(opt('taps', '5'));
const SITE = path.resolve(ROOT, opt('dir', 'out'));
const OUT = path.resolve(ROOT, opt('out', 'bench-results/compare-timelinejs.json'));
const TLJS = path.join(ROOT, 'node_modules', '@knight-lab', 'timelinejs');
const TLJS_VERSION = '3.9.11';

const PROFILES = [
  { name: 'phone', label: '412×915, 4× CPU', viewport: { width: 412, height: 915 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, cpu: 4 },
  { name: 'desktop', label: '1280×800, 1× CPU', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false, cpu: 1 },
];

// The page TimelineJS's own docs give: its CSS and script in the head, a container, one call.
// Its default fonts (PT Sans, PT Serif) come from Google Fonts and are not in the package: the
// font it ships that needs no other host is 'georgia-helvetica' (system fonts, no font bytes).
const TIMELINE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>TimelineJS ${TLJS_VERSION}, the same events</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/__timelinejs/css/timeline.css"><script src="/__timelinejs/js/timeline.js"></script>
<style>html,body{margin:0;height:100%}#timeline{width:100%;height:100%}</style></head>
<body><div id="timeline"></div>
<script>window.timeline = new TL.Timeline('timeline', '/data/timelinejs.json', { script_path: location.origin + '/__timelinejs/js/', font: 'georgia-helvetica' });</script>
</body></html>`;

/** In every page: long tasks, LCP, and the tap → next paint probe. */
function instrument() {
  const m = (window.__cmp = { longTasks: [], lcp: null, taps: [], pending: null });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) m.longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) m.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  addEventListener('pointerdown', (e) => { m.pending = e.timeStamp; }, true);
  const paintAfter = (from) => requestAnimationFrame(() => setTimeout(() => m.taps.push(performance.now() - from), 0));
  addEventListener('click', () => {
    if (m.pending === null || m.swipes) return;
    paintAfter(m.pending);
    m.pending = null;
  }, true);
  // A swipe moves on when the finger lifts: from the touchend.
  addEventListener('touchend', (e) => { if (m.swipes) paintAfter(e.timeStamp); }, true);
}

const SUBJECTS = {
  ours: {
    path: '/',
    ready: () => !!document.querySelector('.map-frame[data-status="ready"]') && !!document.querySelector('.focus-view g.item'),
    async prepare(page, profile) {
      const first = page.locator('.focus-view g.item .mark').first();
      await (profile.hasTouch ? first.tap() : first.click());
      await page.locator('aside.detail[data-selected]').waitFor();
      return page.locator('aside.detail .detail-nav button').nth(1);
    },
    current: (page) => page.locator('aside.detail').getAttribute('data-selected'),
  },
  timelinejs: {
    path: '/__timelinejs/',
    ready: () => !!document.querySelector('.tl-timemarker') && !!document.querySelector('.tl-slidenav-next'),
    async prepare(page, profile) {
      if (!profile.isMobile) return page.locator('.tl-slidenav-next');
      // On a phone TimelineJS hides its arrows and says "Swipe to Navigate": its next is a swipe.
      await page.locator('.tl-message-full').getByText('OK').tap().catch(() => {});
      await page.evaluate(() => { window.__cmp.swipes = true; });
      return 'swipe';
    },
    current: (page) => page.evaluate(() => window.timeline.current_id),
  },
};

function server() {
  const site = staticSite(SITE);
  const tl = staticSite(path.join(TLJS, 'dist'), { base: '/__timelinejs', headers: false });
  const s = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === '/__timelinejs/') return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' }).end(TIMELINE_PAGE);
    return (pathname.startsWith('/__timelinejs/') ? tl : site)(req, res);
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

/** A finger from right to left across the upper third, as a phone user moves to the next slide. */
async function swipeLeft(cdp, { viewport }) {
  const y = Math.round(viewport.height * 0.3);
  const at = (x) => [{ x, y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(viewport.width - 60) });
  for (let i = 1; i <= 6; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(viewport.width - 60 - i * 45) });
    await new Promise((r) => setTimeout(r, 16));
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function measure(browser, origin, subject, profile) {
  const s = SUBJECTS[subject];
  const context = await browser.newContext({ viewport: profile.viewport, deviceScaleFactor: profile.deviceScaleFactor, isMobile: profile.isMobile, hasTouch: profile.hasTouch });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const bytes = { jsCss: 0, total: 0 };
  const external = [];
  const errors = [];
  const sizes = [];
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !/^(data|blob|about):/.test(r.url())) external.push(r.url()); });
  page.on('requestfinished', (r) => sizes.push(r.sizes().then((z) => {
    bytes.total += z.responseBodySize + z.responseHeadersSize;
    if (['script', 'stylesheet'].includes(r.resourceType())) bytes.jsCss += z.responseBodySize;
  }).catch(() => {})));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    await page.goto(origin + s.path, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(s.ready, null, { timeout: 120_000, polling: 200 });
    // Settled: no long task for 3 s (at most 60 s after load).
    await page.waitForFunction(() => {
      const t = window.__cmp.longTasks.reduce((e, x) => Math.max(e, x.start + x.duration), 0);
      return performance.now() - Math.max(t, performance.getEntriesByType('navigation')[0].loadEventEnd) > 3000 || performance.now() > 60_000;
    }, null, { timeout: 90_000, polling: 250 });
    await Promise.all(sizes);
    const load = await page.evaluate(() => {
      const fcp = performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint')?.startTime ?? null;
      const { longTasks, lcp } = window.__cmp;
      const tbt = longTasks.reduce((sum, t) => sum + Math.max(0, t.start + t.duration - Math.max(t.start, fcp) - 50), 0);
      return { fcp, lcp, tbt, longest: longTasks.reduce((x, t) => Math.max(x, t.duration), 0), longTasks: longTasks.length };
    });
    const next = await s.prepare(page, profile);
    await page.waitForTimeout(1500);
    const taps = [];
    for (let i = 0; i < TAPS; i++) {
      const before = await s.current(page);
      const count = await page.evaluate(() => window.__cmp.taps.length);
      if (next === 'swipe') await swipeLeft(cdp, profile);
      else await (profile.hasTouch ? next.tap() : next.click());
      await page.waitForFunction((n) => window.__cmp.taps.length > n, count, { timeout: 10_000 });
      await page.waitForTimeout(1500);
      if ((await s.current(page)) === before) throw new Error(`${subject}: tap ${i + 1} on next did not move on`);
      taps.push(await page.evaluate(() => window.__cmp.taps.at(-1)));
    }
    return { ...load, bytes, taps, external, errors };
  } finally {
    await context.close();
  }
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN; };
const r1 = (x) => Math.round(x * 10) / 10;

async function main() {
  if (!existsSync(path.join(SITE, 'data', 'timelinejs.json'))) throw new Error(`${SITE}/data/timelinejs.json is missing: run \`npm run build\` first.`);
  const version = JSON.parse(readFileSync(path.join(TLJS, 'package.json'), 'utf8')).version;
  if (version !== TLJS_VERSION) throw new Error(`@knight-lab/timelinejs is ${version}, not ${TLJS_VERSION}: run npm install.`);
  const found = findChromium();
  if (!found) throw new Error('No Chromium found (see e2e/support/browser.mjs).');
  // Offline: no host resolves but this one.
  const offline = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
  const browser = await chromium.launch({ headless: true, ...(found.kind === 'system' ? { executablePath: found.path, args: [...SYSTEM_CHROMIUM_ARGS, offline] } : { args: [...QUIET_CHROMIUM_ARGS, offline] }) });
  const chromiumVersion = browser.version();
  const srv = await server();
  const origin = `http://127.0.0.1:${srv.address().port}`;
  const runs = {};
  try {
    for (const profile of PROFILES) {
      runs[profile.name] = { ours: [], timelinejs: [] };
      for (let i = 0; i < LOADS; i++) {
        for (const subject of ['ours', 'timelinejs']) {
          const m = await measure(browser, origin, subject, profile);
          runs[profile.name][subject].push(m);
          console.error(`${profile.name} ${subject} ${i + 1}/${LOADS}: FCP ${Math.round(m.fcp)} LCP ${Math.round(m.lcp)} TBT ${Math.round(m.tbt)} longest ${Math.round(m.longest)} ms; next ${m.taps.map(Math.round).join(', ')} ms`);
        }
      }
    }
  } finally {
    await browser.close();
    srv.close();
  }

  const METRICS = [
    ['first contentful paint (ms)', (l) => l.fcp],
    ['largest contentful paint (ms)', (l) => l.lcp],
    ['total blocking time after FCP (ms)', (l) => l.tbt],
    ['longest task (ms)', (l) => l.longest],
    ['gzip JS+CSS (KB)', (l) => l.bytes.jsCss / 1024],
    ['all bytes transferred (KB)', (l) => l.bytes.total / 1024],
    ['tap on next → next paint, median (ms)', (l) => median(l.taps)],
  ];
  const rows = [];
  for (const profile of PROFILES) {
    for (const [metric, of] of METRICS) {
      const ours = median(runs[profile.name].ours.map(of));
      const theirs = median(runs[profile.name].timelinejs.map(of));
      rows.push({ profile: profile.name, metric, ours: r1(ours), timelinejs: r1(theirs), ratio: Math.round((ours / theirs) * 100) / 100 });
    }
  }
  const head = ['metric (median of loads)', 'ours', `TimelineJS ${TLJS_VERSION}`, 'ratio'];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`];
  for (const profile of PROFILES) {
    for (const row of rows.filter((x) => x.profile === profile.name)) lines.push(`| ${profile.label}: ${row.metric} | ${row.ours} | ${row.timelinejs} | ${row.ratio}× |`);
  }
  console.log(lines.join('\n'));
  const external = Object.values(runs).flatMap((r) => [...r.ours, ...r.timelinejs]).flatMap((l) => l.external);
  const errors = Object.values(runs).flatMap((r) => [...r.ours, ...r.timelinejs]).flatMap((l) => l.errors);
  if (external.length) console.log(`\nRequests to other hosts (refused): ${[...new Set(external)].join(', ')}`);
  if (errors.length) console.log(`\nPage errors: ${[...new Set(errors)].join(' | ')}`);
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify({ date: new Date().toISOString(), chromium: chromiumVersion, loads: LOADS, taps: TAPS, timelinejs: version, profiles: PROFILES, rows, runs }, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), OUT)}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
