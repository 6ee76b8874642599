import type { Work } from '../schema';
import { splitIsoDate } from '../export/dateParts';

type Name = NonNullable<Work['author']>[number];

function personName(name: Name, inverted: boolean): string {
  if (!name.given) return name.family;
  return inverted ? `${name.family}, ${name.given}` : `${name.given} ${name.family}`;
}

/** "Ballvé, Teo, and Vijay Prashad" — the first name inverted, Chicago style. */
export function formatNames(names: readonly Name[] | undefined): string {
  if (!names || names.length === 0) return '';
  const all = names.map((n, i) => personName(n, i === 0));
  if (all.length === 1) return all[0] ?? '';
  if (all.length === 2) return `${all[0]} and ${all[1]}`;
  return `${all.slice(0, -1).join(', ')}, and ${all[all.length - 1]}`;
}

/**
 * A bibliography entry in a Chicago-like style, as plain text parts so a view can italicise the
 * title of a book or container. Fields are shown as catalogued (data/works.json corrects the
 * paper's misprints and keeps the printed forms in `corrections`).
 */
export interface CitationParts {
  authors: string;
  title: string;
  /** True where the title is a whole work (a book), shown in italics. */
  titleIsWhole: boolean;
  rest: string;
  url?: string;
}

const WHOLE_WORK_TYPES = new Set<Work['type']>(['book', 'report', 'broadcast']);

export function citationParts(work: Work): CitationParts {
  const whole = WHOLE_WORK_TYPES.has(work.type);
  const bits: string[] = [];
  if (work.containerTitle) {
    const editors = work.editor && work.editor.length > 0 ? `, ed. ${work.editor.map((n) => personName(n, false)).join(', ')}` : '';
    bits.push(`${work.type === 'chapter' ? 'In ' : ''}${work.containerTitle}${editors}`);
  }
  if (work.volume) bits.push(work.issue ? `${work.volume}, no. ${work.issue}` : work.volume);
  const pub = [work.publisherPlace, work.publisher].filter(Boolean).join(': ');
  if (pub) bits.push(pub);
  if (work.issued) bits.push(String(splitIsoDate(work.issued).year));
  if (work.page) bits.push(work.page);
  return {
    authors: formatNames(work.author ?? work.editor),
    title: work.title,
    titleIsWhole: whole,
    rest: bits.join(', '),
    url: work.url,
  };
}

export function formatWorkPlain(work: Work): string {
  const p = citationParts(work);
  const title = p.titleIsWhole ? p.title : `“${p.title}”`;
  return [p.authors, title, p.rest].filter(Boolean).join('. ') + '.' + (p.url ? ` ${p.url}` : '');
}
