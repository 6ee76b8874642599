'use client';
import { use, useState, type ReactNode } from 'react';
import type { DatedDataset } from '@/lib/dataset/types';
import { createExplorerStore, type ExplorerStore, type StoreOptions } from '@/lib/explorer/store';
import { loadMessages } from '@/lib/i18n/load';
import { eventPath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/schema';
import { browserUrl } from './browserUrl';
import { DatasetError } from './DatasetError';
import { whenIdle } from './idle';
import { MountInTransition } from './MountInTransition';
import { ExplorerContext } from './useExplorer';
import { useDataset, useLateTexts, useTextsFirst } from './useDataset';

// The page's language starts to download when this module first runs, before React hydrates
// (a throttled phone spends hundreds of ms there), so it is there by the time the view mounts.
if (typeof document !== 'undefined') loadMessages(document.documentElement.lang === 'es' ? 'es' : 'en').catch(() => {});

export interface DatasetProps {
  /** The dataset, when the page carries it… */
  data?: DatedDataset;
  /** …or where to fetch it (large datasets; see app/_routes/data.ts): the index and events… */
  dataUrls?: string[];
  /** …and the events' texts. */
  textUrl?: string;
  locale: Locale;
}

/**
 * The explorer's start-up, the same for the page and the embed: the dataset (suspending while it
 * loads, its texts too when the link opens on them) and the page's language (its own chunk,
 * fetched beside the data), an error where it cannot be had, and the view mounted one step later
 * in a transition (MountInTransition), once the lazily loaded parts it opens on are there.
 */
export function ExplorerStart({ data: inline, dataUrls, textUrl, locale, opensOnTexts, partsFirst, children }: DatasetProps & {
  /** Whether the link opens on the events' texts (a search, the list, an open event): read once. */
  opensOnTexts: () => boolean;
  /**
   * The lazily loaded parts the link opens on (the detail of an open event, the list), or null:
   * the view mounts once their code is there, so its first paint has them. Idempotent.
   */
  partsFirst?: () => Promise<unknown> | null;
  children: (data: DatedDataset) => ReactNode;
}) {
  // Started before the dataset is awaited, so the downloads overlap.
  const messages = loadMessages(locale);
  partsFirst?.();
  const loaded = useDataset(inline, dataUrls);
  useTextsFirst(loaded, textUrl, opensOnTexts);
  use(messages);
  if ('error' in loaded) return <DatasetError locale={locale} url={dataUrls?.[0]} error={loaded.error} />;
  return <MountInTransition until={partsFirst}>{children(loaded.data)}</MountInTransition>;
}

type Options = Omit<StoreOptions, 'url' | 'texts' | 'idle' | 'origin' | 'eventPath' | 'dataset' | 'messages'> & {
  data: DatedDataset;
  textUrl?: string;
  /** Absolute site URL for citations, when known at build time. */
  siteUrl: string;
  basePath: string;
};

/** The store for one mounted explorer, on the page's address, its texts and its idle time. */
export function ExplorerProvider({ options, children }: { options: Options; children: (store: ExplorerStore) => ReactNode }) {
  const { data, textUrl, siteUrl, ...rest } = options;
  const texts = useLateTexts(data, textUrl);
  // Loaded already: ExplorerStart waited for it.
  const messages = use(loadMessages(rest.locale));
  const [store] = useState(() => createExplorerStore({
    ...rest,
    messages,
    dataset: data,
    texts,
    url: browserUrl,
    idle: whenIdle,
    origin: siteUrl || `${window.location.origin}${rest.basePath}`,
    eventPath: (id) => eventPath(rest.locale, id),
  }));
  return <ExplorerContext.Provider value={store}>{children(store)}</ExplorerContext.Provider>;
}
