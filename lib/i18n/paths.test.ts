import assert from 'node:assert/strict';
import { it } from 'node:test';
import { embedPath, eventPath, explicitLocalePath, homePath } from './paths';

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
