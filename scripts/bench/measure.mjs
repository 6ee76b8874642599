/**
 * Measuring one build in Chromium (1280×800): first render over `loads` fresh contexts, then each
 * interaction `runs` times after `warmup` on one more page, and the long tasks of both. The page
 * side is ./page-instrumentation.js, installed before the page's own scripts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium, QUIET_CHROMIUM_ARGS, SYSTEM_CHROMIUM_ARGS } from '../../e2e/support/browser.mjs';
import { cleanup } from './build.mjs';
import { summariseProfile } from './profile.mjs';
import { fmt, quantile, round } from './stats.mjs';

import { INTERACTIONS } from './report.mjs';
const INSTRUMENTATION = fileURLToPath(new URL('./page-instrumentation.js', import.meta.url));
const log = (...a) => console.log(...a);

export async function launchBrowser() {
  const found = findChromium();
  if (!found) throw new Error('No Chromium found: install Playwright\'s (npx playwright install chromium) or set CHROMIUM_PATH.');
  const options = found.kind === 'system' ? { executablePath: found.path, args: SYSTEM_CHROMIUM_ARGS } : { args: QUIET_CHROMIUM_ARGS };
  const browser = await chromium.launch({ headless: true, ...options });
  cleanup.browser = browser;
  return { browser, chromium: { kind: found.kind, path: found.path, version: browser.version() } };
}

async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  await context.addInitScript({ path: INSTRUMENTATION });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, errors };
}

async function loadAndWait(page, url) {
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  await page.waitForFunction(() => window.__bench && window.__bench.firstRender !== null, null, { timeout: 120_000, polling: 100 });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const paints = Object.fromEntries(performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]));
    const b = window.__bench;
    return {
      firstRender: b.firstRender,
      firstRenderBy: b.firstRenderBy,
      responseEnd: nav?.responseEnd ?? null,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
      load: nav?.loadEventEnd || null,
      firstContentfulPaint: paints['first-contentful-paint'] ?? null,
      transferBytes: nav?.transferSize ?? null,
      decodedBytes: nav?.decodedBodySize ?? null,
      count: Number(document.querySelector('.explorer')?.getAttribute('data-count') ?? NaN),
      items: document.querySelectorAll('.focus-view g.item').length,
      clusters: document.querySelectorAll('.focus-view .cluster').length,
      markers: document.querySelectorAll('.leaflet-marker-icon').length,
      domNodes: document.getElementsByTagName('*').length,
      heapMB: performance.memory ? performance.memory.usedJSHeapSize / 1048576 : null,
      longTasks: b.longTasks,
    };
  });
}

async function chooseFacet(page) {
  // The brief's example value first; otherwise the first place checkbox there is.
  return page.evaluate(() => {
    const preferred = document.querySelector('input[data-facet="place"][data-value="cochabamba-department"]');
    const el = preferred ?? document.querySelector('input[data-facet="place"]');
    return el ? { facet: el.dataset.facet, value: el.dataset.value } : null;
  });
}

/** Every interaction `opts.runs` times after `opts.warmup`; with `cdp`, a shorter run under the CPU profiler instead. */
async function measureInteractions(page, opts, { n, cdp = null }) {
  const profile = !!cdp;
  const results = {};
  let facet = null;
  const profiles = {};
  for (const kind of INTERACTIONS) {
    if (kind === 'filter') {
      // The facets (and their counts) render only while the panel is open.
      await page.click('.filters-toggle');
      await page.evaluate(() => window.__benchApi.settle(100, 200));
      facet = await chooseFacet(page);
    }
    const samples = [];
    const total = opts.warmup + (profile ? Math.min(opts.runs, 12) : opts.runs);
    // Keep the number of samples even so the state ends where it started (filter off, zoomed out, empty query).
    const count = total % 2 === 0 ? total : total + 1;
    if (profile) await cdp.send('Profiler.start');
    for (let i = 0; i < count; i++) {
      const s = await page.evaluate(([k, j, f, ids]) => window.__benchApi.sample(k, j, f, ids), [kind, i, facet, opts.selectIds]);
      if (i >= opts.warmup) samples.push(s);
      // A selection, a filter and a search fit the map, a flight of 0.6 s (components/map/FitView)
      // whose landing commits: let it land before the next input, or the landing is timed as
      // part of that input's sample. A zoom of the timeline leaves the map alone.
      await page.evaluate((k) => window.__benchApi.settle(k === 'zoom' ? 60 : 700, 150), kind);
    }
    if (profile) {
      const { profile: p } = await cdp.send('Profiler.stop');
      profiles[kind] = p;
    }
    if (kind === 'filter') {
      await page.click('.filters-toggle');
      await page.evaluate(() => window.__benchApi.settle(100, 200));
    }
    const errors = samples.filter((s) => s.error).map((s) => s.error);
    const measured = samples.filter((s) => !s.error);
    const [paint, work, busy, task, frame] = ['paint', 'work', 'busy', 'task', 'frame'].map((k) => measured.map((s) => s[k]));
    results[kind] = {
      p50: round(quantile(paint, 0.5)), p95: round(quantile(paint, 0.95)), max: round(Math.max(...paint, 0)),
      workP50: round(quantile(work, 0.5)), workP95: round(quantile(work, 0.95)),
      busyP50: round(quantile(busy, 0.5)), busyP95: round(quantile(busy, 0.95)),
      // busy's two parts, to tell the page's own JavaScript from the browser's rendering of it.
      taskP50: round(quantile(task, 0.5)), taskP95: round(quantile(task, 0.95)),
      frameP50: round(quantile(frame, 0.5)), frameP95: round(quantile(frame, 0.95)),
      n: paint.length, errors: [...new Set(errors)], samples: samples.map((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, typeof v === 'number' ? round(v, 2) : v]))),
    };
    log(`    ${profile ? "(profiled) " : ""}${kind.padEnd(7)} p50 ${fmt(results[kind].p50)} ms, p95 ${fmt(results[kind].p95)} ms (work p95 ${fmt(results[kind].workP95)} ms, busy p95 ${fmt(results[kind].busyP95)} ms)${errors.length ? `  [${errors.length} errors: ${[...new Set(errors)].join('; ')}]` : ''}`);
    if (profile) {
      mkdirSync(opts.outDir, { recursive: true });
      writeFileSync(path.join(opts.outDir, `profile-${n}-${kind}.cpuprofile`), JSON.stringify(profiles[kind]));
    }
  }
  return { results, facet, profiles };
}

export async function measureSize(browser, url, n, label, opts) {
  // First render: `opts.loads` fresh contexts (no memory cache carried over).
  const loads = [];
  for (let i = 0; i < opts.loads; i++) {
    const { context, page, errors } = await newPage(browser);
    try {
      const m = await loadAndWait(page, url);
      loads.push({ ...m, errors });
    } finally {
      await context.close();
    }
  }
  const fr = loads.map((l) => l.firstRender);
  log(`    first render: median ${fmt(quantile(fr, 0.5))} ms (samples ${fr.map((x) => Math.round(x)).join(', ')}); ${loads[0].count} events, ${loads[0].items} items + ${loads[0].clusters} clusters, ${loads[0].markers} markers, ${loads[0].domNodes} DOM nodes`);

  // Interactions: one more page, observed from its load to the end.
  const { context, page, errors } = await newPage(browser);
  let interactions;
  let profiles = null;
  let pageState = { longTasks: [], errors: [] };
  let interactionsFrom = 0;
  try {
    await loadAndWait(page, url);
    await page.evaluate(() => window.__benchApi.settle(300, 300, 5000));
    interactionsFrom = await page.evaluate(() => performance.now());
    // The timed run (never profiled: the profiler slows the page down).
    const timed = await measureInteractions(page, opts, { n });
    interactions = { ...timed.results, facet: timed.facet };
    if (opts.profile) {
      log('    profiling (a second pass, not timed)…');
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      const prof = await measureInteractions(page, opts, { n, cdp });
      profiles = Object.fromEntries(Object.entries(prof.profiles).map(([k, p]) => [k, summariseProfile(p)]));
    }
  } finally {
    pageState = await page.evaluate(() => ({ longTasks: window.__bench.longTasks, errors: window.__bench.errors })).catch(() => pageState);
    await context.close();
  }
  const allTasks = [...loads.flatMap((l) => l.longTasks), ...pageState.longTasks];
  const longest = allTasks.reduce((m, t) => Math.max(m, t.duration), 0);
  const interactionTasks = pageState.longTasks.filter((t) => t.start >= interactionsFrom);
  return {
    n,
    label,
    events: loads[0].count,
    firstRender: {
      median: round(quantile(fr, 0.5)), min: round(Math.min(...fr)), max: round(Math.max(...fr)), samples: fr.map((x) => round(x)),
      loads: loads.map(({ longTasks, ...l }) => ({ ...l, longestTaskMs: round(longTasks.reduce((m, t) => Math.max(m, t.duration), 0)), longTasks: longTasks.map((t) => round(t.duration)) })),
    },
    interactions,
    longTasks: {
      longestMs: round(longest),
      longestDuringLoadMs: round(loads.flatMap((l) => l.longTasks).reduce((m, t) => Math.max(m, t.duration), 0)),
      longestDuringInteractionsMs: round(interactionTasks.reduce((m, t) => Math.max(m, t.duration), 0)),
      over50: allTasks.length,
      interactionPage: pageState.longTasks.map((t) => ({ start: round(t.start), duration: round(t.duration) })),
    },
    pageErrors: [...new Set([...errors, ...pageState.errors, ...loads.flatMap((l) => l.errors)])],
    profiles,
  };
}
