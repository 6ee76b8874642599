import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventSpan } from '../dates/span';
import { findAxisBreak, toAxisDomain } from './axisBreak';
import { domainOfYears, span, yearsOf } from './domain';
import { fitDomain } from './fit';
import { timeScale } from './scale';
import { chooseTicks } from './ticks';

const EXTENT = domainOfYears(1770, 2015);
const BREAK = findAxisBreak([eventSpan('1780', '1781'), eventSpan('1952'), eventSpan('2000', '2005')])!;
const YEAR = 365.2425 * 86_400_000;

describe('fitting the window to a span', () => {
  it('puts a margin of a tenth of the span on each side, inside one segment exactly as on a plain axis', () => {
    const s = domainOfYears(1974, 2009);
    const d = fitDomain(s, EXTENT, BREAK);
    assert.deepEqual(d, fitDomain(s, EXTENT, null));
    assert.ok(Math.abs(s.from - d.from - span(s) * 0.1) < 1 && Math.abs(d.to - s.to - span(s) * 0.1) < 1);
  });

  it('makes a single year at least two years wide, centred on it', () => {
    const s = domainOfYears(2005, 2005);
    const d = fitDomain(s, EXTENT, BREAK);
    assert.ok(span(d) >= 2 * YEAR);
    assert.ok(Math.abs((d.from + d.to) / 2 - (s.from + s.to) / 2) < 1);
    assert.deepEqual(yearsOf(d), { from: 2004, to: 2006 });
  });

  it('stays inside the whole span', () => {
    const d = fitDomain(domainOfYears(1770, 1771), EXTENT, BREAK);
    assert.equal(d.from, EXTENT.from);
    assert.ok(span(d) >= 2 * YEAR);
  });

  it('across the break, the margin is a tenth of the span as drawn, not of the shortened decades', () => {
    const s = { from: eventSpan('1780').from, to: eventSpan('2005').to };
    const drawn = toAxisDomain(fitDomain(s, EXTENT, BREAK), BREAK);
    const a = toAxisDomain(s, BREAK);
    assert.ok(Math.abs(a.from - drawn.from - 0.1 * span(a)) < 1 || drawn.from === toAxisDomain(EXTENT, BREAK).from);
    assert.ok(Math.abs(drawn.to - a.to - 0.1 * span(a)) < 1);
  });

  it('a fitted window inside one segment is a plain linear axis: no break edges, year ticks, none missing', () => {
    const d = fitDomain(domainOfYears(2005, 2005), EXTENT, BREAK);
    assert.equal(timeScale(d, 1000, BREAK).domain().length, 2);
    const ticks = chooseTicks(d, 1000, BREAK);
    assert.deepEqual(ticks, chooseTicks(d, 1000, null));
    assert.ok(ticks.ticks.length >= 2);
  });
});
