import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { showsEventTexts } from './state';
import { parseMainView, parseRequestedState, parseViewState, serializeViewState, type KnownIds } from './parse';
import { EMPTY_STATE, shareUnchanged, type ViewState } from './state';

const known: KnownIds = {
  events: new Set(['water-war', 'gas-war-2003']),
  places: new Set(['cochabamba', 'el-alto', 'cochabamba-department']),
  movements: new Set(['water-committees', 'fejuve']),
  themes: new Set(['direct-action', 'mutual-aid']),
  stories: new Map([['from-katari-to-el-alto', 11]]),
};

describe('parseViewState', () => {
  it('reads every parameter', () => {
    const { state, notices } = parseViewState('t=1952..2005&place=cochabamba,el-alto&movement=fejuve&theme=direct-action&scope=bolivia&q=agua&event=water-war&view=list&story=from-katari-to-el-alto&step=3', known);
    assert.deepEqual(notices, []);
    assert.deepEqual(state, {
      years: { from: 1952, to: 2005 }, place: ['cochabamba', 'el-alto'], movement: ['fejuve'], theme: ['direct-action'],
      scope: ['bolivia'], q: 'agua', event: 'water-war', view: 'list', story: 'from-katari-to-el-alto', step: 3,
    });
  });
  it('accepts open ranges and a single year', () => {
    assert.deepEqual(parseViewState('t=2000..', known).state.years, { from: 2000, to: null });
    assert.deepEqual(parseViewState('t=..1974', known).state.years, { from: null, to: 1974 });
    assert.deepEqual(parseViewState('t=2003', known).state.years, { from: 2003, to: 2003 });
  });
  it('swaps a reversed range and says so', () => {
    const { state, notices } = parseViewState('t=2005..1952', known);
    assert.deepEqual(state.years, { from: 1952, to: 2005 });
    assert.deepEqual(notices, [{ param: 't', value: '2005..1952', reason: 'reversed' }]);
  });
  it('ignores junk with a reason, never throws', () => {
    const { state, notices } = parseViewState('t=abc&place=atlantis,cochabamba&event=<script>&zoom=3&scope=mars', known);
    assert.deepEqual(state.years, { from: null, to: null });
    assert.deepEqual(state.place, ['cochabamba']);
    assert.equal(state.event, null);
    assert.deepEqual(notices.map((n) => `${n.param}:${n.reason}`).sort(), ['event:unknown-value', 'place:unknown-value', 'scope:unknown-value', 't:invalid', 'zoom:unknown-param']);
  });
  it('rejects years out of range and overlong queries', () => {
    const { state, notices } = parseViewState(`t=99999999..2000&q=${'a'.repeat(5000)}`, known);
    assert.equal(state.q.length, 200);
    assert.deepEqual(notices.map((n) => n.reason), ['invalid', 'too-long']);
  });
  it('reports repeated single-valued keys and merges repeated lists', () => {
    const { state, notices } = parseViewState('event=water-war&event=gas-war-2003&place=el-alto&place=cochabamba', known);
    assert.equal(state.event, 'water-war');
    assert.deepEqual(state.place, ['el-alto', 'cochabamba']);
    assert.deepEqual(notices, [{ param: 'event', value: 'gas-war-2003', reason: 'repeated' }]);
  });
  it('survives random input', () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const alphabet = 'abct=&.,;%<>"\'éñ漢😀0123456789-_+?#/\\ ';
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: Math.floor(rnd() * 80) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
      assert.doesNotThrow(() => parseViewState(s, known));
    }
  });
});

describe('story= and step=', () => {
  const story = (q: string) => {
    const { state, notices } = parseViewState(q, known);
    return { story: state.story, step: state.step, notices: notices.map((n) => `${n.param}=${n.value}:${n.reason}`) };
  };
  it('reads a known story and one of its steps, counted from 1', () => {
    assert.deepEqual(story('story=from-katari-to-el-alto&step=1'), { story: 'from-katari-to-el-alto', step: 1, notices: [] });
    assert.deepEqual(story('story=from-katari-to-el-alto&step=11'), { story: 'from-katari-to-el-alto', step: 11, notices: [] });
  });
  it('opens a story without step= at its first step, quietly', () => {
    assert.deepEqual(story('story=from-katari-to-el-alto'), { story: 'from-katari-to-el-alto', step: 1, notices: [] });
    assert.deepEqual(story('story=from-katari-to-el-alto&step='), { story: 'from-katari-to-el-alto', step: 1, notices: [] });
  });
  it('opens at the first step, with a notice, for a step the story does not have or that is not a whole number', () => {
    assert.deepEqual(story('story=from-katari-to-el-alto&step=12'), { story: 'from-katari-to-el-alto', step: 1, notices: ['step=12:no-such-step'] });
    for (const bad of ['0', '-1', '2.5', '1e1', '02', 'two', ' 3', '9999']) {
      const r = story(`story=from-katari-to-el-alto&step=${encodeURIComponent(bad)}`);
      assert.equal(r.step, 1, bad);
      assert.equal(r.notices.length, 1, bad);
      assert.match(r.notices[0]!, /:(invalid|no-such-step)$/, bad);
    }
  });
  it('keeps nothing of an unknown story, and drops a step without its story', () => {
    assert.deepEqual(story('story=atlantis&step=2'), { story: null, step: null, notices: ['story=atlantis:unknown-value', 'step=2:needs-story'] });
    assert.deepEqual(story('story=<b>'), { story: null, step: null, notices: ['story=<b>:unknown-value'] });
    assert.deepEqual(story('step=2&event=water-war'), { story: null, step: null, notices: ['step=2:needs-story'] });
    const { events, places, movements, themes } = known;
    assert.equal(parseViewState('story=from-katari-to-el-alto', { events, places, movements, themes }).state.story, null, 'no story is known without the list');
  });
  it('reports a repeated story or step and uses the first', () => {
    assert.deepEqual(story('story=from-katari-to-el-alto&step=2&step=5'), { story: 'from-katari-to-el-alto', step: 2, notices: ['step=5:repeated'] });
  });
  it('writes story and step last, after view, and the step even when it is the first', () => {
    assert.equal(serializeViewState({ ...EMPTY_STATE, event: 'water-war', view: 'list', story: 'from-katari-to-el-alto', step: 1 }), 'event=water-war&view=list&story=from-katari-to-el-alto&step=1');
    assert.equal(serializeViewState({ ...EMPTY_STATE, story: 'from-katari-to-el-alto', step: 4 }, [['height', '700']]), 'story=from-katari-to-el-alto&step=4&height=700');
  });
  it('takes any story on trust before the ids are known', () => {
    assert.deepEqual([parseRequestedState('story=any-story&step=7').story, parseRequestedState('story=any-story&step=7').step], ['any-story', 7]);
  });
});

describe('serialise ↔ parse', () => {
  const states: ViewState[] = [
    EMPTY_STATE,
    { ...EMPTY_STATE, years: { from: 1952, to: 2005 }, place: ['cochabamba'], event: 'water-war' },
    { ...EMPTY_STATE, years: { from: 2003, to: 2003 } },
    { ...EMPTY_STATE, years: { from: null, to: 1974 }, movement: ['fejuve', 'water-committees'], theme: ['mutual-aid'], scope: ['region'] },
    { ...EMPTY_STATE, q: 'Túpaj Katari & co, 100%', view: 'list' },
    { ...EMPTY_STATE, years: { from: 1999, to: 2001 }, place: ['cochabamba'], event: 'water-war', story: 'from-katari-to-el-alto', step: 8 },
  ];
  for (const state of states) {
    it(`round-trips ${serializeViewState(state) || '(empty)'}`, () => {
      const back = parseViewState(serializeViewState(state), known);
      assert.deepEqual(back.notices, []);
      assert.deepEqual(back.state, state);
    });
  }
  it('writes compact, readable ranges', () => {
    assert.equal(serializeViewState({ ...EMPTY_STATE, years: { from: 1952, to: 2005 }, place: ['cochabamba'], event: 'water-war' }), 't=1952..2005&place=cochabamba&event=water-war');
  });
});

describe('URL migrations', () => {
  it('from/to become t', () => {
    const r = parseViewState('from=1952&to=2005', known);
    assert.deepEqual(r.state.years, { from: 1952, to: 2005 });
    assert.deepEqual(r.migrations, ['2026-11-from-to']);
    assert.deepEqual(r.notices, []);
  });
  it('id becomes event, plural facets become singular', () => {
    const r = parseViewState('id=water-war&places=el-alto&themes=mutual-aid', known);
    assert.equal(r.state.event, 'water-war');
    assert.deepEqual(r.state.place, ['el-alto']);
    assert.deepEqual(r.state.theme, ['mutual-aid']);
  });
  it('leaves current URLs alone', () => {
    assert.deepEqual(parseViewState('t=1952..2005&event=water-war', known).migrations, []);
  });
  it('an old event id opens the event it became, through a chain of renames', () => {
    const renamed = { ...known, renamedEvents: new Map([['cochabamba-water-war', 'water-war-2000'], ['water-war-2000', 'water-war']]) };
    const r = parseViewState('event=cochabamba-water-war', renamed);
    assert.equal(r.state.event, 'water-war');
    assert.deepEqual(r.notices, []);
    assert.deepEqual(r.migrations, ['renamed-event:cochabamba-water-war']);
    assert.equal(parseViewState('event=cochabamba-water-war', known).notices[0]?.reason, 'unknown-value');
    const loop = { ...known, renamedEvents: new Map([['a-old', 'b-old'], ['b-old', 'a-old']]) };
    assert.equal(parseViewState('event=a-old', loop).notices[0]?.reason, 'unknown-value');
  });
});

describe('shareUnchanged', () => {
  const parse = (q: string) => parseViewState(q, known).state;

  it('keeps the identity of every field that did not change', () => {
    const before = parse('t=2000..2005&place=cochabamba&movement=fejuve&q=agua');
    const after = shareUnchanged(before, parse('t=2000..2005&place=cochabamba&movement=fejuve&q=agua&event=water-war'));
    assert.equal(after.event, 'water-war');
    assert.equal(after.years, before.years);
    assert.equal(after.place, before.place);
    assert.equal(after.movement, before.movement);
    assert.equal(after.theme, before.theme);
    assert.equal(after.scope, before.scope);
  });

  it('takes the new value of a field that changed', () => {
    const before = parse('t=2000..2005&place=cochabamba');
    const after = shareUnchanged(before, parse('t=2000..2006&place=cochabamba,el-alto'));
    assert.notEqual(after.years, before.years);
    assert.deepEqual(after.years, { from: 2000, to: 2006 });
    assert.deepEqual(after.place, ['cochabamba', 'el-alto']);
    assert.equal(after.movement, before.movement);
  });

  it('returns the previous state itself when nothing changed', () => {
    const before = parse('place=cochabamba&q=agua');
    assert.equal(shareUnchanged(before, parse('q=agua&place=cochabamba')), before);
    assert.equal(shareUnchanged(null, before), before);
  });
});

describe('parseMainView', () => {
  it('reads the view before the dataset is known, whatever else the URL holds', () => {
    assert.equal(parseMainView(''), 'explore');
    assert.equal(parseMainView('?view=list&place=anything&event=unknown'), 'list');
    assert.equal(parseMainView('view=nonsense'), 'explore');
    assert.equal(parseMainView('view=list&view=explore'), parseViewState('view=list&view=explore', { events: new Set(), places: new Set(), movements: new Set(), themes: new Set() }).state.view);
  });
});

describe('parseRequestedState and showsEventTexts', () => {
  it('tell, before the ids are known, whether a link opens on the events\' texts', () => {
    const texts = (q: string) => showsEventTexts(parseRequestedState(q));
    assert.equal(texts(''), false);
    assert.equal(texts('t=1990..2005&place=cochabamba'), false);
    assert.equal(texts('q=%20%20'), false);
    assert.equal(texts('q=tolata'), true);
    assert.equal(texts('view=list'), true);
    assert.equal(texts('event=some-event-id'), true);
    // An old link (`id=`, see migrations) counts too.
    assert.equal(texts('id=some-event-id'), true);
    assert.equal(texts('event=<script>'), false);
  });
});
