#!/usr/bin/env node
/**
 * `npm run bench`: how the explorer scales with the number of events.
 *
 * For each N (default 40 = the real data, 1,000 and 10,000 synthetic events from
 * scripts/generate-synthetic.ts) it builds the production site in a temporary copy of the
 * repository (so out/ here is untouched), serves it, and measures in Chromium (1280×800):
 *   - first render: navigation start → the timeline (items or "+N" clusters) and the map's
 *     markers are in the DOM and the map frame says data-status="ready";
 *   - a filter change, a search keystroke, a zoom step and a selection, each ~30 times after
 *     3 warm-ups: from the input event to the first paint after React's last commit for it;
 *   - the longest task on the main thread (PerformanceObserver "longtask") during the run.
 * It prints a table and the budgets (PASS/FAIL) and writes bench-results/bench.json with every
 * raw sample. It always exits 0 when it could measure: it is a report, not a gate.
 *
 *   node scripts/bench.mjs [--sizes 40,1000,10000] [--runs 30] [--warmup 3] [--loads 5]
 *                          [--seed 1] [--ref <git ref>] [--wait-idle 300] [--profile] [--unminified] [--keep] [--out bench-results]
 *
 *   --sizes       40 (or "real") is the real data; any other number is a synthetic dataset
 *   --profile     also records a CPU profile (CDP) of each interaction and prints the top functions;
 *                 profiles are saved as bench-results/profile-<N>-<interaction>.cpuprofile
 *   --unminified  builds with experimental.turbopackMinify=false (readable names in profiles;
 *                 the timings are then not those of the real production build)
 *   --ref         builds that commit (git archive) instead of the working tree, e.g. --ref HEAD
 *   --keep        keeps the temporary build folder and prints where it is
 *   --wait-idle   before measuring each N, waits up to this many seconds (default 300) while
 *                 other processes use more than 15% of the CPU; 0 = measure at once
 *
 * The copy is built with typescript.ignoreBuildErrors (type errors, say in a test file being
 * edited, do not change the bundle; `npm test` checks types) and staticPageGenerationTimeout
 * 1800 s (prerendering a page of 10,000 events can take longer than Next's default 60 s).
 *
 * How an interaction is timed: inside the page, t0 = performance.now(), then the input is
 * dispatched (a checkbox click, an input event set the React way, a button click, pointerdown +
 * pointerup on a timeline item). A stub __REACT_DEVTOOLS_GLOBAL_HOOK__ (installed before React
 * loads; React calls it in production too) counts commits and reads the root's pendingLanes, so
 * the measurement waits for the URL-driven transition render as well as the synchronous one. The
 * sample ends at the first frame after the last commit (rAF, then a task after the paint).
 * `work` is the same up to the end of the last commit, without waiting for the frame. `busy` is
 * the interaction's main-thread time: up to the end of the task of the last commit (its effects
 * included), plus that frame's own rendering (from its rAF to the task after its paint). It
 * leaves out only the idle wait for the display's next frame; its part `task` (the page's own
 * JavaScript, to the end of the task of the last commit) is judged at N = 40 against 12 ms, and
 * input → next paint against 50 ms there and 100 ms at 10,000 events.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium, QUIET_CHROMIUM_ARGS, SYSTEM_CHROMIUM_ARGS } from '../e2e/support/browser.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INTERACTIONS = ['filter', 'search', 'zoom', 'select'];
const BUDGET = { firstRenderMs: 1500, interactionP95Ms: 100, longTaskMs: 200, smallInteractionP95Ms: 50, smallTaskP95Ms: 12, linearSlack: 1.2 };

// ---------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2);
function opt(name, fallback) {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[i + 1] : fallback;
}
const flag = (name) => argv.includes(`--${name}`);
if (flag('help')) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
  process.exit(0);
}
const SIZES = String(opt('sizes', '40,1000,10000')).split(',').map((s) => s.trim()).filter(Boolean)
  .map((s) => (s === 'real' ? 40 : Number(s)));
if (SIZES.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('--sizes takes whole numbers, e.g. --sizes 40,1000,10000 (40 = the real data)');
  process.exit(2);
}
const RUNS = Number(opt('runs', '30'));
const WARMUP = Number(opt('warmup', '3'));
const LOADS = Number(opt('loads', '5'));
const SEED = Number(opt('seed', '1'));
const PROFILE = flag('profile');
const UNMINIFIED = flag('unminified');
const KEEP = flag('keep');
const OUT_DIR = path.resolve(REPO, opt('out', 'bench-results'));
const REF = opt('ref', null);
const WAIT_IDLE_S = Number(opt('wait-idle', '300'));
const IDLE_BELOW = 0.15;
const REAL = 40;

// ---------------------------------------------------------------------------------------------
// Small helpers

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.log(...a);

function quantile(values, q) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  // Nearest-rank: the p95 of 30 samples is the 29th smallest.
  const rank = Math.max(1, Math.ceil(q * v.length));
  return v[rank - 1];
}
const round = (x, d = 1) => (x === null || x === undefined ? null : Number(x.toFixed(d)));
const fmt = (x) => (x === null || x === undefined ? '—' : x >= 100 ? String(Math.round(x)) : x.toFixed(1));

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Runs a command, its output appended to `logFile`; rejects with the log's tail on failure. */
function run(cmd, args, { cwd, env, logFile }) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    appendFileSync(logFile, `\n$ ${cmd} ${args.join(' ')}   (cwd ${cwd})\n`);
    const from = statSync(logFile).size;
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    cleanup.child = child;
    child.stdout.on('data', (d) => appendFileSync(logFile, d));
    child.stderr.on('data', (d) => appendFileSync(logFile, d));
    child.on('error', reject);
    child.on('close', (code) => {
      cleanup.child = null;
      if (code === 0) resolve({ ms: Date.now() - started, output: readFileSync(logFile).subarray(from).toString('utf8') });
      else {
        const tail = readFileSync(logFile).subarray(from).toString('utf8').trim().split('\n').slice(-30).join('\n');
        reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${tail}`));
      }
    });
  });
}

/** Fraction of all CPU time that was busy during `ms` (Linux /proc/stat), while this script idles. */
async function machineBusy(ms = 2000) {
  const read = () => {
    try {
      const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
      const idle = f[3] + (f[4] ?? 0);
      return { idle, total: f.reduce((a, b) => a + b, 0) };
    } catch {
      return null;
    }
  };
  const a = read();
  await sleep(ms);
  const b = read();
  if (!a || !b || b.total === a.total) return null;
  return 1 - (b.idle - a.idle) / (b.total - a.total);
}

function withoutEnv(env, ...names) {
  const out = { ...env };
  for (const n of names) delete out[n];
  return out;
}

function gitInfo() {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: REPO, encoding: 'utf8' }).trim().split('\n').filter(Boolean);
    return { commit, dirtyFiles: dirty };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Cleanup: whatever happens, stop the server, close the browser and remove the temp folder.

const cleanup = { server: null, browser: null, tmp: null, child: null };
let cleaning = false;
async function cleanUp() {
  if (cleaning) return;
  cleaning = true;
  if (cleanup.child && cleanup.child.exitCode === null) {
    // The build runs in its own process group (npx → next → workers): end all of it.
    try { process.kill(-cleanup.child.pid, 'SIGTERM'); } catch { cleanup.child.kill('SIGTERM'); }
  }
  if (cleanup.server && cleanup.server.exitCode === null) cleanup.server.kill('SIGTERM');
  if (cleanup.browser) await cleanup.browser.close().catch(() => {});
  if (cleanup.tmp && existsSync(cleanup.tmp)) {
    if (KEEP) log(`(kept the build folder ${cleanup.tmp})`);
    else rmSync(cleanup.tmp, { recursive: true, force: true });
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => { cleanUp().finally(() => process.exit(130)); });
}

// ---------------------------------------------------------------------------------------------
// Build

const EXCLUDE = new Set(['node_modules', '.next', 'out', 'test-results', 'bench-results', '.git', 'playwright-report', 'tsconfig.tsbuildinfo']);

function copyRepo(dest) {
  if (REF) {
    mkdirSync(dest, { recursive: true });
    const tar = execFileSync('git', ['archive', '--format=tar', REF], { cwd: REPO, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dest], { input: tar });
  } else cpSync(REPO, dest, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(REPO, src);
      if (rel === '') return true;
      const top = rel.split(path.sep)[0];
      if (EXCLUDE.has(top)) return false;
      if (rel === path.join('public', 'data')) return false; // generated by publish-data
      return true;
    },
  });
  // Turbopack refuses a node_modules symlink that points outside the project, so link the
  // files instead (hard links: instant, no extra space); a plain copy where that is impossible.
  try {
    execFileSync('cp', ['-al', path.join(REPO, 'node_modules'), path.join(dest, 'node_modules')]);
  } catch {
    cpSync(path.join(REPO, 'node_modules'), path.join(dest, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  }
  // Types are checked by `npm test`, not here; and a page of 10,000 events may take longer to
  // prerender than the default 60 s (the time is reported, see build.staticPages).
  appendFileSync(path.join(dest, 'next.config.js'), [
    '', '// scripts/bench.mjs',
    'module.exports.typescript = { ...(module.exports.typescript || {}), ignoreBuildErrors: true };',
    'module.exports.staticPageGenerationTimeout = 1800;', ''].join('\n'));
  if (UNMINIFIED) {
    appendFileSync(path.join(dest, 'next.config.js'),
      '\n// bench --unminified\nmodule.exports.experimental = { ...(module.exports.experimental || {}), turbopackMinify: false };\n');
  }
}

function paperPath() {
  if (process.env.PAPER_PATH) return path.resolve(process.env.PAPER_PATH);
  const p = path.resolve(REPO, '..', 'shared', 'seed', '000_aa702d8891511126.txt');
  return existsSync(p) ? p : null;
}

async function buildSite(n, tmp, site, logFile) {
  const paper = paperPath();
  const env = withoutEnv(process.env, 'DATA_ROOT', 'CI');
  env.NEXT_TELEMETRY_DISABLED = '1';
  env.BENCH_ONE_EVENT_PAGE = '1';
  if (paper) env.PAPER_PATH = paper;
  const timings = {};
  if (n !== REAL) {
    const dataRoot = path.join(tmp, `data-${n}`);
    timings.generateMs = (await run('npx', ['tsx', 'scripts/generate-synthetic.ts', '--n', String(n), '--out', dataRoot, '--seed', String(SEED)],
      { cwd: REPO, env, logFile })).ms;
    env.DATA_ROOT = dataRoot;
  }
  rmSync(path.join(site, 'public', 'data'), { recursive: true, force: true });
  rmSync(path.join(site, 'out'), { recursive: true, force: true });
  // What `npm run build`'s prebuild does: publish /data/dataset.json and the basemap.
  timings.publishMs = (await run('npx', ['tsx', 'scripts/publish-data.ts'], { cwd: site, env, logFile })).ms;
  if (env.DATA_ROOT) {
    // publish-data writes under DATA_ROOT; the build serves the copy's public/.
    cpSync(path.join(env.DATA_ROOT, 'public', 'data'), path.join(site, 'public', 'data'), { recursive: true });
  }
  const build = await run('npx', ['next', 'build'], { cwd: site, env, logFile });
  timings.buildMs = build.ms;
  // What `npm run build`'s postbuild does to the pages (content first), where the built commit has it.
  if (existsSync(path.join(site, 'scripts', 'defer-scripts.ts'))) {
    timings.postbuildMs = (await run('npx', ['tsx', 'scripts/defer-scripts.ts'], { cwd: site, env, logFile })).ms;
  }
  const pages = /Generating static pages[^\n]*? in ([\d.]+)(ms|s|min)\b/.exec(build.output);
  timings.staticPagesMs = pages ? Math.round(Number(pages[1]) * { ms: 1, s: 1000, min: 60000 }[pages[2]]) : null;
  timings.staticPageRetries = (build.output.match(/took more than \d+ seconds/g) ?? []).length;
  const outDir = path.join(site, 'out');
  const size = (f) => (existsSync(path.join(outDir, f)) ? statSync(path.join(outDir, f)).size : null);
  return { outDir, timings, bytes: { indexHtml: size('index.html'), indexRsc: size('index.txt'), datasetJson: size(path.join('data', 'dataset.json')) }, dataRoot: env.DATA_ROOT ?? null };
}

async function serve(outDir) {
  const port = await freePort();
  const server = spawn(process.execPath, [path.join(REPO, 'scripts', 'serve.mjs'), outDir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  cleanup.server = server;
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) throw new Error('the static server exited');
    try {
      const res = await fetch(url, { method: 'HEAD' });
      if (res.ok) return { server, url };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`the static server did not answer at ${url}`);
}

function stopServer(server) {
  return new Promise((resolve) => {
    if (!server || server.exitCode !== null) return resolve();
    server.once('close', () => resolve());
    server.kill('SIGTERM');
    setTimeout(resolve, 2000);
  });
}

// ---------------------------------------------------------------------------------------------
// In the page (installed before any of the page's scripts run)

function pageInstrumentation() {
  const bench = {
    commits: 0,
    lastCommitAt: 0,
    lastCommitTaskEnd: 0,
    lastPending: 0,
    longTasks: [],
    firstRender: null,
    errors: [],
  };
  window.__bench = bench;

  // A minimal React DevTools hook: React (production too) calls onCommitFiberRoot after each commit.
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject() { return 1; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      bench.commits += 1;
      bench.lastCommitAt = performance.now();
      // The end of the JavaScript that made this commit (React flushes a discrete update's effects
      // in the same task): the main thread is free for the browser's frame from then on.
      queueMicrotask(() => { bench.lastCommitTaskEnd = performance.now(); });
      bench.lastPending = root && typeof root.pendingLanes === 'number' ? root.pendingLanes : 0;
      bench.onCommit?.();
    },
  };

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    bench.errors.push(`longtask observer: ${e}`);
  }
  window.addEventListener('error', (e) => bench.errors.push(String(e.message)));

  // First render. The check runs in the frames after each React commit (the timeline, the map's
  // status and its markers all arrive with a commit or its effects), never by polling every frame:
  // a querySelector per frame over a server-rendered list of 10,000 events would itself cost
  // seconds. A slow interval is a safety net.
  const firstRenderReady = () =>
    !!document.querySelector('.map-frame[data-status="ready"]') &&
    !!document.querySelector('.focus-view g.item, .focus-view .cluster') &&
    !!document.querySelector('.leaflet-marker-icon');
  let framesToCheck = 0;
  const check = () => {
    if (bench.firstRender !== null) return;
    if (firstRenderReady()) { bench.firstRender = performance.now(); bench.firstRenderBy = 'frame after commit'; }
    else if (--framesToCheck > 0) requestAnimationFrame(check);
  };
  bench.onCommit = () => {
    if (bench.firstRender !== null) return;
    const idle = framesToCheck <= 0;
    framesToCheck = 30;
    if (idle) requestAnimationFrame(check);
  };
  const safetyNet = setInterval(() => {
    if (bench.firstRender !== null) clearInterval(safetyNet);
    else if (document.readyState !== 'loading' && firstRenderReady()) { bench.firstRender = performance.now(); bench.firstRenderBy = 'safety-net interval'; }
  }, 1000);

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame((t) => resolve(t)));
  const afterPaint = () => new Promise((resolve) => setTimeout(resolve, 0));

  /**
   * Dispatches `act` and resolves when React is done with it: at least one commit, no pending
   * lanes after the last one, and one full frame with no further commit.
   */
  async function timeIt(act) {
    const c0 = bench.commits;
    const t0 = performance.now();
    act();
    const sync = performance.now() - t0;
    const frames = []; // [rAF time, after-paint time]
    let seen = bench.commits;
    let quiet = 0;
    for (;;) {
      const raf = await nextFrame();
      const rafNow = performance.now();
      await afterPaint();
      frames.push([rafNow, performance.now()]);
      const now = performance.now();
      if (bench.commits !== seen) { seen = bench.commits; quiet = 0; continue; }
      quiet += 1;
      const done = seen > c0 && bench.lastPending === 0 && quiet >= 1;
      if (done) break;
      if (seen === c0 && now - t0 > 1500) return { error: 'no React commit', sync };
      if (now - t0 > 10000) return { error: 'timeout (pending lanes never cleared)', sync, commits: seen - c0 };
      void raf;
    }
    const lastCommit = bench.lastCommitAt;
    // The paint that shows the last commit: the first frame whose rAF ran after it.
    const frame = frames.find(([r]) => r > lastCommit) ?? frames[frames.length - 1];
    // busy: the main thread's time for the interaction without the wait for the display's next
    // frame: the page's JavaScript up to the end of the task of React's last commit (effects
    // included), plus that frame's own work (other rAF callbacks, style, layout, paint).
    const taskEnd = Math.max(bench.lastCommitTaskEnd, lastCommit);
    return { paint: frame[1] - t0, work: lastCommit - t0, busy: taskEnd - t0 + (frame[1] - frame[0]), task: taskEnd - t0, frame: frame[1] - frame[0], sync, commits: seen - c0 };
  }

  /** Waits until no commit has happened for `quietMs` (and at least `minMs`), at most `maxMs`. */
  async function settle(minMs = 50, quietMs = 200, maxMs = 3000) {
    const start = performance.now();
    await new Promise((r) => setTimeout(r, minMs));
    for (;;) {
      const c = bench.commits;
      await new Promise((r) => setTimeout(r, quietMs));
      if (bench.commits === c || performance.now() - start > maxMs) return;
    }
  }

  const setInput = (el, value) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  };

  function pointerClick(el) {
    const r = el.getBoundingClientRect();
    const init = { bubbles: true, cancelable: true, composed: true, pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0, buttons: 1, clientX: r.left + Math.min(4, r.width / 2), clientY: r.top + r.height / 2 };
    el.dispatchEvent(new PointerEvent('pointerdown', init));
    el.dispatchEvent(new PointerEvent('pointerup', { ...init, buttons: 0 }));
    el.dispatchEvent(new MouseEvent('click', init));
  }

  const selected = new Set();
  /** One sample of an interaction; `i` alternates the direction so the state toggles back. */
  async function sample(kind, i, facet) {
    const on = i % 2 === 0;
    switch (kind) {
      case 'filter': {
        const el = document.querySelector(`input[data-facet="${facet.facet}"][data-value="${facet.value}"]`);
        if (!el) return { error: `no checkbox ${facet.facet}=${facet.value}` };
        if (el.checked === on) return { error: 'checkbox state out of step' };
        return timeIt(() => el.click());
      }
      case 'search': {
        const el = document.getElementById('search-input');
        if (!el) return { error: 'no #search-input' };
        const value = on ? `${el.value}w` : el.value.slice(0, -1);
        return timeIt(() => setInput(el, value));
      }
      case 'zoom': {
        const el = document.querySelector(`button[aria-label="${on ? 'Zoom in' : 'Zoom out'}"]`);
        if (!el) return { error: 'no zoom button' };
        if (el.disabled) return { error: 'zoom button disabled' };
        return timeIt(() => el.click());
      }
      case 'select': {
        const items = [...document.querySelectorAll('.focus-view g.item')];
        if (items.length === 0) return { error: 'no timeline item' };
        // A different item each time, spread across the visible ones.
        let pick = items.find((it, k) => k >= (i * 7) % items.length && it.getAttribute('aria-pressed') !== 'true' && !selected.has(it.dataset.event));
        pick ??= items.find((it) => it.getAttribute('aria-pressed') !== 'true');
        if (!pick) return { error: 'no unselected item' };
        selected.add(pick.dataset.event);
        const id = pick.dataset.event;
        const result = await timeIt(() => pointerClick(pick));
        const ok = document.querySelector(`.focus-view g.item[data-event="${CSS.escape(id)}"][aria-pressed="true"]`);
        return ok ? { ...result, id } : { ...result, id, error: result.error ?? 'the item did not become selected' };
      }
      default:
        return { error: `unknown interaction ${kind}` };
    }
  }

  window.__benchApi = { sample, settle, timeIt };
}

// ---------------------------------------------------------------------------------------------
// Measuring one build

async function launchBrowser() {
  const found = findChromium();
  if (!found) throw new Error('No Chromium found: install Playwright\'s (npx playwright install chromium) or set CHROMIUM_PATH.');
  const options = found.kind === 'system' ? { executablePath: found.path, args: SYSTEM_CHROMIUM_ARGS } : { args: QUIET_CHROMIUM_ARGS };
  const browser = await chromium.launch({ headless: true, ...options });
  cleanup.browser = browser;
  return { browser, chromium: { kind: found.kind, path: found.path, version: browser.version() } };
}

async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  await context.addInitScript(pageInstrumentation);
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

/** Every interaction RUNS times after WARMUP; with `cdp`, a shorter run under the CPU profiler instead. */
async function measureInteractions(page, { n, cdp = null }) {
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
    const total = WARMUP + (profile ? Math.min(RUNS, 12) : RUNS);
    // Keep the number of samples even so the state ends where it started (filter off, zoomed out, empty query).
    const count = total % 2 === 0 ? total : total + 1;
    if (profile) await cdp.send('Profiler.start');
    for (let i = 0; i < count; i++) {
      const s = await page.evaluate(([k, j, f]) => window.__benchApi.sample(k, j, f), [kind, i, facet]);
      if (i >= WARMUP) samples.push(s);
      // A selection flies the map to the event (0.6 s); let it land before the next input.
      await page.evaluate((k) => window.__benchApi.settle(k === 'select' ? 700 : 60, 150), kind);
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
      mkdirSync(OUT_DIR, { recursive: true });
      writeFileSync(path.join(OUT_DIR, `profile-${n}-${kind}.cpuprofile`), JSON.stringify(profiles[kind]));
    }
  }
  return { results, facet, profiles };
}

/** Self and total time per function in a CDP CPU profile, the top `limit` by self time. */
function summariseProfile(profile, limit = 15) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = profile.timeDeltas ?? [];
  const selfByNode = new Map();
  profile.samples.forEach((id, i) => selfByNode.set(id, (selfByNode.get(id) ?? 0) + (dt[i] ?? 0) / 1000));
  const key = (n) => {
    const f = n.callFrame;
    const file = f.url ? f.url.replace(/^.*\/_next\//, '_next/') : '';
    return `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
  };
  const self = new Map();
  const total = new Map();
  for (const [id, ms] of selfByNode) {
    const node = byId.get(id);
    self.set(key(node), (self.get(key(node)) ?? 0) + ms);
    // Total: count once per distinct function on the stack.
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  }
  const idle = [...self].filter(([k]) => /^\((idle|program)\)/.test(k)).reduce((s, [, v]) => s + v, 0);
  const busy = [...self].filter(([k]) => !/^\((idle|program|root)\)/.test(k)).reduce((s, [, v]) => s + v, 0);
  const top = [...self].filter(([k]) => !/^\((idle|program|root)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, limit)
    .map(([fn, ms]) => ({ fn, selfMs: round(ms), totalMs: round(total.get(fn) ?? 0), selfPct: round((100 * ms) / Math.max(busy, 1)) }));
  return { busyMs: round(busy), idleMs: round(idle), top };
}

async function measureSize(browser, url, n, label) {
  // First render: LOADS fresh contexts (no memory cache carried over).
  const loads = [];
  for (let i = 0; i < LOADS; i++) {
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
    const timed = await measureInteractions(page, { n });
    interactions = { ...timed.results, facet: timed.facet };
    if (PROFILE) {
      log('    profiling (a second pass, not timed)…');
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      const prof = await measureInteractions(page, { n, cdp });
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

// ---------------------------------------------------------------------------------------------
// Report

function table(results) {
  const head = ['N', 'first render ms', 'filter p50/p95', 'search p50/p95', 'zoom p50/p95', 'select p50/p95', 'longest task'];
  const rows = results.map((r) => [
    r.n === REAL ? `${r.events} (real)` : String(r.events),
    fmt(r.firstRender.median),
    ...INTERACTIONS.map((k) => `${fmt(r.interactions[k].p50)} / ${fmt(r.interactions[k].p95)}`),
    `${fmt(r.longTasks.longestMs)}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function workTable(results, measure) {
  const head = ['N', ...INTERACTIONS.map((k) => `${k} ${measure} p50/p95`)];
  const rows = results.map((r) => [String(r.events), ...INTERACTIONS.map((k) => `${fmt(r.interactions[k][`${measure}P50`])} / ${fmt(r.interactions[k][`${measure}P95`])}`)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function budgets(results) {
  const checks = [];
  const at = (n) => results.find((r) => r.n === n);
  const big = at(10000);
  if (big) {
    checks.push({ budget: 'N=10000 first render ≤ 1500 ms (median)', value: big.firstRender.median, pass: big.firstRender.median <= BUDGET.firstRenderMs });
    for (const k of INTERACTIONS) {
      const v = big.interactions[k].p95;
      checks.push({ budget: `N=10000 ${k} p95 ≤ 100 ms`, value: v, pass: v !== null && v <= BUDGET.interactionP95Ms && big.interactions[k].errors.length === 0 });
    }
    checks.push({ budget: 'N=10000 no long task > 200 ms', value: big.longTasks.longestMs, pass: big.longTasks.longestMs <= BUDGET.longTaskMs });
  }
  // At the real data, unthrottled (issue 22, which withdrew "busy ≤ 16 ms": this machine's own
  // frame, style to the software compositor, takes 15–16 ms for a filter by itself): input → next
  // paint p95 ≤ 50 ms, and the page's own JavaScript (task) p95 ≤ 12 ms.
  const small = at(REAL);
  if (small) {
    for (const k of INTERACTIONS) {
      const m = small.interactions[k];
      const ok = m.errors.length === 0;
      checks.push({ budget: `N=${small.events} (real) ${k} p95 ≤ 50 ms`, value: m.p95, pass: ok && m.p95 !== null && m.p95 <= BUDGET.smallInteractionP95Ms });
      checks.push({ budget: `N=${small.events} (real) ${k} task p95 ≤ 12 ms`, value: m.taskP95, pass: ok && m.taskP95 !== null && m.taskP95 <= BUDGET.smallTaskP95Ms });
    }
  }
  const mid = at(1000);
  if (mid && big) {
    const limit = (big.events / mid.events) * BUDGET.linearSlack;
    const ratio = (a, b) => (a && b ? a / b : null);
    const fr = ratio(big.firstRender.median, mid.firstRender.median);
    checks.push({ budget: `linear: first render t(10000)/t(1000) ≤ ${limit.toFixed(0)}`, value: round(fr, 2), pass: fr !== null && fr <= limit });
    for (const k of INTERACTIONS) {
      const r = ratio(big.interactions[k].p95, mid.interactions[k].p95);
      checks.push({ budget: `linear: ${k} p95 t(10000)/t(1000) ≤ ${limit.toFixed(0)}`, value: round(r, 2), pass: r !== null && r <= limit });
    }
  }
  return checks;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = new Date();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  cleanup.tmp = tmp;
  const site = path.join(tmp, 'site');
  const logFile = path.join(tmp, 'build.log');
  writeFileSync(logFile, '');
  const builtCommit = REF ? execFileSync('git', ['rev-parse', REF], { cwd: REPO, encoding: 'utf8' }).trim() : null;
  log(`Copying ${REF ? `${REF} (${builtCommit.slice(0, 7)})` : 'the working tree'} to ${site} …`);
  copyRepo(site);
  const { browser, chromium: chromiumInfo } = await launchBrowser();
  log(`Chromium ${chromiumInfo.version} (${chromiumInfo.kind}: ${chromiumInfo.path})`);

  const results = [];
  for (const n of SIZES) {
    const label = n === REAL ? 'real data' : `${n} synthetic events`;
    log(`\nN = ${n === REAL ? 'real' : n}: building (${label}) …`);
    let built;
    try {
      built = await buildSite(n, tmp, site, logFile);
    } catch (error) {
      console.error(`  build failed: ${error.message}`);
      results.push({ n, label, failed: `build: ${error.message.split('\n')[0]}` });
      continue;
    }
    log(`  built in ${(built.timings.buildMs / 1000).toFixed(1)} s (static pages ${built.timings.staticPagesMs === null ? '?' : `${(built.timings.staticPagesMs / 1000).toFixed(1)} s`}); index.html ${(built.bytes.indexHtml / 1024).toFixed(0)} KiB, dataset.json ${(built.bytes.datasetJson / 1024).toFixed(0)} KiB`);
    const { server, url } = await serve(built.outDir);
    try {
      // Other work on the machine (a test run, a build) skews every number: wait a while for it
      // to finish (--wait-idle seconds, 0 = do not wait), then say so if it has not.
      let busyBefore = await machineBusy();
      const waitUntil = Date.now() + WAIT_IDLE_S * 1000;
      if (busyBefore !== null && busyBefore > IDLE_BELOW && WAIT_IDLE_S > 0) log(`  the machine is busy (${Math.round(busyBefore * 100)}% CPU in other work); waiting up to ${WAIT_IDLE_S} s for it to quiet down …`);
      while (busyBefore !== null && busyBefore > IDLE_BELOW && Date.now() < waitUntil) busyBefore = await machineBusy(5000);
      if (busyBefore !== null && busyBefore > IDLE_BELOW) log(`  warning: before measuring, ${Math.round(busyBefore * 100)}% of the CPU was busy with other work; timings will be noisy`);
      log(`  measuring at ${url}`);
      const r = await measureSize(browser, url, n, label);
      results.push({ ...r, build: { timings: built.timings, bytes: built.bytes }, otherCpuBusyBefore: busyBefore === null ? null : round(busyBefore, 2), loadAvgAfter: round(os.loadavg()[0], 2) });
    } catch (error) {
      console.error(`  measuring failed: ${error.stack ?? error}`);
      results.push({ n, label, failed: `measure: ${String(error.message ?? error).split('\n')[0]}` });
    } finally {
      await stopServer(server);
      cleanup.server = null;
    }
  }

  const ok = results.filter((r) => !r.failed);
  log('\nInput → next paint after React’s last commit, ms (p50 / p95 of each interaction):\n');
  log(table(ok));
  log('\nReact only (input → end of React’s last commit, no frame wait), ms:\n');
  log(workTable(ok, 'work'));
  log('\nMain thread (busy: input → end of the task of React’s last commit, plus that frame’s own rendering; no wait for the frame), ms:\n');
  log(workTable(ok, 'busy'));
  log('\nBusy in two parts: task (input → end of the task of React’s last commit: the page’s JavaScript) and frame (that frame’s style, layout, paint and commit), ms:\n');
  log(workTable(ok, 'task'));
  log('');
  log(workTable(ok, 'frame'));
  const checks = budgets(ok);
  log('\nBudgets:');
  for (const c of checks) log(`  ${c.pass ? 'PASS' : 'FAIL'}  ${c.budget}  (measured ${c.value === null ? '—' : c.value})`);
  for (const r of results.filter((x) => x.failed)) log(`  FAIL  N=${r.n}: ${r.failed}`);
  const failed = checks.filter((c) => !c.pass).length + results.filter((r) => r.failed).length;
  log(failed === 0 ? '\nAll budgets met.' : `\n${failed} budget${failed === 1 ? '' : 's'} or size${failed === 1 ? '' : 's'} not met (this is a report; the exit code stays 0).`);

  if (PROFILE) {
    for (const r of ok) {
      if (!r.profiles) continue;
      log(`\nCPU profile, N=${r.events} (second, untimed pass; top functions by self time):`);
      for (const [k, p] of Object.entries(r.profiles)) {
        log(`  ${k}: busy ${p.busyMs} ms, idle ${p.idleMs} ms`);
        for (const t of p.top.slice(0, 8)) log(`    ${String(t.selfMs).padStart(8)} ms self ${String(t.totalMs).padStart(8)} ms total  ${t.fn}`);
      }
    }
  }

  mkdirSync(OUT_DIR, { recursive: true });
  const report = {
    date: started.toISOString(),
    finished: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGB: round(os.totalmem() / 2 ** 30, 1),
      platform: `${os.platform()} ${os.release()}`, node: process.version, chromium: chromiumInfo,
    },
    git: { ...gitInfo(), built: REF ? `git archive ${REF} (${builtCommit})` : 'working tree (HEAD plus the uncommitted changes listed)' },
    options: { sizes: SIZES, runs: RUNS, warmup: WARMUP, loads: LOADS, seed: SEED, profile: PROFILE, unminified: UNMINIFIED, waitIdleS: WAIT_IDLE_S, viewport: '1280x800' },
    method: {
      firstRender: 'performance.now() (ms since navigation start) of the first animation frame in which .focus-view has a g.item or .cluster, a .leaflet-marker-icon exists and .map-frame has data-status="ready" (checked in the 30 frames after each React commit, plus once a second); median of `loads` fresh contexts',
      interaction: 'paint: from just before dispatching the input (in the page) to the task after the first frame whose rAF ran after React’s last commit for it (a commit with no pending lanes, followed by a frame with no commit). work: to the end of that commit. busy: to the end of the task that made that commit (a microtask queued in it), plus the time from that frame’s rAF to the task after its paint (its rendering), without the wait for the frame. task and frame: busy’s two parts (to the end of that task; from that rAF to the task after the paint). Nearest-rank percentiles.',
      inputs: {
        filter: 'click() on input[data-facet=place][data-value=cochabamba-department] (filters panel open), alternately on and off',
        search: 'native value setter + input event on #search-input: "" → "w" → ""',
        zoom: 'click() on the "Zoom in" / "Zoom out" buttons, alternately',
        select: 'pointerdown + pointerup (+ click) on a different .focus-view g.item each time; 700 ms settle for the map’s fly-to',
      },
    },
    budgets: BUDGET,
    checks,
    results,
  };
  const file = path.join(OUT_DIR, 'bench.json');
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  log(`\nWrote ${path.relative(process.cwd(), file) || file}`);
}

main()
  .then(() => cleanUp())
  .then(() => process.exit(0))
  .catch(async (error) => {
    console.error(error.stack ?? error);
    await cleanUp();
    process.exit(1);
  });
