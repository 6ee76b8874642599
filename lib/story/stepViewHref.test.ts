import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toDatasetDocument } from '../dataset/document';
import { getDataset, getStories } from '../dataset/load';
import { DEPARTMENTS } from '../geo/departments';
import type { Story } from '../schema/story';
import { parseViewState } from '../url/parse';
import { stepViewHref } from './stepViewHref';

const story: Story = {
  id: 'water-story',
  title: { en: 'Water', es: 'Agua' },
  introduction: { en: 'A walk.', es: 'Un recorrido.' },
  steps: [
    { title: { en: 'a', es: 'a' }, text: { en: 'x', es: 'x' }, footnotes: [4], view: { event: 'water-war', place: ['cochabamba-department', 'tolata'], t: { from: 1999, to: null } } },
    { title: { en: 'b', es: 'b' }, text: { en: 'x', es: 'x' }, footnotes: [4], view: { t: '2003..2003' } },
    { title: { en: 'c', es: 'c' }, text: { en: 'x', es: 'x' }, footnotes: [4], view: {} },
  ],
};

describe('stepViewHref', () => {
  it('writes the view in the URL’s canonical form with the story and the step, in the page’s language', () => {
    assert.equal(stepViewHref(story, 0, 'en'), '/?t=1999..&place=cochabamba-department,tolata&event=water-war&story=water-story&step=1');
    assert.equal(stepViewHref(story, 1, 'es'), '/es/?t=2003&story=water-story&step=2');
    assert.equal(stepViewHref(story, 2, 'es'), '/es/?story=water-story&step=3');
  });

  it('throws for a step the story does not have', () => {
    assert.throws(() => stepViewHref(story, 3, 'en'), /has no step 4/);
  });

  it('gives, for every step of the real stories, a link the explorer reads without a notice', () => {
    const data = getDataset();
    const known = {
      events: new Set(data.events.map((e) => e.id)),
      places: new Set([...data.places.map((p) => p.id), ...DEPARTMENTS.map((d) => d.id)]),
      movements: new Set(data.movements.map((m) => m.id)),
      themes: new Set(data.themes.map((t) => t.id)),
      stories: new Map(getStories().map((s) => [s.id, s.steps.length])),
    };
    const stories = getStories();
    assert.ok(stories.some((s) => s.id === 'from-katari-to-el-alto'));
    for (const s of stories) {
      assert.ok(s.steps.length >= 8 && s.steps.length <= 12, `${s.id} has ${s.steps.length} steps`);
      s.steps.forEach((step, i) => {
        const href = stepViewHref(s, i, 'en');
        const { notices, state } = parseViewState(href.replace(/^\/\?/, ''), known);
        assert.deepEqual(notices, [], `${s.id} step ${i + 1}: ${href}`);
        assert.equal(state.event ?? undefined, step.view.event);
        assert.deepEqual([state.story, state.step], [s.id, i + 1]);
      });
    }
  });

  it('publishes the stories in the dataset document, each step with the query its link carries', () => {
    const stories = getStories();
    const doc = JSON.parse(JSON.stringify(toDatasetDocument(getDataset(), stories)));
    assert.deepEqual(doc.stories.map((s: { id: string }) => s.id), stories.map((s) => s.id));
    const published = doc.stories[0].steps as { query: string; quote: { footnote: number | null } | null }[];
    published.forEach((step, i) => assert.equal(`/?${step.query}`, stepViewHref(stories[0]!, i, 'en')));
    assert.ok(published.some((step) => step.quote && step.quote.footnote === null), 'a quotation without a footnote is published as null');
    assert.deepEqual(toDatasetDocument(getDataset()).stories, []);
  });
});
