import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { headersFor, parseHeaders } from './headers.mjs';

const SHIPPED = parseHeaders(readFileSync(path.join(__dirname, '..', 'public', '_headers'), 'utf8'));
const value = (pathname: string, name: string) => headersFor(SHIPPED, pathname)[name]?.value;

/** A policy's directives: name → its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([n, ...s]) => [n!, s]));
}

describe('the _headers format', () => {
  it('matches * across segments, :name within one, and the whole path only', () => {
    const rules = parseHeaders('# c\n/*\n  A: 1\n/x/*\n  B: 2\n/y/:id/z\n  C: 3\n/exact\n  D: 4\n');
    assert.deepEqual(Object.keys(headersFor(rules, '/x/a/b.js')), ['A', 'B']);
    assert.deepEqual(Object.keys(headersFor(rules, '/y/7/z')), ['A', 'C']);
    assert.deepEqual(Object.keys(headersFor(rules, '/y/7/8/z')), ['A']);
    assert.deepEqual(Object.keys(headersFor(rules, '/exact/more')), ['A']);
    assert.deepEqual(Object.keys(headersFor(rules, '/xyz')), ['A']);
  });

  it('joins a header two rules set, as Cloudflare Pages does, and names both rules', () => {
    const got = headersFor(parseHeaders('/*\n  X-Robots-Tag: a\n/s/*\n  x-robots-tag: b\n'), '/s/f');
    assert.deepEqual(got, { 'X-Robots-Tag': { value: 'a, b', from: ['/*', '/s/*'] } });
  });

  it('refuses what it cannot read', () => {
    assert.throws(() => parseHeaders('  A: 1\n'), /before any path/);
    assert.throws(() => parseHeaders('/*\n  not a header\n'), /Name: value/);
    assert.throws(() => parseHeaders('*.js\n  A: 1\n'), /must start with/);
  });
});

describe('the shipped public/_headers', () => {
  const pages = ['/', '/es/', '/en/', '/events/water-war/', '/es/events/water-war/', '/en/events/water-war/', '/stories/from-katari-to-el-alto/', '/es/stories/from-katari-to-el-alto/'];
  const embeds = ['/embed/', '/es/embed/', '/en/embed/'];
  const everything = [...pages, ...embeds, '/data/dataset.json', '/embed.js', '/text-worker.js', '/_next/static/x.js', '/404.html', '/no-such-page/'];

  it('sets no header from two rules, so Netlify (the later rule wins) and Cloudflare (joined) agree', () => {
    for (const p of everything) {
      for (const [name, { from }] of Object.entries(headersFor(SHIPPED, p))) assert.equal(from.length, 1, `${p}: ${name} from ${from.join(' and ')}`);
    }
  });

  it('gives every path one policy that allows scripts and workers from the site only', () => {
    for (const p of everything) {
      const csp = directives(value(p, 'Content-Security-Policy') ?? '');
      assert.deepEqual(csp.get('default-src'), ["'self'"], p);
      assert.ok(!csp.get('script-src')?.some((s) => s === '*' || s.startsWith('blob:') || s.startsWith('data:') || s.startsWith('http')), p);
      assert.deepEqual(csp.get('worker-src'), ["'self'"], p);
      assert.deepEqual(csp.get('object-src'), ["'none'"], p);
    }
  });

  it('lets only the embed be framed by other sites', () => {
    for (const p of pages) assert.equal(value(p, 'X-Frame-Options'), 'SAMEORIGIN', p);
    for (const p of everything) assert.equal(directives(value(p, 'Content-Security-Policy')!).get('frame-ancestors'), undefined, p);
    for (const p of embeds) assert.equal(value(p, 'X-Frame-Options'), undefined, p);
  });

  it('lets anyone read the data and the embed script', () => {
    for (const p of ['/data/bolivia-departments.geojson', '/embed.js']) assert.equal(value(p, 'Access-Control-Allow-Origin'), '*', p);
  });
});
