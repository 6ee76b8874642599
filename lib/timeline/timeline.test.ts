import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventSpan, spanOf } from '../dates/span';
import { clampDomain, domainAround, domainOfYears, MIN_SPAN, panDomain, span, yearsOf, zoomDomain } from './domain';
import { assignLanes } from './lanes';
import { layoutTimeline, measureTimeline, placeTimeline, shorten, shortenedLength, type TimelineItem } from './layout';
import { timeScale } from './scale';
import { chooseTicks, tickLabelSides } from './ticks';

const EXTENT = domainOfYears(1770, 2015);

describe('precision → span', () => {
  it('a year covers the whole year, a month its month, a day its day (end exclusive)', () => {
    assert.deepEqual(spanOf('1974'), { from: Date.UTC(1974, 0, 1), to: Date.UTC(1975, 0, 1), precision: 'year' });
    assert.deepEqual(spanOf('2000-04'), { from: Date.UTC(2000, 3, 1), to: Date.UTC(2000, 4, 1), precision: 'month' });
    assert.deepEqual(spanOf('2003-10-17'), { from: Date.UTC(2003, 9, 17), to: Date.UTC(2003, 9, 18), precision: 'day' });
  });
  it('a range runs from the start of its start to the end of its end, both inclusive', () => {
    const s = eventSpan('2000-01', '2000-04');
    assert.equal(s.from, Date.UTC(2000, 0, 1));
    assert.equal(s.to, Date.UTC(2000, 4, 1));
  });
  it('years before 100 are not shifted to the 1900s', () => {
    assert.equal(new Date(spanOf('0050').from).getUTCFullYear(), 50);
  });
});

describe('domain', () => {
  it('zooms around an anchor that stays put', () => {
    const d = domainOfYears(1900, 1999);
    const anchor = Date.UTC(1950, 0, 1);
    const z = zoomDomain(d, 0.5, anchor, EXTENT);
    assert.ok(Math.abs(span(z) - span(d) / 2) < 1);
    assert.ok(Math.abs((anchor - z.from) / span(z) - (anchor - d.from) / span(d)) < 1e-9);
  });
  it('never zooms below one month or beyond the extent', () => {
    const tiny = zoomDomain(domainOfYears(2003, 2003), 0.0001, Date.UTC(2003, 9, 1), EXTENT);
    assert.equal(span(tiny), MIN_SPAN);
    const huge = zoomDomain(domainOfYears(1900, 1999), 100, Date.UTC(1950, 0, 1), EXTENT);
    assert.deepEqual(huge, EXTENT);
  });
  it('pans without leaving the extent', () => {
    const d = domainOfYears(2000, 2010);
    assert.equal(panDomain(d, 1e15, EXTENT).to, EXTENT.to);
    assert.equal(panDomain(d, -1e15, EXTENT).from, EXTENT.from);
  });
  it('clamps a window that starts before the extent', () => {
    assert.deepEqual(clampDomain({ from: EXTENT.from - 1000, to: EXTENT.from + span(EXTENT) / 2 }, EXTENT).from, EXTENT.from);
  });
  it('brings a span into focus with a margin', () => {
    const d = domainAround(Date.UTC(2003, 9, 1), Date.UTC(2003, 10, 1), EXTENT);
    assert.ok(d.from < Date.UTC(2003, 9, 1) && d.to > Date.UTC(2003, 10, 1));
  });
  it('reports the whole years a window covers, inclusive', () => {
    assert.deepEqual(yearsOf(domainOfYears(1952, 2005)), { from: 1952, to: 2005 });
  });
});

describe('tick choice per zoom', () => {
  const cases: [number, number, number, string][] = [
    [1770, 2015, 1280, 'decade'],
    [1770, 2015, 375, 'half-century'],
    [1990, 2010, 1280, 'year'],
    [2003, 2003, 1280, 'month'],
    [2003, 2003, 375, 'quarter'],
  ];
  for (const [from, to, width, unit] of cases) {
    it(`${from}–${to} at ${width}px → ${unit}`, () => {
      assert.equal(chooseTicks(domainOfYears(from, to), width).unit, unit);
    });
  }
  it('keeps tick labels inside the axis: the last one goes left of its tick, or is left out', () => {
    // "2000" at 310 px of 325: it would run past the edge, and there is room before it.
    assert.deepEqual(tickLabelSides([10, 160, 310], ['1900', '1950', '2000'], 325), ['after', 'after', 'before']);
    // Too close to the label before to go left of its tick either: left out, not cut.
    assert.deepEqual(tickLabelSides([10, 290, 320], ['1900', '1950', '2000'], 325), ['after', 'after', null]);
    assert.deepEqual(tickLabelSides([], [], 325), []);
  });
  it('labels never collide at any zoom or width', () => {
    for (const width of [320, 375, 800, 1280, 1920]) {
      for (let years = 0.1; years < 260; years *= 1.3) {
        const d = { from: Date.UTC(1990, 0, 1), to: Date.UTC(1990, 0, 1) + years * 365.25 * 86_400_000 };
        const { ticks, labelWidth } = chooseTicks(d, width);
        const xs = ticks.map((t) => ((t.getTime() - d.from) / (d.to - d.from)) * width);
        for (let i = 1; i < xs.length; i++) {
          assert.ok(xs[i]! - xs[i - 1]! >= labelWidth, `ticks ${xs[i - 1]} and ${xs[i]} collide at ${width}px over ${years.toFixed(2)} years`);
        }
      }
    }
  });
});

describe('lane assignment', () => {
  it('puts overlapping items in different lanes and reuses free lanes', () => {
    const { lanes, overflow, laneCount } = assignLanes([
      { id: 'a', x0: 0, x1: 100 },
      { id: 'b', x0: 50, x1: 150 },
      { id: 'c', x0: 120, x1: 200 },
    ], 5);
    assert.equal(lanes.get('a'), 0);
    assert.equal(lanes.get('b'), 1);
    assert.equal(lanes.get('c'), 0);
    assert.equal(laneCount, 2);
    assert.deepEqual(overflow, []);
  });
  it('places priority items first, so the selection never folds into a cluster', () => {
    const items = Array.from({ length: 5 }, (_, i) => ({ id: `e${i}`, x0: 0, x1: 50 }));
    const { lanes, overflow } = assignLanes(items, 2, 4, new Set(['e4']));
    assert.equal(lanes.get('e4'), 0);
    assert.equal(overflow.length, 3);
    assert.ok(!overflow.some((o) => o.id === 'e4'));
  });
  it('overflows beyond the lane limit instead of overlapping', () => {
    const items = Array.from({ length: 5 }, (_, i) => ({ id: `e${i}`, x0: 0, x1: 50 }));
    const { lanes, overflow } = assignLanes(items, 3);
    assert.equal(lanes.size, 3);
    assert.equal(overflow.length, 2);
  });
  it('puts a bar\'s label on the bar only when the bar holds it, else beside it', () => {
    const domain = domainOfYears(1990, 2010);
    const options = { width: 800, maxLanes: 6, charWidth: 6.6 };
    const at = (start: string, end: string, label: string) =>
      layoutTimeline([{ id: 'e', start, end, label }], domain, options).items[0]!;
    // Four months of 2000: far narrower than its title, so the title follows the bar's end
    // rather than running over it.
    const short = at('2000-01', '2000-04', 'Cochabamba Water War');
    assert.ok(short.labelX >= short.x1, `label at ${short.labelX}, bar ends at ${short.x1}`);
    assert.equal(short.labelWidth, 'Cochabamba Water War'.length * 6.6, 'the whole title has room');
    // Ten years: the title fits on the bar, where it starts.
    const long = at('1992', '2001', 'Water War');
    assert.ok(long.labelX > long.x0 && long.labelX + long.labelWidth < long.x1);
    // Near the right edge, a short bar's label goes left of it.
    const late = at('2009-06', '2009-12', 'Late event');
    assert.ok(late.labelX + late.labelWidth <= late.x0);
    // A bar across the whole window: no room beside it, so the title is cut, on the bar.
    const wide = at('1980', '2020', 'An event that lasted for a very long time indeed, much longer than the window shows at all');
    assert.ok(wide.labelX > wide.x0 && wide.labelWidth < wide.title.length * 6.6 && wide.labelX + wide.labelWidth <= 800);
  });
  it('no two placed items or labels overlap in a lane (random data, 375 and 1280 px)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const events: TimelineItem[] = Array.from({ length: 300 }, (_, i) => {
      const year = 1780 + Math.floor(random() * 230);
      const month = 1 + Math.floor(random() * 12);
      const hasEnd = random() < 0.3;
      return {
        id: `e${i}`,
        start: `${year}-${String(month).padStart(2, '0')}`,
        end: hasEnd ? `${Math.min(year + Math.floor(random() * 10), 2010)}` : undefined,
        // Words too: a label cut at a space loses it (shorten trims), and the lanes must know.
        label: i % 2 ? 'x'.repeat(5 + Math.floor(random() * 40)) : 'ab  '.repeat(2 + Math.floor(random() * 10)),
      };
    }).filter((e) => !e.end || Number(e.end) >= Number(e.start.slice(0, 4)));
    for (const width of [375, 1280]) {
      const layout = layoutTimeline(events, EXTENT, { width, maxLanes: 6 });
      const extents = layout.items.map((item) => ({
        lane: item.lane,
        a: Math.min(item.kind === 'point' ? item.x0 - 5 : item.x0, item.labelX),
        b: Math.max(item.kind === 'point' ? item.x0 + 5 : item.x1, item.labelX + item.labelWidth),
      }));
      for (let i = 0; i < extents.length; i++) {
        for (let j = i + 1; j < extents.length; j++) {
          const p = extents[i]!;
          const q = extents[j]!;
          if (p.lane !== q.lane) continue;
          assert.ok(p.b <= q.a || q.b <= p.a, `overlap in lane ${p.lane} at ${width}px`);
        }
      }
      for (const item of layout.items) {
        assert.ok(item.labelX >= -0.01 && item.labelX + item.labelWidth <= width + 0.01, `label of ${item.id} leaves the ${width}px timeline`);
      }
      const shown = layout.items.length + layout.clusters.reduce((n, c) => n + c.ids.length, 0);
      assert.equal(shown, events.length, 'every event is either placed or counted in a cluster');
    }
  });
});

describe('shortenedLength', () => {
  it('is the length of the shortened label, spaces at the cut included', () => {
    for (const text of ['Water War', 'The Gas War of  2003 in El Alto', 'a b c d e f g h', '   leading', 'x', 'Tolata  massacre']) {
      for (let max = 1; max <= text.length + 2; max++) assert.equal(shortenedLength(text, max), shorten(text, max).length, `"${text}" at ${max}`);
    }
  });
});

describe('layoutTimeline positions', () => {
  it('places marks exactly where the axis’s scale (d3’s scaleUtc) puts their dates', () => {
    const events: TimelineItem[] = [];
    for (let i = 0; i < 200; i++) {
      const year = 1780 + ((i * 37) % 230);
      const month = String(1 + (i % 12)).padStart(2, '0');
      events.push(i % 3 === 0
        ? { id: `e${i}`, start: `${year}-${month}`, label: `Event ${i}` }
        : { id: `e${i}`, start: String(year), end: String(year + (i % 9)), label: `Event ${i}` });
    }
    for (const domain of [EXTENT, domainOfYears(1899, 1952), domainOfYears(2000, 2000)]) {
      const width = 913;
      const x = timeScale(domain, width);
      const layout = layoutTimeline(events, domain, { width, maxLanes: 1000 });
      assert.ok(layout.items.length > 0);
      for (const item of layout.items) {
        assert.equal(item.event, events.find((e) => e.id === item.id), item.id);
        const s = eventSpan(item.event.start, item.event.end);
        const [raw0, raw1] = [x(s.from), x(s.to)];
        if (item.kind === 'point') assert.equal(item.x0, (raw0 + raw1) / 2, item.id);
        else assert.deepEqual([item.x0, item.x1], [Math.max(raw0, 0), Math.min(raw1, width)], item.id);
      }
    }
  });
});

describe('measureTimeline + placeTimeline', () => {
  it('placing a subset of the measured events gives the layout of that subset alone', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const all: TimelineItem[] = Array.from({ length: 400 }, (_, i) => {
      const year = 1780 + Math.floor(random() * 230);
      return {
        // Ids out of date order, and many events sharing a date: the tie-breaks must hold too.
        id: `e${(i * 7919) % 400}`,
        start: random() < 0.5 ? String(year) : `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`,
        end: random() < 0.3 ? String(year + Math.floor(random() * 12)) : undefined,
        label: 'Label '.repeat(1 + Math.floor(random() * 8)),
      };
    });
    for (const domain of [EXTENT, domainOfYears(1940, 2005), domainOfYears(1999, 2001)]) {
      for (const width of [375, 1280]) {
        const measured = measureTimeline(all, domain, { width });
        for (let k = 0; k < 6; k++) {
          const keep = 0.1 + random() * 0.8;
          const subset = all.filter(() => random() < keep);
          const priority = new Set(subset.filter(() => random() < 0.02).map((e) => e.id));
          const options = { width, maxLanes: 1 + (k % 5), priority };
          const placed = placeTimeline(measured, subset, options);
          assert.deepEqual(placed, layoutTimeline(subset, domain, options), `${width}px, subset ${k}`);
          // Items come in the order of the list given, whatever their order on screen.
          const ids = new Set(placed.items.map((i) => i.id));
          assert.deepEqual(placed.items.map((i) => i.id), subset.filter((e) => ids.has(e.id)).map((e) => e.id));
        }
        assert.deepEqual(placeTimeline(measured, null, { maxLanes: 4 }), layoutTimeline(all, domain, { width, maxLanes: 4 }));
        // A subset in another order (not what a filter gives) is matched event by event.
        const subset = all.filter((_, i) => i % 3 === 0);
        const shuffled = [...subset].sort((a, b) => (a.id < b.id ? 1 : -1));
        assert.deepEqual(placeTimeline(measured, shuffled, { maxLanes: 3 }), placeTimeline(measured, subset, { maxLanes: 3 }));
      }
    }
  });
});
