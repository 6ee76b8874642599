import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { eventSpan } from '../dates/span';
import {
  clampOnAxis, findAxisBreak, fromAxis, panOnAxis, timeAtFraction, toAxis, zoomAtCentre, zoomOnAxis, type AxisBreak,
} from './axisBreak';
import { domainOfYears, span, yearStart } from './domain';
import { LANDMARK_EVENTS } from './landmarks';
import { layoutTimeline } from './layout';
import { timeScale } from './scale';
import { chooseTicks, tickLabelSides } from './ticks';

const EXTENT = domainOfYears(1770, 2015);
// What the shipped events give: 1782 to 1952 is empty.
const BREAK = findAxisBreak([eventSpan('1780', '1781'), eventSpan('1952'), eventSpan('2000', '2005')])!;
const GAP = BREAK[0]!;
const YEAR = 365.2425 * 86_400_000;

describe('an axis with two gaps', () => {
  const two = findAxisBreak([eventSpan('1780', '1781'), eventSpan('1864', '1876'), eventSpan('1952'), eventSpan('2000', '2005')])!;
  it('finds both stretches, in order, and maps times through both and back', () => {
    assert.equal(two.length, 2);
    assert.ok(two[0]!.to < two[1]!.from);
    let last = -Infinity;
    for (let year = 1770; year <= 2015; year += 1) {
      const t = yearStart(year);
      const a = toAxis(t, two);
      assert.ok(a > last, `monotonic at ${year}`);
      last = a;
      assert.ok(Math.abs(fromAxis(a, two) - t) < 1, `round trip at ${year}`);
    }
    assert.equal(toAxis(two[1]!.to, two), two[1]!.to - (two[0]!.to - two[0]!.from - two[0]!.drawn) - (two[1]!.to - two[1]!.from - two[1]!.drawn));
  });
  it('puts ticks on each side of each gap and none inside', () => {
    const times = chooseTicks(EXTENT, 1280, two).ticks.map((t) => t.getTime());
    for (const g of two) {
      assert.ok(times.includes(g.from) && times.includes(g.to), 'a tick at each edge');
      assert.ok(!times.some((t) => t > g.from && t < g.to), 'none inside');
    }
  });
});

describe('finding the break', () => {
  it('takes the longest empty stretch, padded and rounded inwards to decades', () => {
    assert.equal(GAP.from, yearStart(1790));
    assert.equal(GAP.to, yearStart(1950));
    assert.equal(GAP.drawn, Math.round((GAP.to - GAP.from) / 40));
  });
  it('is null when no stretch is long enough, or the events overlap throughout', () => {
    assert.equal(findAxisBreak([eventSpan('1950'), eventSpan('1990'), eventSpan('2005')]), null);
    assert.equal(findAxisBreak([eventSpan('1700', '2000'), eventSpan('1800')]), null);
    assert.equal(findAxisBreak([]), null);
  });
});

describe('the broken axis', () => {
  it('is strictly monotonic across the whole extent, and continuous at the break', () => {
    let previous = -Infinity;
    for (let t = EXTENT.from; t <= EXTENT.to; t += YEAR / 7) {
      const a = toAxis(t, BREAK);
      assert.ok(a > previous, `not increasing at ${new Date(t).toISOString()}`);
      previous = a;
    }
    assert.equal(toAxis(GAP.from, BREAK), GAP.from);
    assert.equal(toAxis(GAP.to, BREAK), GAP.from + GAP.drawn);
    const x = timeScale(EXTENT, 800, BREAK);
    for (let t = EXTENT.from; t < EXTENT.to; t += YEAR) assert.ok(x(t + YEAR) > x(t));
  });
  it('maps back exactly outside the break, and within a millisecond inside it', () => {
    for (const year of [1770, 1789, 1950, 1952, 2003, 2016]) assert.equal(fromAxis(toAxis(yearStart(year), BREAK), BREAK), yearStart(year));
    const inside = yearStart(1870) + 12345;
    assert.ok(Math.abs(fromAxis(toAxis(inside, BREAK), BREAK) - inside) < 1);
  });
  it('draws the break `ratio` times shorter and keeps the same px per year on both sides', () => {
    const x = timeScale(EXTENT, 900, BREAK);
    const before = x(yearStart(1785)) - x(yearStart(1780));
    const after = x(yearStart(2005)) - x(yearStart(2000));
    assert.ok(Math.abs(before - after) < 0.01);
    assert.ok(Math.abs((x(GAP.to) - x(GAP.from)) - (before / 5) * 4) < 0.1, '160 years drawn as 4');
    assert.equal(x(EXTENT.from), 0);
    assert.ok(Math.abs(x(EXTENT.to) - 900) < 1e-6);
  });
  it('is linear, as without a break, in a window that does not reach the break', () => {
    const d = domainOfYears(1990, 2010);
    const broken = timeScale(d, 800, BREAK);
    const plain = timeScale(d, 800);
    for (const year of [1990, 1995, 2003, 2011]) assert.ok(Math.abs(broken(yearStart(year)) - plain(yearStart(year))) < 1e-6);
    assert.deepEqual(chooseTicks(d, 800, BREAK), chooseTicks(d, 800));
  });
  it('lays events out where the scale draws them', () => {
    const items = [{ id: 'k', start: '1780', end: '1781', label: 'K' }, { id: 's', start: '1952-03', label: 'S' }, { id: 'g', start: '2003-10', label: 'G' }];
    const { items: placed } = layoutTimeline(items, EXTENT, { width: 800, maxLanes: 4, axisBreak: BREAK });
    const x = timeScale(EXTENT, 800, BREAK);
    const s = placed.find((i) => i.id === 's')!;
    assert.equal(s.kind, 'point');
    assert.ok(Math.abs(s.x0 - (x(Date.UTC(1952, 2, 1)) + x(Date.UTC(1952, 3, 1))) / 2) < 1e-6);
  });
});

describe('ticks on a broken axis', () => {
  for (const width of [325, 802, 1280]) {
    it(`at ${width}px: ticks on both sides, none inside the break, labels apart`, () => {
      const { ticks } = chooseTicks(EXTENT, width, BREAK);
      const times = ticks.map((t) => t.getTime());
      assert.ok(times.some((t) => t <= GAP.from), 'a tick before the break');
      assert.ok(times.some((t) => t >= GAP.to), 'a tick after the break');
      assert.ok(!times.some((t) => t > GAP.from && t < GAP.to), 'no tick inside the break');
      const x = timeScale(EXTENT, width, BREAK);
      const xs = times.map((t) => x(t));
      const labels = ticks.map((t) => String(t.getUTCFullYear()));
      const sides = tickLabelSides(xs, labels, width, undefined, undefined, new Set([times.indexOf(GAP.from)]));
      let end = -Infinity;
      sides.forEach((side, i) => {
        if (!side) return;
        const start = side === 'after' ? xs[i]! + 3 : xs[i]! - 3 - labels[i]!.length * 6.5;
        assert.ok(start >= end, `label ${labels[i]} runs into the one before`);
        if (times[i] === GAP.from) assert.equal(side, 'before');
        end = start + labels[i]!.length * 6.5;
      });
    });
  }
  it('drops a label that would run into the one before (two ticks either side of a break)', () => {
    assert.deepEqual(tickLabelSides([10, 40, 100], ['1790', '1950', '1960'], 800), ['after', null, 'after']);
  });
});

describe('zoom and pan on a broken axis', () => {
  it('zooming in then out at the centre comes back to the window', () => {
    for (const d of [EXTENT, domainOfYears(1775, 1990), domainOfYears(1940, 2015), domainOfYears(1995, 2005)]) {
      for (const factor of [0.5, 0.8]) {
        const back = zoomAtCentre(zoomAtCentre(d, factor, EXTENT, BREAK), 1 / factor, EXTENT, BREAK);
        assert.ok(Math.abs(back.from - d.from) < 1000 && Math.abs(back.to - d.to) < 1000, `${factor} at ${new Date(d.from).toISOString()}`);
      }
    }
    assert.deepEqual(zoomAtCentre(zoomAtCentre(EXTENT, 0.5, EXTENT, BREAK), 2, EXTENT, BREAK), EXTENT);
  });
  it('keeps the time under the pointer under the pointer, on both sides of the break', () => {
    for (const fraction of [0.1, 0.9]) {
      const anchor = timeAtFraction(EXTENT, fraction, BREAK);
      const z = zoomOnAxis(EXTENT, 0.5, anchor, EXTENT, BREAK);
      const x = timeScale(z, 1000, BREAK);
      assert.ok(Math.abs(x(anchor) - fraction * 1000) < 0.01);
    }
  });
  it('zooms as a plain linear axis where the window is clear of the break', () => {
    const d = domainOfYears(1990, 2010);
    const z = zoomAtCentre(d, 0.5, EXTENT, BREAK);
    assert.equal(span(z), span(d) / 2);
    assert.equal(z.from + span(z) / 2, d.from + span(d) / 2);
  });
  it('pans by what is drawn, not by true time, and stays inside the extent', () => {
    const d = domainOfYears(1770, 1800);
    const moved = panOnAxis(d, 0.5, EXTENT, BREAK);
    const x = timeScale(d, 600, BREAK);
    assert.ok(Math.abs(x(moved.from) - 300) < 0.01);
    assert.deepEqual(panOnAxis(d, -10, EXTENT, BREAK).from, EXTENT.from);
    assert.equal(clampOnAxis({ from: EXTENT.from - YEAR, to: EXTENT.to }, EXTENT, BREAK).from, EXTENT.from);
  });
});

describe('the opening window', () => {
  const dir = path.join(import.meta.dirname, '../../data/events');
  const events = fs.readdirSync(dir).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { id: string; start: string; end?: string; title: { en: string; es: string } });
  const brk: AxisBreak | null = findAxisBreak(events.map((e) => eventSpan(e.start, e.end)));
  it('the landmarks are real events, and the shipped events break the axis twice, around the First International', () => {
    for (const id of LANDMARK_EVENTS) assert.ok(events.some((e) => e.id === id), id);
    assert.deepEqual(brk?.map((g) => [new Date(g.from).getUTCFullYear(), new Date(g.to).getUTCFullYear()]), [[1790, 1860], [1880, 1950]]);
  });
  for (const locale of ['en', 'es'] as const) {
    for (const width of [325, 802]) {
      it(`every landmark has a lane over the whole span at ${width}px (${locale})`, () => {
        const items = events.map((e) => ({ id: e.id, start: e.start, end: e.end, label: e.title[locale] }));
        const { items: placed } = layoutTimeline(items, EXTENT, { width, maxLanes: 8, axisBreak: brk, priority: new Set(LANDMARK_EVENTS) });
        for (const id of LANDMARK_EVENTS) assert.ok(placed.some((i) => i.id === id), `${id} folded`);
      });
    }
  }
});
