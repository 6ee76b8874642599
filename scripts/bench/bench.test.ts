import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArgs, UsageError } from './cli.mjs';
import { budgets, table, workTable, type SizeResult } from './report.mjs';
import { fmt, quantile, round } from './stats.mjs';

describe('the bench’s percentiles', () => {
  it('takes the nearest rank: the p95 of 20 samples is the 19th smallest, the p50 the 10th', () => {
    const v = Array.from({ length: 20 }, (_, i) => 20 - i); // 20 … 1, unsorted on purpose
    assert.equal(quantile(v, 0.95), 19);
    assert.equal(quantile(v, 0.5), 10);
    assert.equal(quantile(v, 1), 20);
    assert.equal(quantile(v, 0), 1);
  });

  it('leaves out what is not a finite number, and has no value for no samples', () => {
    assert.equal(quantile([3, null, Number.NaN, 'x', Infinity, 1], 0.5), 1);
    assert.equal(quantile([], 0.95), null);
    assert.equal(quantile([undefined], 0.95), null);
  });

  it('rounds for the JSON and formats for the table', () => {
    assert.equal(round(12.345), 12.3);
    assert.equal(round(12.345, 2), 12.35);
    assert.equal(round(null), null);
    assert.equal(fmt(9.96), '10.0');
    assert.equal(fmt(123.6), '124');
    assert.equal(fmt(null), '—');
  });
});

describe('the bench’s command line', () => {
  const repo = '/repo';
  it('defaults to the three sizes, 30 runs after 3 warm-ups, 5 loads, bench-results/', () => {
    const o = parseArgs([], { repo });
    assert.deepEqual(o.sizes, [40, 1000, 10000]);
    assert.deepEqual([o.runs, o.warmup, o.loads, o.seed, o.waitIdleS], [30, 3, 5, 1, 300]);
    assert.equal(o.outDir, '/repo/bench-results');
    assert.deepEqual([o.ref, o.selectIds, o.profile, o.keep, o.unminified, o.help], [null, null, false, false, false, false]);
  });

  it('reads each flag, "real" as 40, and --out against the repository', () => {
    const o = parseArgs(['--sizes', 'real, 10000', '--runs', '5', '--loads', '1', '--ref', 'HEAD~2', '--out', 'tmp/b', '--profile', '--select-ids', 'a,b'], { repo });
    assert.deepEqual(o.sizes, [40, 10000]);
    assert.deepEqual([o.runs, o.loads, o.ref, o.outDir, o.profile], [5, 1, 'HEAD~2', '/repo/tmp/b', true]);
    assert.deepEqual(o.selectIds, ['a', 'b']);
  });

  it('does not take the next flag for a value', () => {
    const o = parseArgs(['--ref', '--keep'], { repo });
    assert.equal(o.ref, null);
    assert.equal(o.keep, true);
  });

  it('refuses sizes and counts that are not whole numbers', () => {
    assert.throws(() => parseArgs(['--sizes', '40,1e3.5'], { repo }), UsageError);
    assert.throws(() => parseArgs(['--sizes', '0'], { repo }), UsageError);
    assert.throws(() => parseArgs(['--runs', 'many'], { repo }), UsageError);
  });
});

function interaction(p50: number, p95: number, taskP95 = 5): SizeResult['interactions']['filter'] {
  return { p50, p95, taskP95, workP50: 1, workP95: 2, busyP50: 3, busyP95: 4, taskP50: 1, frameP50: 2, frameP95: 3, errors: [] };
}
function size(n: number, events: number, p95: number, extra: Partial<SizeResult> = {}): SizeResult {
  const i = interaction(p95 / 2, p95);
  return { n, events, firstRender: { median: 1000 }, interactions: { filter: i, search: i, zoom: i, select: i }, longTasks: { longestMs: 90 }, ...extra };
}

describe('the bench’s report', () => {
  it('prints one row per size, the real data marked, the columns padded to one width', () => {
    const lines = table([size(40, 41, 20), size(10000, 10000, 60.04)]).split('\n');
    assert.equal(lines[0], '|         N | first render ms | filter p50/p95 | search p50/p95 | zoom p50/p95 | select p50/p95 | longest task |');
    assert.match(lines[1]!, /^\|-+\|/);
    assert.equal(lines[2], '| 41 (real) |            1000 |    10.0 / 20.0 |    10.0 / 20.0 |  10.0 / 20.0 |    10.0 / 20.0 |         90.0 |');
    assert.equal(new Set(lines.map((l) => l.length)).size, 1);
    assert.match(workTable([size(40, 41, 20)], 'task'), /filter task p50\/p95 \|[\s\S]*1\.0 \/ 5\.0/);
  });

  it('judges the real data against 50 ms to the next paint and 12 ms of task', () => {
    const slow = size(40, 41, 20);
    slow.interactions.select = interaction(30, 51, 12.1);
    const checks = budgets([slow]);
    const failed = checks.filter((c) => !c.pass).map((c) => c.budget);
    assert.deepEqual(failed, ['N=41 (real) select p95 ≤ 50 ms', 'N=41 (real) select task p95 ≤ 12 ms']);
    assert.equal(checks.length, 8);
  });

  it('fails an interaction that had errors whatever its times, and checks 10,000 against 1,000 for linear growth (ratio ≤ 12)', () => {
    const withErrors = size(40, 41, 20);
    withErrors.interactions.zoom = { ...interaction(5, 10), errors: ['no zoom button'] };
    assert.equal(budgets([withErrors]).filter((c) => !c.pass).length, 2);
    const checks = budgets([size(1000, 1000, 10), size(10000, 10000, 110)]);
    const linear = checks.filter((c) => c.budget.startsWith('linear'));
    assert.equal(linear.length, 5);
    assert.ok(linear.filter((c) => c.budget.includes('p95')).every((c) => c.value === 11 && c.pass));
    assert.ok(checks.some((c) => c.budget === 'N=10000 filter p95 ≤ 100 ms' && !c.pass && c.value === 110));
  });
});
