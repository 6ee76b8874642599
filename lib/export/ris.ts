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
  'paper-conference': 'CPAPER',
  manuscript: 'UNPB',
};

/** RIS is line-based: a value may not span lines. */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function formatName(name: Name): string {
  return name.given ? `${name.family}, ${name.given}` : name.family;
}

/** "2009/07/26/" or "2005/10//": DA carries month and day only where the date gives them. */
function formatDa(issued: string): string | undefined {
  const { year, month, day } = splitIsoDate(issued);
  if (month === undefined) return undefined;
  const two = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${year}/${two(month)}/${two(day)}/`;
}

/** "151-160" or "78–100" → start and end page; a single page has no end. */
function splitPages(page: string): [string, string | undefined] {
  const [start, end] = page.split(/\s*[-–]+\s*/, 2);
  return [start ?? page, end || undefined];
}

/** One record: "TAG  - value" lines from TY to ER. Corrected values; the printed ones in N1. */
export function toRisRecord(original: Work): string {
  const { work, note } = correctWork(original);
  const lines: [string, string | undefined][] = [['TY', RIS_TYPES[work.type]]];
  for (const name of work.author ?? []) lines.push(['AU', formatName(name)]);
  for (const name of work.editor ?? []) lines.push(['A2', formatName(name)]);
  lines.push(
    ['TI', work.title],
    ['T2', work.containerTitle],
    ['T3', work.collectionTitle],
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
