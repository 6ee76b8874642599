import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getStories } from '../dataset/load';
import { readStoryFile } from './readStoryFile';

describe('readStoryFile', () => {
  const story = getStories()[0]!;
  const published = JSON.parse(JSON.stringify(story));
  it('takes the published story asked for', () => {
    assert.deepEqual(readStoryFile(published, story.id), published);
  });
  it('rejects another story, or a file not in the published shape', () => {
    assert.throws(() => readStoryFile(published, 'another-story'), /not the story "another-story"/);
    assert.throws(() => readStoryFile(null, story.id), /not the story/);
    assert.throws(() => readStoryFile({ ...published, steps: [] }, story.id), /published shape/);
    assert.throws(() => readStoryFile({ ...published, steps: [{ ...published.steps[0], footnotes: ['4'] }] }, story.id), /published shape/);
    assert.throws(() => readStoryFile({ ...published, steps: [{ ...published.steps[0], text: { en: 'x' } }] }, story.id), /published shape/);
  });
});
