import type { DatasetDocument } from './document';
import { sortEvents } from './lookup';
import type { Dataset } from './types';

/**
 * The explorer's dataset from the published document (/data/dataset.json), for pages whose
 * dataset is too large to carry inline. The file was validated when the site was built; this
 * only checks that it is that file, and turns the document's explicit nulls back into absent
 * fields. Events come back in time order.
 */
export function fromDatasetDocument(doc: unknown): Dataset {
  const d = doc as Partial<DatasetDocument> | null;
  const lists = ['events', 'places', 'movements', 'themes', 'eras', 'footnotes', 'works'] as const;
  const missing = lists.filter((k) => !Array.isArray(d?.[k]));
  if (!d || missing.length > 0) throw new Error(`not the dataset document (no ${missing.join(', ')} list)`);
  const events = d.events!.map(({ end, paperDate, approximate, uncited, outsidePaper, ...e }) => ({
    ...e,
    ...(end === null ? {} : { end }),
    ...(paperDate === null ? {} : { paperDate }),
    ...(uncited === null ? {} : { uncited }),
    ...(approximate === null ? {} : { approximate }),
    ...(outsidePaper === null ? {} : { outsidePaper }),
  })) as Dataset['events'];
  return {
    events: sortEvents(events),
    places: d.places!,
    movements: d.movements!,
    themes: d.themes!,
    eras: d.eras!,
    footnotes: d.footnotes!,
    works: d.works!,
  } as Dataset;
}
