/**
 * Content first: a page's own HTML (the server-rendered list, the event text) is readable before
 * the explorer's JavaScript starts.
 *
 * Next puts its chunks in <head> as `<script src async>` (and `<link rel=preload as=script>`), and
 * Turbopack its runtime entry in <body>, so they download beside the HTML and run as soon as they
 * arrive — on a slow phone, before the page's text has been painted. This moves them into one
 * small loader at the end of <body> that adds them once the browser reports the first paint (a
 * `paint` performance entry, which comes after the frame is presented; an animation frame alone
 * can come before the paint is on screen, and Lighthouse then counts the scripts as blocking it). Async scripts run in any order anyway, and
 * Next's runtime reads the inline page data (self.__next_f) whenever it starts, so nothing else
 * changes.
 *
 * Hidden or off-screen frames (an embed further down a course page, a tab not yet shown) are not
 * painted in Chromium, so a timer starts the scripts too: whichever comes first.
 */

/**
 * Written against the HTML of Next 16.4.6 (output: 'export', Turbopack): the exact tags matched
 * below. When Next writes them differently, `checkDeferred` says which page kept a script, and
 * the build fails (scripts/defer-scripts.ts) rather than shipping pages that block on their
 * scripts again.
 */
export const NEXT_VERSION_WRITTEN_FOR = '16.4.6';

/** Marks a page already rewritten: running the step twice changes nothing. */
export const LOADER_MARK = 'data-deferred-scripts';

/**
 * How long a page that is not painted waits before starting its scripts anyway, ms. Long enough
 * that a visible page on a slow phone paints first, short enough that an embed scrolled into
 * view a moment later is already running.
 */
export const FALLBACK_DELAY_MS = 500;

export interface DeferredPage {
  html: string;
  /** The scripts the loader starts, in document order (each once). */
  scripts: string[];
  /** Script preloads taken out of <head>; the loader adds those it does not start itself. */
  preloads: string[];
}

const ASYNC_SCRIPT = /<script src="([^"<>]+)" async=""><\/script>/g;
const SCRIPT_PRELOAD = /<link rel="preload" as="script"(?: fetchPriority="[a-z]+")? href="([^"<>]+)"\/>/g;

/** The rewritten page; a page without async scripts (or already rewritten) comes back as it was. */
export function deferScripts(html: string): DeferredPage {
  const headEnd = html.indexOf('</head>');
  const bodyEnd = html.lastIndexOf('</body>');
  if (headEnd < 0 || bodyEnd < 0 || html.includes(LOADER_MARK)) return { html, scripts: [], preloads: [] };
  const scripts: string[] = [];
  const preloads: string[] = [];
  // In <head> (Next's chunks) and in <body> (Turbopack's runtime entry, after its inline chunk list).
  const page = html
    .slice(0, bodyEnd)
    .replace(ASYNC_SCRIPT, (_, src: string) => { if (!scripts.includes(src)) scripts.push(src); return ''; })
    .replace(SCRIPT_PRELOAD, (_, href: string) => { preloads.push(href); return ''; });
  if (scripts.length === 0) return { html, scripts, preloads };
  return {
    html: `${page}${loaderScript(scripts, preloads.filter((href) => !scripts.includes(href)))}${html.slice(bodyEnd)}`,
    scripts,
    preloads,
  };
}

/** The inline loader: plain ES5, no dependencies, safe to inline (URLs are JSON-escaped). */
export function loaderScript(scripts: readonly string[], preloads: readonly string[]): string {
  const list = (urls: readonly string[]) => JSON.stringify(urls).replace(/</g, '\\u003c');
  return `<script ${LOADER_MARK}="">(function(){var d=document,s=${list(scripts)},p=${list(preloads)},started=false;`
    + 'function start(){if(started)return;started=true;'
    + "p.forEach(function(h){var l=d.createElement('link');l.rel='preload';l.as='script';l.href=h;d.head.appendChild(l)});"
    + "s.forEach(function(h){var e=d.createElement('script');e.src=h;e.async=true;d.head.appendChild(e)})}"
    // The browser reports a paint once it has been presented: start then.
    + "try{new PerformanceObserver(function(l,o){o.disconnect();start()}).observe({type:'paint',buffered:true})}"
    + 'catch(e){requestAnimationFrame(function(){setTimeout(start,0)})}'
    + `setTimeout(start,${FALLBACK_DELAY_MS})})()</script>`;
}

/** Any script tag that loads one of Next's chunks, however its attributes are written (nomodule ones aside: modern browsers skip them). */
const NEXT_SCRIPT = /<script\b[^>]*\bsrc="[^"]*\/_next\/[^"]*"[^>]*>/g;

/**
 * Why a rewritten page (deferScripts' html) is not as it should be, or null: it still loads one
 * of Next's chunks with a script tag of its own (a tag the patterns above did not recognise).
 * A page with no Next script at all (a plain redirect page) is fine.
 */
export function checkDeferred(html: string): string | null {
  const left = (html.match(NEXT_SCRIPT) ?? []).filter((tag) => !/\bnoModule\b/i.test(tag));
  if (left.length === 0) return null;
  return `${left.length} Next script tag(s) not moved into the loader, e.g. ${left[0]} (lib/build/deferScripts.ts was written for Next ${NEXT_VERSION_WRITTEN_FOR})`;
}
