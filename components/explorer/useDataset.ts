'use client';
import { use, useEffect, useState } from 'react';
import { fetchInWorker, takeEarlyRequest, type EarlyResult } from '../shell/earlyRequest';
import { fromExplorerIndex } from '@/lib/dataset/explorerFiles';
import type { DatedDataset } from '@/lib/dataset/types';
import { inlineTexts, lateTexts, type TextStore } from '@/lib/explorer/texts';
import { settledPromise } from './settledPromise';

export type DatasetResult = { data: DatedDataset } | { error: string };

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
 * all settled, the promise comes already settled (settledPromise), so use() returns at once and
 * the page goes straight from its server-rendered list to the explorer.
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
    return settledPromise(value);
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
/** Per text file: the events' texts, and the request for them once made. */
const textFiles = new Map<string, { texts: TextStore; request: Promise<void> | null }>();
const INLINE = inlineTexts();

function indexRequest(urls: readonly string[]): Promise<DatasetResult> {
  const key = urls.join(' ');
  let p = indexes.get(key);
  if (!p) {
    p = loadAll<DatasetResult>(urls, ([index, ...events]) => ({ data: fromExplorerIndex(docOf(index!), events.map(docOf)) }), (e) => ({ error: messageOf(e) }));
    indexes.set(key, p);
  }
  return p;
}

function textFile(url: string) {
  let f = textFiles.get(url);
  if (!f) textFiles.set(url, (f = { texts: lateTexts(), request: null }));
  return f;
}

/** The texts, joined to `data`'s events (lib/explorer/texts) when they arrive; settles either way. */
function textRequest(url: string, data: DatedDataset): Promise<void> {
  const f = textFile(url);
  // In a worker: the texts are most of the bytes (see lib/dataset/earlyRequest).
  f.request ??= fetchInWorker(url)
    .then((r) => r ?? fetchOnMainThread(url))
    .then((r) => f.texts.add(data.events, docOf(r)))
    .catch((e) => { if (f.texts.status().status === 'pending') f.texts.fail(messageOf(e)); });
  return f.request;
}

/**
 * The explorer's dataset: the one the page carries, or — for datasets too large to inline (see
 * app/_routes/data.ts) — the published index and event files, usually already parsed by the time
 * the explorer asks (the page requests them itself). While they load, the nearest Suspense
 * boundary shows its fallback.
 */
export function useDataset(inline: DatedDataset | undefined, urls: readonly string[] | undefined): DatasetResult {
  if (inline) return { data: inline };
  if (!urls || urls.length === 0) return { error: 'no dataset given' };
  return use(indexRequest(urls));
}

/**
 * For a link that opens on the events' texts (a search, the list, an open event): the component
 * suspends until they are there too. Decided on the first render (`opensOnTexts` may read the
 * URL); later changes show the texts as they arrive instead (useLateTexts).
 */
export function useTextsFirst(loaded: DatasetResult, textUrl: string | undefined, opensOnTexts: () => boolean): void {
  const [wait] = useState(() => !!textUrl && opensOnTexts());
  if (wait && textUrl && 'data' in loaded) use(textRequest(textUrl, loaded.data));
}

/**
 * The events' texts: a dataset the page carries has them; one from the index file gets them from
 * the text file, asked for once the explorer is on screen and the page is idle, so that it does
 * not slow the first render down — unless a view needed it earlier (useTextsFirst).
 */
export function useLateTexts(data: DatedDataset, textUrl: string | undefined): TextStore {
  const texts = textUrl ? textFile(textUrl).texts : INLINE;
  useEffect(() => {
    if (!textUrl || texts.status().status !== 'pending') return;
    // Asked for once the page is idle (the map may still be drawing), unless a view asked already.
    if (textFile(textUrl).request || typeof requestIdleCallback === 'undefined') {
      textRequest(textUrl, data);
      return;
    }
    const idle = requestIdleCallback(() => { textRequest(textUrl, data); }, { timeout: 1500 });
    return () => cancelIdleCallback(idle);
  }, [textUrl, data, texts]);
  return texts;
}
