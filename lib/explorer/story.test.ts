import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getDataset, getStories } from '../dataset/load';
import { withEventDates } from '../dates/eventDates';
import { monthNames } from '../dates/format';
import { storySummaries } from '../story/summary';
import { domainForYears } from './window';
import { createExplorerStore } from './store';
import { storyNavigation } from './storyNavigation';
import { memoryUrl } from './url';
import { en } from '../i18n/en';

const data = withEventDates(getDataset());
const story = getStories().find((s) => s.id === 'from-katari-to-el-alto')!;
const ID = story.id;
function make(query = '', provide = true) {
  const url = memoryUrl(query);
  const store = createExplorerStore({ dataset: data, url, locale: 'en', messages: en, monthNames: monthNames('en'), stories: storySummaries([story], 'en') });
  if (provide) store.provideStory(story);
  return { url, store, walk: storyNavigation(store), snap: () => store.getSnapshot() };
}

describe('the explorer store: story mode', () => {
  it('opens a story at its first step: the step’s view, story and step, in one new entry', () => {
    const { walk, url, snap } = make('q=agua&place=el-alto');
    walk.openStory(ID);
    assert.deepEqual(url.entries, ['q=agua&place=el-alto', `t=1770..1790&event=katari-sisa-uprising&story=${ID}&step=1`]);
    const s = snap();
    assert.equal(s.story?.index, 0);
    assert.equal(s.story?.count, story.steps.length);
    assert.equal(s.story?.step, story.steps[0]);
    assert.equal(s.selected?.id, 'katari-sisa-uprising');
    assert.deepEqual(s.domain, domainForYears({ from: 1770, to: 1790 }, s.extent));
    assert.match(s.announcement, /^Step 1 of 11: The memory of 1780–1781\./);
  });

  it('steps forward and back, each step a push with its own view; Back returns to the step before', () => {
    const { walk, url, snap } = make();
    walk.openStory(ID, 6);
    walk.nextStep();
    assert.equal(url.read(), `t=1999..2001&place=cochabamba-department&event=water-war&story=${ID}&step=7`);
    assert.deepEqual(snap().state.place, ['cochabamba-department']);
    walk.nextStep();
    assert.equal(url.read(), `t=2003&event=gas-war-2003&story=${ID}&step=8`);
    assert.deepEqual(snap().state.place, [], 'a step’s view replaces the filters of the step before');
    assert.deepEqual(snap().domain, domainForYears({ from: 2003, to: 2003 }, snap().extent));
    walk.previousStep();
    assert.equal(snap().story?.index, 6);
    assert.equal(url.entries.length, 5);
    url.back();
    assert.equal(snap().story?.index, 7);
    assert.equal(snap().selected?.id, 'gas-war-2003');
    assert.deepEqual(snap().domain, domainForYears({ from: 2003, to: 2003 }, snap().extent), 'the window follows Back');
    walk.goToStep(2);
    assert.equal(snap().state.event, 'state-of-1952');
  });

  it('stays at the ends: no entry for Previous at the first step or Next at the last', () => {
    const { walk, url } = make();
    walk.openStory(ID);
    walk.previousStep();
    walk.goToStep(1);
    assert.equal(url.entries.length, 2);
    walk.goToStep(story.steps.length);
    walk.nextStep();
    walk.goToStep(99);
    assert.equal(url.entries.length, 3);
    assert.match(url.read(), new RegExp(`step=${story.steps.length}$`));
  });

  it('leaving the story keeps the view the reader is on and removes only story and step', () => {
    const { store, walk, url, snap } = make();
    walk.openStory(ID, 7);
    store.toggleFacetValue('theme', data.themes[0]!.id);
    const before = snap().state;
    assert.equal(before.story, ID, 'a filter changed within a step keeps the story open');
    walk.closeStory();
    assert.equal(url.read(), `t=1999..2001&place=cochabamba-department&theme=${data.themes[0]!.id}&event=water-war`);
    assert.equal(snap().story, null);
    assert.deepEqual(snap().state, { ...before, story: null, step: null });
    const entries = url.entries.length;
    walk.closeStory();
    walk.nextStep();
    assert.equal(url.entries.length, entries, 'without a story open, the step actions do nothing');
  });

  it('gives the same story slice while the step is the same, a new one when it changes', () => {
    const { store, walk, snap } = make();
    walk.openStory(ID, 3);
    const slice = snap().story;
    store.hoverEvent('water-war');
    store.select('tolata-massacre');
    assert.equal(snap().story, slice);
    walk.nextStep();
    assert.notEqual(snap().story, slice);
  });

  it('a link with story= shows its step once the story’s steps arrive, without writing the URL', () => {
    const query = `t=1970..1980&event=tolata-massacre&story=${ID}&step=4`;
    const { store, walk, url, snap } = make(query, false);
    let told = 0;
    const off = store.subscribe(() => { told += 1; });
    assert.equal(snap().state.story, ID);
    assert.equal(snap().story, null, 'not loaded yet');
    walk.openStory(ID, 5);
    assert.deepEqual(url.entries, [query], 'a story not loaded cannot be walked');
    store.provideStory(story);
    assert.equal(told, 1);
    assert.equal(snap().story?.index, 3);
    store.provideStory(story);
    assert.equal(told, 1, 'the same story again changes nothing');
    assert.deepEqual(url.entries, [query]);
    off();
  });

  it('a link naming only the story gets its step’s view when the steps arrive, in the same entry', () => {
    const { store, url, snap } = make(`story=${ID}&step=8`, false);
    store.provideStory(story);
    assert.deepEqual(url.entries, [`t=2003&event=gas-war-2003&story=${ID}&step=8`]);
    assert.equal(snap().selected?.id, 'gas-war-2003');
    const bare = make(`story=${ID}`, false);
    bare.store.provideStory(story);
    assert.deepEqual(bare.url.entries, [`t=1770..1790&event=katari-sisa-uprising&story=${ID}&step=1`]);
    const wrong = make(`story=${ID}&step=99`, false);
    wrong.store.provideStory(story);
    assert.match(wrong.url.read(), /event=katari-sisa-uprising&story=.*&step=1$/);
    assert.deepEqual(wrong.snap().notices.map((n) => n.reason), ['no-such-step'], 'the link’s notice stays');
  });

  it('ignores a story the page does not list, and story= naming it', () => {
    const { store, walk, url, snap } = make('story=unknown-story&step=2', false);
    store.provideStory({ ...story, id: 'unknown-story' });
    walk.openStory('unknown-story');
    assert.deepEqual(url.entries, ['story=unknown-story&step=2']);
    assert.equal(snap().story, null);
    assert.deepEqual(snap().notices.map((n) => `${n.param}:${n.reason}`), ['story:unknown-value', 'step:needs-story']);
  });
});
