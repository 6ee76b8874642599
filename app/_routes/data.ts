import { getDataset } from '@/lib/dataset/load';
import { EXPLORER_TEXT_FILE, explorerFileNames } from '@/lib/dataset/explorerFiles';
import { sortEvents } from '@/lib/dataset/lookup';
import { loadRedirects } from '@/lib/dataset/redirects';
import type { Dataset, DatedDataset } from '@/lib/dataset/types';
import { withEventDates } from '@/lib/dates/eventDates';

// Per loaded dataset (getDataset keeps one): every page asks, and at 10,000 events writing the
// dates in words takes a while.
const prepared = new WeakMap<Dataset, DatedDataset>();

/** The validated dataset with events in time order and their dates in words; loading fails the build on bad data. */
export function loadSortedDataset(): DatedDataset {
  const data = getDataset();
  let dated = prepared.get(data);
  if (!dated) {
    const renamed = loadRedirects();
    dated = withEventDates({
      ...data,
      events: sortEvents(data.events),
      ...(renamed.length > 0 && { renamedEvents: Object.fromEntries(renamed.map((r) => [r.from, r.to])) }),
    });
    prepared.set(data, dated);
  }
  return dated;
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
export function explorerData(data: DatedDataset, basePath: string): { data: DatedDataset } | { dataUrls: string[]; textUrl: string } {
  if (data.events.length <= INLINE_EVENT_LIMIT) return { data };
  return {
    dataUrls: explorerFileNames(data.events.length).map((f) => `${basePath}/data/${f}`),
    textUrl: `${basePath}/data/${EXPLORER_TEXT_FILE}`,
  };
}

/** The dataset with only the events the server-rendered list shows, and only their dates. */
export function staticListData(data: DatedDataset): DatedDataset {
  if (data.events.length <= STATIC_LIST_LIMIT) return data;
  const events = data.events.slice(0, STATIC_LIST_PART);
  return { ...data, events, dates: Object.fromEntries(events.map((e) => [e.id, data.dates[e.id]!])) };
}
