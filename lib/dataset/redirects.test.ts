import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { getDataset } from './load';
import { checkRedirects, loadRedirects } from './redirects';
import { currentEventId, redirectMap, type EventRedirect } from './redirectTarget';

const rename = (from: string, to: string): EventRedirect => ({ from, to, date: '2026-12-02', reason: 'a fixture' });
const events = new Set(['water-war', 'gas-war']);

function dataRoot(json: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'redirects-'));
  mkdirSync(path.join(root, 'data'));
  writeFileSync(path.join(root, 'data', 'redirects.json'), json);
  return root;
}

describe('currentEventId', () => {
  const map = redirectMap([rename('cochabamba-water-war', 'water-war-2000'), rename('water-war-2000', 'water-war')]);
  it('follows a chain of renames to the id there is now', () => {
    assert.equal(currentEventId(map, 'cochabamba-water-war'), 'water-war');
    assert.equal(currentEventId(map, 'water-war-2000'), 'water-war');
  });
  it('gives an id that was never renamed back as it is', () => {
    assert.equal(currentEventId(map, 'gas-war'), 'gas-war');
  });
  it('is null for a loop', () => {
    assert.equal(currentEventId(redirectMap([rename('a', 'b'), rename('b', 'a')]), 'a'), null);
  });
});

describe('checkRedirects', () => {
  it('accepts renames that lead to events', () => {
    assert.deepEqual(checkRedirects([rename('old-water-war', 'water-war')], events), []);
  });
  it('names an old id used again, listed twice, leading nowhere, or looping', () => {
    assert.deepEqual(checkRedirects([rename('gas-war', 'water-war')], events), ['gas-war: is an event\'s id again; an old id cannot be reused']);
    assert.deepEqual(checkRedirects([rename('x', 'water-war'), rename('x', 'gas-war')], events), ['x: listed twice']);
    assert.deepEqual(checkRedirects([rename('x', 'no-such-event')], events), ['x: leads to "no-such-event", which is not an event']);
    assert.deepEqual(checkRedirects([rename('a', 'b'), rename('b', 'a')], events), ['a: its renames loop', 'b: its renames loop']);
  });
});

describe('loadRedirects', () => {
  it('reads a valid list', () => {
    assert.deepEqual(loadRedirects(dataRoot(JSON.stringify([rename('old-water-war', 'water-war')]))), [rename('old-water-war', 'water-war')]);
  });
  it('rejects an id that is not kebab-case, a missing reason or an unknown field, naming the file', () => {
    assert.throws(() => loadRedirects(dataRoot(JSON.stringify([rename('Old_Id', 'water-war')]))), /data\/redirects\.json: 0\.from: is not a kebab-case id/);
    assert.throws(() => loadRedirects(dataRoot(JSON.stringify([{ ...rename('a', 'water-war'), reason: ' ' }]))), /0\.reason: must say why/);
    assert.throws(() => loadRedirects(dataRoot(JSON.stringify([{ ...rename('a', 'water-war'), note: 'x' }]))), /redirects\.json/);
  });
  it('takes a data folder without the file as no renames', () => {
    assert.deepEqual(loadRedirects(mkdtempSync(path.join(tmpdir(), 'redirects-'))), []);
  });
  it('the real list is valid against the real events', () => {
    const ids = new Set(getDataset().events.map((e) => e.id));
    assert.deepEqual(checkRedirects(loadRedirects(), ids), []);
  });
});
