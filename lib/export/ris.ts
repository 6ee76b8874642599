import type { Work } from '../schema';
import { correctWork } from './corrections';
import { splitIsoDate } from './dateParts';

type Name = NonNullable<Work['author']>[number];

const RIS_TYPES: Record<Work['type'], string> = {
  'article-journal': 'JOUR',
  'article-magazine': 'MGZN',
  'article-newspaper': 'NEWS',
  book: 'BOOK',
  chapter: 'CHAP',
  webpage: 'ELEC',
  interview: 'GEN',
  broadcast: 'SOUND',
  report: 'RPRT',
  'paper-conference': 'CONF',
  manuscript: 'UNPB',
};

/** RIS is line-based: a value may not span lines. */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/**
 * "Family, Given", or "Family, Given, Suffix" (RIS's order) where the family name carries a
 * suffix after a comma ("Pérez, Jr."), so readers do not take the suffix for the given name.
 */
function formatName(name: Name): string {
  if (!name.given) return name.family;
  const [family, ...suffix] = name.family.split(/,\s*/);
  return [family, name.given, ...suffix].join(', ');
}

/**
 * "2009/07/26/", "2005/10//" or "2007///": month and day only where the date gives them. DA is
 * written even for a year, since some readers take a type's date from DA alone (citation-js on CONF).
 */
function formatDa(issued: string): string {
  const { year, month, day } = splitIsoDate(issued);
  const two = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${year}/${two(month)}/${two(day)}/`;
}

/** "151-160" or "78–100" → start and end page; a single page has no end. */
function splitPages(page: string): [string, string | undefined] {
  const [start, end] = page.split(/\s*[-–]+\s*/, 2);
  return [start ?? page, end || undefined];
}

/**
 * The tags differ by type, and these are the ones both Zotero's RIS translator and citation-js
 * read back into the same field: a BOOK's editors are A3 (A2 is its series editor) and its
 * series T2; a CHAP's book is T2, its series T3; a conference paper's proceedings are C3 (T2 is
 * the conference's name). A website's name on ELEC is T2, Zotero's website title; citation-js
 * has no tag for it on ELEC (it writes none) and reads T2 there as a collection title.
 */
/** `container` is undefined for a whole work, which has none. */
interface TypeTags { editor: string; container?: string; series: string }
const DEFAULT_TAGS: TypeTags = { editor: 'A2', container: 'T2', series: 'T3' };
const TYPE_TAGS: Partial<Record<Work['type'], TypeTags>> = {
  book: { editor: 'A3', series: 'T2' },
  report: { editor: 'A2', series: 'T2' },
  'paper-conference': { editor: 'A2', container: 'C3', series: 'T3' },
};

/** One record: "TAG  - value" lines from TY to ER. Corrected values; the printed ones in N1. */
export function toRisRecord(original: Work): string {
  const { work, note } = correctWork(original);
  const tags = TYPE_TAGS[work.type] ?? DEFAULT_TAGS;
  const lines: [string, string | undefined][] = [['TY', RIS_TYPES[work.type]]];
  for (const name of work.author ?? []) lines.push(['AU', formatName(name)]);
  for (const name of work.editor ?? []) lines.push([tags.editor, formatName(name)]);
  lines.push(['TI', work.title]);
  // A whole book or report has no container; one recorded anyway is kept as its series.
  const series = work.collectionTitle ?? (tags.container ? undefined : work.containerTitle);
  if (tags.container) lines.push([tags.container, work.containerTitle]);
  lines.push(
    [tags.series, series],
    ['VL', work.volume],
    ['IS', work.issue],
    ['PB', work.publisher],
    ['CY', work.publisherPlace],
  );
  if (work.issued) lines.push(['PY', String(splitIsoDate(work.issued).year)], ['DA', formatDa(work.issued)]);
  if (work.page) {
    const [start, end] = splitPages(work.page);
    lines.push(['SP', start], ['EP', end]);
  }
  lines.push(['UR', work.url], ['N1', note], ['ID', work.id]);
  const body = lines
    .filter((line): line is [string, string] => line[1] !== undefined && line[1] !== '')
    .map(([tag, value]) => `${tag}  - ${oneLine(value)}\r\n`)
    .join('');
  // ER has an empty value, but keeps the space after the dash that the tag format requires.
  return `${body}ER  - \r\n`;
}

/** Records separated by a blank line, CRLF throughout (as EndNote and Zotero write RIS). */
export function toRis(works: readonly Work[]): string {
  return works.map(toRisRecord).join('\r\n');
}
