import assert from 'node:assert/strict';
import { it } from 'node:test';
import { embedPath, eventPath, explicitLocalePath, homePath, isEventPath } from './paths';

it('puts English at the root and Spanish under /es/', () => {
  assert.equal(homePath('en'), '/');
  assert.equal(homePath('es'), '/es/');
  assert.equal(eventPath('es', 'water-war'), '/es/events/water-war/');
  assert.equal(embedPath('en'), '/embed/');
});

it('names the language explicitly for the language switch', () => {
  assert.equal(explicitLocalePath('en', '/'), '/en/');
  assert.equal(explicitLocalePath('en', '/events/water-war/'), '/en/events/water-war/');
  assert.equal(explicitLocalePath('es', '/es/events/water-war/'), '/es/events/water-war/');
});

it('tells an event\'s own page from the others, under a base path too', () => {
  assert.equal(isEventPath(eventPath('en', 'water-war')), true);
  assert.equal(isEventPath(`/bolivia${eventPath('es', 'water-war')}`), true);
  for (const path of [homePath('en'), homePath('es'), embedPath('en'), '/bolivia/', '/events/', '/stories/water-war/']) assert.equal(isEventPath(path), false, path);
});
