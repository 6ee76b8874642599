import { getDataset } from '@/lib/dataset/load';
import { EXPLORER_TEXT_FILE, explorerFileNames } from '@/lib/dataset/explorerFiles';
import { sortEvents } from '@/lib/dataset/lookup';
import { loadRedirects } from '@/lib/dataset/redirects';
import type { Dataset } from '@/lib/dataset/types';

/** The validated dataset with events in time order; loading fails the build on bad data. */
export function loadSortedDataset(): Dataset {
  const data = getDataset();
  const renamed = loadRedirects();
  return {
    ...data,
    events: sortEvents(data.events),
    ...(renamed.length > 0 && { renamedEvents: Object.fromEntries(renamed.map((r) => [r.from, r.to])) }),
  };
}

/**
 * Up to this many events a page carries the dataset inline: one request, and the explorer starts
 * as soon as its code runs. Above it (a course's or a researcher's larger dataset), inlining would
 * make every page megabytes of HTML, so the explorer fetches the data (see explorerData), and the
 * page carries only the events its server-rendered list shows.
 */
export const INLINE_EVENT_LIMIT = inlineLimit(process.env.DATASET_INLINE_LIMIT);

/** DATASET_INLINE_LIMIT overrides the limit (the subpath build in `npm test` sets 0, so the fetching path is tested too). */
function inlineLimit(value: string | undefined): number {
  if (value === undefined || value === '') return 500;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`DATASET_INLINE_LIMIT must be a whole number of events, not "${value}"`);
  return n;
}
/** The server-rendered list (the page without JavaScript) shows a dataset of up to this many events whole… */
export const STATIC_LIST_LIMIT = 100;
/**
 * …and of a larger one, its first events only, with links to the data files: a 10,000-event
 * dataset's page stays small (each listed event is in the page twice, as HTML and in Next's
 * payload), and the explorer starts sooner.
 */
export const STATIC_LIST_PART = 40;

/**
 * How the explorer gets its data: inline, or from published files — the index and the events
 * first, the events' texts after (lib/dataset/explorerFiles.ts). For the files, the page also renders
 * <EarlyDatasetRequest source={…}> before the explorer, which starts the first downloads while
 * the scripts load (components/shell/earlyRequest.ts).
 */
export function explorerData(data: Dataset, basePath: string): { data: Dataset } | { dataUrls: string[]; textUrl: string } {
  if (data.events.length <= INLINE_EVENT_LIMIT) return { data };
  return {
    dataUrls: explorerFileNames(data.events.length).map((f) => `${basePath}/data/${f}`),
    textUrl: `${basePath}/data/${EXPLORER_TEXT_FILE}`,
  };
}

/** The dataset with only the events the server-rendered list shows. */
export function staticListData(data: Dataset): Dataset {
  return data.events.length <= STATIC_LIST_LIMIT ? data : { ...data, events: data.events.slice(0, STATIC_LIST_PART) };
}
