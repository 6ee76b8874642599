'use client';
import { use, useEffect, useState } from 'react';
import { fetchInWorker, takeEarlyRequest, type EarlyResult } from '../shell/earlyRequest';
import { addExplorerText, fromExplorerIndex } from '@/lib/dataset/explorerFiles';
import type { Dataset } from '@/lib/dataset/types';

export type DatasetResult = { data: Dataset } | { error: string };
/** The events' texts (large datasets only): 'ready' once every event has its summary. */
export type TextStatus = { status: 'ready' } | { status: 'pending' } | { status: 'failed'; error: string };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

function fetchOnMainThread(url: string): Promise<EarlyResult> {
  return fetch(url).then(async (r) => {
    if (!r.ok) throw new Error(`${r.status} ${r.statusText}`.trim());
    return { doc: await r.json() };
  });
}

/**
 * The index and event files as one promise React's use() can read: the page's own requests
 * (lib/dataset/earlyRequest) where it made them, else fetches here. When the page's requests have
 * all settled, the promise comes already fulfilled (`status` and `value`, the fields React sets
 * itself on promises it has seen settle), so use() returns at once and the page goes straight
 * from its server-rendered list to the explorer.
 */
function loadAll<T>(urls: readonly string[], convert: (r: EarlyResult[]) => T, onError: (e: unknown) => T): Promise<T> {
  const early = urls.map(takeEarlyRequest);
  const settled = early.map((e) => e?.result);
  if (settled.every((r) => r !== undefined)) {
    let value: T;
    try {
      value = convert(settled as EarlyResult[]);
    } catch (e) {
      value = onError(e);
    }
    return Object.assign(Promise.resolve(value), { status: 'fulfilled' as const, value });
  }
  return Promise.all(urls.map((url, i) => early[i] ?? fetchOnMainThread(url))).then(convert).catch(onError);
}

const docOf = (r: EarlyResult): unknown => {
  if ('error' in r) throw new Error(r.error);
  return r.doc;
};

// Kept even when they failed: use() reads the same promise on the render after it settles (a
// fresh request there would suspend again, for ever). Reloading the page retries.
const indexes = new Map<string, Promise<DatasetResult>>();
const texts = new Map<string, Promise<TextStatus> & { value?: TextStatus }>();

function indexRequest(urls: readonly string[]): Promise<DatasetResult> {
  const key = urls.join(' ');
  let p = indexes.get(key);
  if (!p) {
    p = loadAll<DatasetResult>(urls, ([index, ...events]) => ({ data: fromExplorerIndex(docOf(index!), events.map(docOf)) }), (e) => ({ error: messageOf(e) }));
    indexes.set(key, p);
  }
  return p;
}

/** The texts, filled into `data`'s events when they arrive. */
function textRequest(url: string, data: Dataset): Promise<TextStatus> & { value?: TextStatus } {
  let p = texts.get(url);
  if (!p) {
    // In a worker: the texts are most of the bytes (see lib/dataset/earlyRequest).
    const loaded = fetchInWorker(url)
      .then((r) => r ?? fetchOnMainThread(url))
      .then((r): TextStatus => {
        addExplorerText(data, docOf(r));
        return { status: 'ready' };
      })
      .catch((e): TextStatus => ({ status: 'failed', error: messageOf(e) }));
    // `value`, for reading synchronously on later renders.
    const tracked: Promise<TextStatus> & { value?: TextStatus } = loaded;
    tracked.then((v) => { tracked.value = v; });
    p = tracked;
    texts.set(url, p);
  }
  return p;
}

/**
 * The explorer's dataset: the one the page carries, or — for datasets too large to inline (see
 * app/_routes/data.ts) — the published index and event files, usually already parsed by the time
 * the explorer asks (the page requests them itself). While they load, the nearest Suspense
 * boundary shows its fallback.
 */
export function useDataset(inline: Dataset | undefined, urls: readonly string[] | undefined): DatasetResult {
  if (inline) return { data: inline };
  if (!urls || urls.length === 0) return { error: 'no dataset given' };
  return use(indexRequest(urls));
}

/**
 * For a link that opens on the events' texts (a search, the list, an open event): the component
 * suspends until they are there too. Decided on the first render (`opensOnTexts` may read the
 * URL); later changes show the texts as they arrive instead (useTextStatus).
 */
export function useTextsFirst(loaded: DatasetResult, textUrl: string | undefined, opensOnTexts: () => boolean): void {
  const [wait] = useState(() => !!textUrl && opensOnTexts());
  if (wait && textUrl && 'data' in loaded) use(textRequest(textUrl, loaded.data));
}

const READY: TextStatus = { status: 'ready' };
const PENDING: TextStatus = { status: 'pending' };

/**
 * Whether the events' texts are there: always for a dataset the page carries; for one from the
 * index file, once the text file has arrived (the component re-renders then). The file is asked
 * for once the explorer is on screen and the page is idle, so that it does not slow the first
 * render down — unless a view needed it earlier (Explorer waits for it then).
 */
export function useTextStatus(data: Dataset, textUrl: string | undefined): TextStatus {
  const [status, setStatus] = useState<TextStatus>(() => (textUrl ? texts.get(textUrl)?.value ?? PENDING : READY));
  useEffect(() => {
    if (!textUrl || status.status !== 'pending') return;
    let live = true;
    const start = () => { textRequest(textUrl, data).then((s) => { if (live) setStatus(s); }); };
    // Asked for once the page is idle (the map may still be drawing), unless a view asked already.
    if (texts.has(textUrl) || typeof requestIdleCallback === 'undefined') {
      start();
      return () => { live = false; };
    }
    const idle = requestIdleCallback(start, { timeout: 1500 });
    return () => { live = false; cancelIdleCallback(idle); };
  }, [textUrl, data, status.status]);
  return status;
}
