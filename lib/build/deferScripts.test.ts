import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runInNewContext } from 'node:vm';
import { checkDeferred, deferScripts, FALLBACK_DELAY_MS, LOADER_MARK, loaderScript } from './deferScripts';

// The shape of a page from `next build` (output: 'export'), trimmed.
const page = '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>'
  + '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>'
  + '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/page.js"/>'
  + '<script src="/_next/static/chunks/one.js" async=""></script>'
  + '<script src="/_next/static/chunks/two.js" async=""></script>'
  + '<title>T</title><script src="/_next/static/chunks/polyfill.js" noModule=""></script></head>'
  + '<body><main><p>Text</p></main>'
  + '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/page.js"]});</script>'
  + '<script src="/_next/static/chunks/page.js" async=""></script>'
  + '<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>';

describe('deferScripts', () => {
  it('moves the async chunks and script preloads into one loader at the end of <body>', () => {
    const { html, scripts, preloads } = deferScripts(page);
    assert.deepEqual(scripts, ['/_next/static/chunks/one.js', '/_next/static/chunks/two.js', '/_next/static/chunks/page.js']);
    assert.deepEqual(preloads, ['/_next/static/chunks/page.js']);
    assert.equal(html.match(/async=""/g), null, 'no async script left anywhere');
    assert.ok(html.includes('<script id="_R_">'), 'Turbopack\'s inline chunk list stays, before the loader');
    const head = html.slice(0, html.indexOf('</head>'));
    assert.ok(!head.includes('async=""'), 'no async script left in <head>');
    assert.ok(!head.includes('rel="preload"'), 'no script preload left in <head>');
    assert.ok(head.includes('a.css'), 'the stylesheet stays');
    assert.ok(head.includes('polyfill.js" noModule'), 'the nomodule polyfill stays');
    assert.ok(html.includes('<script>(self.__next_f=self.__next_f||[]).push([0])</script>'), 'the inline page data stays');
    assert.match(html, new RegExp(`<script ${LOADER_MARK}="">[^<]*</script></body></html>$`));
  });

  it('leaves a page with no async scripts alone, and a rewritten page is not rewritten again', () => {
    const plain = '<!doctype html><html><head><title>404</title></head><body><p>Not found</p></body></html>';
    assert.equal(deferScripts(plain).html, plain);
    const once = deferScripts(page).html;
    assert.equal(deferScripts(once).html, once);
  });

  it('starts the scripts once: after the first paint is reported, or after the fallback delay without one', () => {
    const loader = /<script data-deferred-scripts="">(.*)<\/script><\/body>/.exec(deferScripts(page).html)![1]!;
    const run = (withObserver: boolean) => {
      const added: string[] = [];
      const timers: { fn: () => void; ms: number }[] = [];
      const frames: (() => void)[] = [];
      const observers: { callback: (list: unknown, o: { disconnect: () => void }) => void; type?: string; disconnected: boolean }[] = [];
      const el = (tag: string) => ({ tag } as Record<string, unknown>);
      const document = { createElement: el, head: { appendChild: (e: Record<string, unknown>) => added.push(`${e.tag}:${String(e.src ?? e.href)}`) } };
      class PerformanceObserver {
        record: (typeof observers)[number];
        constructor(callback: (typeof observers)[number]['callback']) { this.record = { callback, disconnected: false }; observers.push(this.record); }
        observe(options: { type: string }) { this.record.type = options.type; }
      }
      runInNewContext(loader, {
        document,
        ...(withObserver ? { PerformanceObserver } : {}),
        requestAnimationFrame: (fn: () => void) => frames.push(fn),
        setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
      });
      const paint = () => { const o = observers[0]!; o.callback({}, { disconnect: () => { o.disconnected = true; } }); };
      return { added, timers, frames, observers, paint };
    };

    const painted = run(true);
    assert.deepEqual(painted.added, [], 'nothing starts while the page is being parsed');
    assert.equal(painted.observers[0]?.type, 'paint');
    painted.paint();
    assert.deepEqual(painted.added, ['script:/_next/static/chunks/one.js', 'script:/_next/static/chunks/two.js', 'script:/_next/static/chunks/page.js']);
    assert.ok(painted.observers[0]!.disconnected);
    painted.timers.find((t) => t.ms === FALLBACK_DELAY_MS)!.fn();
    assert.equal(painted.added.length, 3, 'the fallback does not add them twice');

    const hidden = run(true);
    hidden.timers.find((t) => t.ms === FALLBACK_DELAY_MS)!.fn();
    assert.equal(hidden.added.length, 3, 'a frame that is never painted still starts its scripts');

    const old = run(false);
    assert.equal(old.frames.length, 1, 'without PerformanceObserver, the first animation frame');
    old.frames[0]!();
    old.timers.find((t) => t.ms === 0)!.fn();
    assert.equal(old.added.length, 3);
  });

  it('keeps a preload for a chunk that no script tag starts', () => {
    const loader = deferScripts(page.replace('<script src="/_next/static/chunks/page.js" async=""></script>', '')).html;
    assert.match(loader, /p=\["\/_next\/static\/chunks\/page.js"\]/);
  });

  it('escapes "<" in URLs so a path cannot close the inline script', () => {
    const inline = loaderScript(['/x</script><b>.js'], []);
    assert.ok(!inline.slice(0, -'</script>'.length).includes('</script>'));
    assert.ok(inline.includes(String.raw`"/x\u003c/script>\u003cb>.js"`));
  });

  it('passes a rewritten page, and a page with no Next script at all', () => {
    assert.equal(checkDeferred(deferScripts(page).html), null);
    assert.equal(checkDeferred('<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0; url=/"/></head><body></body></html>'), null);
  });

  it('names the script a page still loads when Next writes its tags differently', () => {
    // The same page as Next might write it tomorrow: attributes in another order.
    const changed = page.replaceAll(/<script src="([^"]+)" async=""><\/script>/g, '<script async="" src="$1"></script>');
    const { html, scripts } = deferScripts(changed);
    assert.deepEqual(scripts, [], 'the rewrite does not recognise the new tags');
    const problem = checkDeferred(html);
    assert.ok(problem, 'the check does');
    assert.match(problem, /3 Next script tag\(s\) not moved into the loader, e\.g\. <script async="" src="\/_next\/static\/chunks\/one\.js">/);
    assert.match(problem, /Next 16\.4\.6/);
  });
});
