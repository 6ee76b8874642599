'use client';
import { use } from 'react';
import { fromDatasetDocument } from '@/lib/dataset/fromDocument';
import type { Dataset } from '@/lib/dataset/types';

export type DatasetResult = { data: Dataset } | { error: string };

const requests = new Map<string, Promise<DatasetResult>>();

function request(url: string): Promise<DatasetResult> {
  let p = requests.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`${r.status} ${r.statusText}`.trim());
        return r.json();
      })
      .then((doc) => ({ data: fromDatasetDocument(doc) }))
      // Kept in the cache even when it failed: use() reads the same promise on the render after
      // it settles (a fresh request there would suspend again, for ever). Reloading retries.
      .catch((e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }));
    requests.set(url, p);
  }
  return p;
}

/**
 * The explorer's dataset: the one the page carries, or — for datasets too large to inline (see
 * app/_routes/data.ts) — the published /data/dataset.json. While it loads, the nearest Suspense
 * boundary shows its fallback: the page's server-rendered list.
 */
export function useDataset(inline: Dataset | undefined, url: string | undefined): DatasetResult {
  if (inline) return { data: inline };
  if (!url) return { error: 'no dataset given' };
  return use(request(url));
}
