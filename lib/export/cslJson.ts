import type { Work } from '../schema';
import { correctWork } from './corrections';
import { splitIsoDate } from './dateParts';

type Name = NonNullable<Work['author']>[number];

/** A CSL-JSON item (citeproc-js, Zotero, Pandoc): only the variables our works use. */
export interface CslItem {
  id: string;
  type: Work['type'];
  author?: Name[];
  editor?: Name[];
  title: string;
  'container-title'?: string;
  'collection-title'?: string;
  volume?: string;
  issue?: string;
  publisher?: string;
  'publisher-place'?: string;
  issued?: { 'date-parts': [number[]] };
  page?: string;
  URL?: string;
  note?: string;
}

function toNames(names: readonly Name[] | undefined): Name[] | undefined {
  return names && names.length > 0 ? names.map((n) => (n.given ? { family: n.family, given: n.given } : { family: n.family })) : undefined;
}

/** Date parts at the date's own precision: [[2007]], [[2005, 10]] or [[2009, 7, 26]]. */
function toIssued(value: string): CslItem['issued'] {
  const { year, month, day } = splitIsoDate(value);
  const parts = [year];
  if (month !== undefined) parts.push(month);
  if (day !== undefined) parts.push(day);
  return { 'date-parts': [parts] };
}

/** Our work types are CSL types already, so `type` maps one to one. Corrected values, printed ones in `note`. */
export function toCslItem(original: Work): CslItem {
  const { work, note } = correctWork(original);
  const item: CslItem = { id: work.id, type: work.type, title: work.title };
  const author = toNames(work.author);
  const editor = toNames(work.editor);
  if (author) item.author = author;
  if (editor) item.editor = editor;
  if (work.containerTitle) item['container-title'] = work.containerTitle;
  if (work.collectionTitle) item['collection-title'] = work.collectionTitle;
  if (work.volume) item.volume = work.volume;
  if (work.issue) item.issue = work.issue;
  if (work.publisher) item.publisher = work.publisher;
  if (work.publisherPlace) item['publisher-place'] = work.publisherPlace;
  if (work.issued) item.issued = toIssued(work.issued);
  if (work.page) item.page = work.page;
  if (work.url) item.URL = work.url;
  if (note) item.note = note;
  return item;
}

export function toCslJson(works: readonly Work[]): CslItem[] {
  return works.map(toCslItem);
}
