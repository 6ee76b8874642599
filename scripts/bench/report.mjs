/**
 * The bench's report: the tables it prints and the budgets it checks, from the results of
 * measure.mjs. Pure: it formats and judges, it measures nothing.
 */
import { REAL } from './cli.mjs';
import { fmt, round } from './stats.mjs';

/** The four interactions, in the order they are measured and printed. */
export const INTERACTIONS = ['filter', 'search', 'zoom', 'select'];
export const BUDGET = { firstRenderMs: 1500, interactionP95Ms: 100, longTaskMs: 200, smallInteractionP95Ms: 50, smallTaskP95Ms: 12, linearSlack: 1.2 };

export function table(results) {
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

export function workTable(results, measure) {
  const head = ['N', ...INTERACTIONS.map((k) => `${k} ${measure} p50/p95`)];
  const rows = results.map((r) => [String(r.events), ...INTERACTIONS.map((k) => `${fmt(r.interactions[k][`${measure}P50`])} / ${fmt(r.interactions[k][`${measure}P95`])}`)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function budgets(results) {
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

/** Prints the tables, the budgets and (with --profile) each interaction's top functions. */
export function printReport(results, checks, log) {
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
  log('\nBudgets:');
  for (const c of checks) log(`  ${c.pass ? 'PASS' : 'FAIL'}  ${c.budget}  (measured ${c.value === null ? '—' : c.value})`);
  for (const r of results.filter((x) => x.failed)) log(`  FAIL  N=${r.n}: ${r.failed}`);
  const failed = checks.filter((c) => !c.pass).length + results.filter((r) => r.failed).length;
  log(failed === 0 ? '\nAll budgets met.' : `\n${failed} budget${failed === 1 ? '' : 's'} or size${failed === 1 ? '' : 's'} not met (this is a report; the exit code stays 0).`);
  for (const r of ok) {
    if (!r.profiles) continue;
    log(`\nCPU profile, N=${r.events} (second, untimed pass; top functions by self time):`);
    for (const [k, p] of Object.entries(r.profiles)) {
      log(`  ${k}: busy ${p.busyMs} ms, idle ${p.idleMs} ms`);
      for (const t of p.top.slice(0, 8)) log(`    ${String(t.selfMs).padStart(8)} ms self ${String(t.totalMs).padStart(8)} ms total  ${t.fn}`);
    }
  }
}

/** How each figure in bench.json is measured, written into it beside the numbers. */
export const METHOD = {
  firstRender: 'performance.now() (ms since navigation start) of the first animation frame in which .focus-view has a g.item or .cluster, a .leaflet-marker-icon exists and .map-frame has data-status="ready" (checked in the 30 frames after each React commit, plus once a second); median of `loads` fresh contexts',
  interaction: 'paint: from just before dispatching the input (in the page) to the task after the first frame whose rAF ran after React’s last commit for it (a commit with no pending lanes, followed by a frame with no commit). work: to the end of that commit. busy: to the end of the task that made that commit (a microtask queued in it), plus the time from that frame’s rAF to the task after its paint (its rendering), without the wait for the frame. task and frame: busy’s two parts (to the end of that task; from that rAF to the task after the paint). Nearest-rank percentiles.',
  inputs: {
    filter: 'click() on input[data-facet=place][data-value=cochabamba-department] (filters panel open), alternately on and off; 700 ms settle for the map’s fly-to',
    search: 'native value setter + input event on #search-input: "" → "w" → ""; 700 ms settle for the map’s fly-to',
    zoom: 'click() on the "Zoom in" / "Zoom out" buttons, alternately',
    select: 'pointerdown + pointerup (+ click) on a different .focus-view g.item each time; 700 ms settle for the map’s fly-to',
  },
};
