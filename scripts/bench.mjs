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
 *                          [--seed 1] [--ref <git ref>] [--wait-idle 300] [--select-ids a,b] [--profile] [--unminified] [--keep] [--out bench-results]
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
 *   --select-ids  a,b,c: the selections click these events in turn (warm-ups included) instead
 *                 of picking from the visible ones, so that two builds are compared on the same
 *                 clicks; an event not in the timeline's opening view is an error for its sample
 *
 * The copy is built with typescript.ignoreBuildErrors (type errors, say in a test file being
 * edited, do not change the bundle; `npm test` checks types) and staticPageGenerationTimeout
 * 1800 s (prerendering a page of 10,000 events can take longer than Next's default 60 s).
 *
 * The parts are in scripts/bench/: cli.mjs (these flags), build.mjs and serve.mjs (the copy, its
 * build, its server), page-instrumentation.js (what runs in the page), measure.mjs, report.mjs.
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
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite, cleanUp, cleanup, copyRepo, gitInfo } from './bench/build.mjs';
import { parseArgs, REAL, UsageError } from './bench/cli.mjs';
import { launchBrowser, measureSize } from './bench/measure.mjs';
import { BUDGET, budgets, METHOD, printReport } from './bench/report.mjs';
import { serve, stopServer, waitForQuiet } from './bench/serve.mjs';
import { round } from './bench/stats.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (...a) => console.log(...a);

let opts;
try {
  opts = parseArgs(process.argv.slice(2), { repo: REPO });
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(error.message);
  process.exit(2);
}
if (opts.help) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
  process.exit(0);
}
cleanup.keep = opts.keep;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => { cleanUp().finally(() => process.exit(130)); });
}

async function main() {
  const started = new Date();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  cleanup.tmp = tmp;
  const site = path.join(tmp, 'site');
  const logFile = path.join(tmp, 'build.log');
  writeFileSync(logFile, '');
  const { ref } = opts;
  const builtCommit = ref ? execFileSync('git', ['rev-parse', ref], { cwd: REPO, encoding: 'utf8' }).trim() : null;
  log(`Copying ${ref ? `${ref} (${builtCommit.slice(0, 7)})` : 'the working tree'} to ${site} …`);
  copyRepo(REPO, site, opts);
  const { browser, chromium: chromiumInfo } = await launchBrowser();
  log(`Chromium ${chromiumInfo.version} (${chromiumInfo.kind}: ${chromiumInfo.path})`);

  const results = [];
  for (const n of opts.sizes) {
    const label = n === REAL ? 'real data' : `${n} synthetic events`;
    log(`\nN = ${n === REAL ? 'real' : n}: building (${label}) …`);
    let built;
    try {
      built = await buildSite(n, { repo: REPO, tmp, site, logFile, seed: opts.seed });
    } catch (error) {
      console.error(`  build failed: ${error.message}`);
      results.push({ n, label, failed: `build: ${error.message.split('\n')[0]}` });
      continue;
    }
    log(`  built in ${(built.timings.buildMs / 1000).toFixed(1)} s (static pages ${built.timings.staticPagesMs === null ? '?' : `${(built.timings.staticPagesMs / 1000).toFixed(1)} s`}); index.html ${(built.bytes.indexHtml / 1024).toFixed(0)} KiB, dataset.json ${(built.bytes.datasetJson / 1024).toFixed(0)} KiB`);
    const { server, url } = await serve(REPO, built.outDir);
    try {
      const busyBefore = await waitForQuiet({ waitS: opts.waitIdleS, log });
      log(`  measuring at ${url}`);
      const r = await measureSize(browser, url, n, label, opts);
      results.push({ ...r, build: { timings: built.timings, bytes: built.bytes }, otherCpuBusyBefore: busyBefore === null ? null : round(busyBefore, 2), loadAvgAfter: round(os.loadavg()[0], 2) });
    } catch (error) {
      console.error(`  measuring failed: ${error.stack ?? error}`);
      results.push({ n, label, failed: `measure: ${String(error.message ?? error).split('\n')[0]}` });
    } finally {
      await stopServer(server);
      cleanup.server = null;
    }
  }

  const checks = budgets(results.filter((r) => !r.failed));
  printReport(results, checks, log);

  mkdirSync(opts.outDir, { recursive: true });
  const { sizes, runs, warmup, loads, seed, profile, unminified, waitIdleS, selectIds } = opts;
  const report = {
    date: started.toISOString(),
    finished: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGB: round(os.totalmem() / 2 ** 30, 1),
      platform: `${os.platform()} ${os.release()}`, node: process.version, chromium: chromiumInfo,
    },
    git: { ...gitInfo(REPO), built: ref ? `git archive ${ref} (${builtCommit})` : 'working tree (HEAD plus the uncommitted changes listed)' },
    options: { sizes, runs, warmup, loads, seed, profile, unminified, waitIdleS, viewport: '1280x800', ...(selectIds ? { selectIds } : {}) },
    method: selectIds
      ? { ...METHOD, inputs: { ...METHOD.inputs, select: `pointerdown + pointerup (+ click) on the .focus-view g.item of each of options.selectIds in turn; 700 ms settle for the map’s fly-to` } }
      : METHOD,
    budgets: BUDGET,
    checks,
    results,
  };
  const file = path.join(opts.outDir, 'bench.json');
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
