import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Suspense, use, version } from 'react';
import { renderToString } from 'react-dom/server';
import { REACT_VERSION, settledPromise } from './settledPromise';

function Reader({ promise }: { promise: Promise<string> }) {
  return <p>{use(promise)}</p>;
}
const render = (promise: Promise<string>) => renderToString(<Suspense fallback={<i>waiting</i>}><Reader promise={promise} /></Suspense>);

describe('settledPromise (React\'s private promise fields)', () => {
  it('is read by use() at once, without suspending', () => {
    assert.match(render(settledPromise('ready')), /<p>ready<\/p>/);
  });
  it('where a plain resolved promise suspends (the test can fail)', () => {
    assert.match(render(Promise.resolve('ready')), /waiting/);
  });
  it('was written against the React installed', () => {
    const installed = JSON.parse(readFileSync(require.resolve('react/package.json'), 'utf8')).version;
    assert.equal(installed, REACT_VERSION);
    assert.equal(version, REACT_VERSION);
  });
});
