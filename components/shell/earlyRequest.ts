/**
 * How a large dataset's two files (lib/dataset/explorerFiles) reach the explorer.
 *
 * The index and event files (small: what the first render needs) are requested by the page
 * itself: preloads in its <head> start the downloads at once, and an inline script
 * (earlyRequestScript) reads and parses them while the explorer's code is still loading. The script keeps one promise per URL on
 * `window[EARLY_REQUESTS]`, with `result` set once it has settled, so the explorer can start
 * without waiting a turn (useDataset).
 *
 * The events' texts (large: receiving and parsing 6 MB on the main thread meant tasks of half a
 * second at 10,000 events) are fetched and parsed in a worker (fetchInWorker); the main thread
 * only receives the parsed document.
 */

import { BASE_PATH } from '@/lib/site';

/** A file's outcome. */
export type EarlyResult = { doc: unknown } | { error: string };

/** The page's request for one URL; `result` is set as soon as it has settled. */
export type EarlyRequest = Promise<EarlyResult> & { result?: EarlyResult };

export const EARLY_REQUESTS = '__datasetRequests';

/**
 * The inline script that fetches and parses `urls` (as the explorer will ask for them): side by
 * side, each parsed in a task of its own.
 */
export function earlyRequestScript(urls: readonly string[]): string {
  const args = [JSON.stringify(urls), JSON.stringify(EARLY_REQUESTS)].join(',')
    // Inside a <script> element, "</" could end it early.
    .replace(/</g, '\\u003c');
  return `(function(us,k){var m=window[k]=window[k]||{};if(!window.fetch)return;us.forEach(function(u){if(m[u])return;` +
    `var p=m[u]=fetch(u).then(function(r){if(!r.ok)throw new Error((r.status+' '+r.statusText).trim());return r.json()})` +
    `.then(function(d){return{doc:d}},function(x){return{error:String(x&&x.message||x)}})` +
    `.then(function(r){p.result=r;return r})})})(${args});`;
}

/**
 * The page's early request for `url`, if it made one; taken once, so that a later request (after
 * an error, say) goes to the network again.
 */
export function takeEarlyRequest(url: string): EarlyRequest | undefined {
  if (typeof window === 'undefined') return undefined;
  const requests = (window as unknown as Record<string, Record<string, EarlyRequest> | undefined>)[EARLY_REQUESTS];
  const request = requests?.[url];
  if (request) delete requests[url];
  return request;
}

/**
 * The worker's script, public/text-worker.js, served by the site itself under its base path: the
 * Content-Security-Policy of public/_headers allows workers from 'self' only (no blob: URL).
 */
export const WORKER_URL = `${BASE_PATH}/text-worker.js`;

/**
 * Fetches and parses `url` (resolved against the page) in a worker. Null when the browser cannot
 * run one, or may not (a sandboxed embed's opaque origin cannot start the site's worker): the
 * caller then fetches on the main thread.
 */
export function fetchInWorker(url: string): Promise<EarlyResult | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_URL);
    } catch {
      resolve(null);
      return;
    }
    worker.onmessage = (e: MessageEvent<EarlyResult>) => { resolve(e.data); worker.terminate(); };
    worker.onerror = () => { resolve(null); worker.terminate(); };
    worker.postMessage(new URL(url, window.location.href).href);
  });
}
