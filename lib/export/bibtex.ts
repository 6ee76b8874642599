import type { Work } from '../schema';
import { correctWork } from './corrections';
import { splitIsoDate } from './dateParts';

type Name = NonNullable<Work['author']>[number];
type Field = [name: string, value: string | undefined];

/**
 * The fields each entry type requires in BibTeX's standard styles (and biblatex's), beyond
 * `title`: `author` here stands for author or editor where the type allows either.
 */
export const REQUIRED_FIELDS: Record<string, readonly string[]> = {
  article: ['author', 'journal', 'year'],
  book: ['author', 'publisher', 'year'],
  incollection: ['author', 'booktitle', 'publisher', 'year'],
  inproceedings: ['author', 'booktitle', 'year'],
  techreport: ['author', 'institution', 'year'],
  misc: [],
};

/** What a work records, by the name of the BibTeX field it would fill. */
function recorded(work: Work): Record<string, boolean> {
  const container = Boolean(work.containerTitle);
  return {
    author: Boolean(work.author?.length || (work.type === 'book' && work.editor?.length)),
    journal: container, booktitle: container,
    publisher: Boolean(work.publisher), institution: Boolean(work.publisher),
    year: Boolean(work.issued),
  };
}

const PREFERRED: Record<Work['type'], string> = {
  'article-journal': 'article',
  'article-magazine': 'article',
  'article-newspaper': 'article',
  book: 'book',
  chapter: 'incollection',
  webpage: 'misc',
  interview: 'misc',
  broadcast: 'misc',
  report: 'techreport',
  'paper-conference': 'inproceedings',
  manuscript: 'misc',
};

/**
 * The entry type a work's own type suggests, where the work records every field that type
 * requires; otherwise `misc`, which requires none, rather than an entry styles warn about
 * (a book with no year, a chapter with no publisher, a conference paper with no proceedings).
 */
export function entryTypeOf(work: Work): string {
  const preferred = PREFERRED[work.type];
  const has = recorded(work);
  return REQUIRED_FIELDS[preferred]!.every((field) => has[field]) ? preferred : 'misc';
}

/** The standard month macros: both BibTeX and biblatex understand them, unquoted. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '%': '\\%', '&': '\\&', '$': '\\$', '#': '\\#', '_': '\\_',
  '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
  // In LaTeX's default font encoding "<" prints as "¡"; babel-spanish makes '"' a shorthand prefix.
  '<': '\\textless{}', '>': '\\textgreater{}', '"': '{"}',
};

/**
 * Escapes LaTeX's special characters in one pass (so a backslash we add is never escaped again).
 * Accents stay UTF-8: biber and BibTeX with inputenc read them as they are.
 */
export function escapeLatex(text: string): string {
  return text.replace(/[\\{}%&$#_~^<>"]/g, (c) => LATEX_SPECIALS[c]!);
}

/**
 * `url` is a verbatim field: LaTeX escapes would end up in the link. Only what could unbalance
 * the entry's braces is percent-encoded; none of these characters may appear raw in a URL
 * (RFC 3986), so this is the form a browser would send anyway.
 */
function verbatimUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * "Family, Given". A family name of several words is braced, so BibTeX does not read
 * "Le Bot" (no given name) as given "Le", family "Bot".
 */
function formatName(name: Name): string {
  const family = escapeLatex(name.family);
  const last = /[\s,]/.test(name.family) ? `{${family}}` : family;
  if (!name.given) return last;
  const given = escapeLatex(name.given);
  return `${last}, ${name.given.includes(',') ? `{${given}}` : given}`;
}

function formatNames(names: readonly Name[] | undefined): string | undefined {
  return names && names.length > 0 ? names.map(formatName).join(' and ') : undefined;
}

/**
 * Where the container's title goes depends on the entry type: a journal, a book holding a
 * chapter or paper, or (for misc) `howpublished`. A whole book or report has none; if one is
 * recorded it is kept as the series.
 */
function containerFields(work: Work, entryType: string): Field[] {
  const container = work.containerTitle && escapeLatex(work.containerTitle);
  const series = work.collectionTitle && escapeLatex(work.collectionTitle);
  if (entryType === 'article') return [['journal', container], ['series', series]];
  if (entryType === 'incollection' || entryType === 'inproceedings') return [['booktitle', container && `{${container}}`], ['series', series]];
  if (entryType === 'misc') {
    // Classic BibTeX styles print `howpublished` but not `url`, so the link goes there too, unless
    // it holds a character \url cannot take inside another command's argument (the `url` field can).
    const url = work.url && !/[%#\\{}]/.test(work.url) ? `\\url{${verbatimUrl(work.url)}}` : undefined;
    const parts = [container, url].filter(Boolean);
    return [['howpublished', parts.join(', ')], ['series', series]];
  }
  return [['series', series ?? container]];
}

/**
 * `year` and `month` for every style. BibTeX has no day, so where the day is known a biblatex
 * `date` carries it too (biber then prefers it to year and month, with a harmless warning).
 */
function dateFields(issued: string | undefined): Field[] {
  if (!issued) return [];
  const { year, month, day } = splitIsoDate(issued);
  return [
    ['year', String(year)],
    ['month', month === undefined ? undefined : MONTHS[month - 1]],
    ['date', day === undefined ? undefined : issued],
  ];
}

/** Fields in a conventional order; values are already BibTeX (escaped and braced as needed). */
function toFields(work: Work, note: string | undefined): [string, string][] {
  const entryType = entryTypeOf(work);
  const fields: Field[] = [
    ['author', formatNames(work.author)],
    ['editor', formatNames(work.editor)],
    // The extra braces keep the title's capitalisation: styles would otherwise lower-case it.
    ['title', `{${escapeLatex(work.title)}}`],
    ...containerFields(work, entryType),
    ['volume', work.volume && escapeLatex(work.volume)],
    ['number', work.issue && escapeLatex(work.issue)],
    // A report's publisher is its institution (techreport requires `institution`).
    [entryType === 'techreport' ? 'institution' : 'publisher', work.publisher && escapeLatex(work.publisher)],
    ['address', work.publisherPlace && escapeLatex(work.publisherPlace)],
    ...dateFields(work.issued),
    // BibTeX writes page ranges with an en dash, "--".
    ['pages', work.page && escapeLatex(work.page.replace(/\s*[-–]+\s*/g, '--'))],
    ['url', work.url && verbatimUrl(work.url)],
    // `annote` (biblatex: annotation) is kept by reference managers but not printed by styles.
    ['annote', note && escapeLatex(note)],
  ];
  return fields.filter((f): f is [string, string] => typeof f[1] === 'string' && f[1] !== '');
}

/** Month macros are written bare (`month = oct`); every other value is braced. */
function formatField([name, value]: [string, string]): string {
  return name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`;
}

/** One entry per work, keyed by the work's id. Corrected values; the printed ones in `annote`. */
export function toBibTeXEntry(original: Work): string {
  const { work, note } = correctWork(original);
  return `@${entryTypeOf(work)}{${work.id},\n${toFields(work, note).map(formatField).join(',\n')}\n}\n`;
}

export function toBibTeX(works: readonly Work[]): string {
  return works.map(toBibTeXEntry).join('\n');
}
