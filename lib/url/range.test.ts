import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseViewState, YEAR_MAX, YEAR_MIN, type KnownIds } from './parse';

const known: KnownIds = { events: new Set(), places: new Set(), movements: new Set(), themes: new Set() };

describe('parseViewState: years out of range', () => {
  it('drops a year before YEAR_MIN or after YEAR_MAX with the reason out-of-range, keeping the other side', () => {
    const early = parseViewState(`t=${YEAR_MIN - 1}..2000`, known);
    assert.deepEqual(early.state.years, { from: null, to: 2000 });
    assert.deepEqual(early.notices, [{ param: 't', value: `${YEAR_MIN - 1}..2000`, reason: 'out-of-range' }]);
    const late = parseViewState(`t=1990..${YEAR_MAX + 1}`, known);
    assert.deepEqual(late.state.years, { from: 1990, to: null });
    assert.deepEqual(late.notices.map((n) => n.reason), ['out-of-range']);
  });
  it('keeps the limits themselves, without a notice', () => {
    const { state, notices } = parseViewState(`t=${YEAR_MIN}..${YEAR_MAX}`, known);
    assert.deepEqual(state.years, { from: YEAR_MIN, to: YEAR_MAX });
    assert.deepEqual(notices, []);
  });
  it('a single year out of range leaves no years', () => {
    const { state, notices } = parseViewState('t=0', known);
    assert.deepEqual(state.years, { from: null, to: null });
    assert.deepEqual(notices.map((n) => n.reason), ['out-of-range']);
  });
});
