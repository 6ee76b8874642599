import { getDataset } from '@/lib/dataset/load';
import { sortEvents } from '@/lib/dataset/lookup';
import type { Dataset } from '@/lib/dataset/types';

/** The validated dataset with events in time order; loading fails the build on bad data. */
export function loadSortedDataset(): Dataset {
  const data = getDataset();
  return { ...data, events: sortEvents(data.events) };
}
