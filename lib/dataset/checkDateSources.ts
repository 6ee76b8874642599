import { precisionOf } from '../dates/isoDate';
import type { Localized, OutsidePaper, PaperDate } from '../schema';
import type { Problem } from './problem';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface DatedRecord {
  start: string;
  end?: string;
  paperDate?: PaperDate;
  approximate?: Localized;
  outsidePaper?: OutsidePaper;
}

type Where = { file: string; id: string };

/** Why the paper's words `words` cannot be the source of `date`, or null when they can. */
function explainWords(date: string, words: string, paperFolded: string | undefined): string | null {
  if (paperFolded !== undefined && !paperFolded.includes(words.replace(/\s+/g, ' ').trim())) {
    return `is not found word for word in the paper: ${JSON.stringify(words.slice(0, 60))}`;
  }
  const [year, month, day] = date.split('-');
  if (!words.includes(year!)) return `does not contain the year ${year} of "${date}"; a date the paper does not state needs "approximate" or "outsidePaper"`;
  const precision = precisionOf(date);
  if (precision !== 'year' && !words.includes(MONTHS[Number(month) - 1]!)) {
    return `does not name the month of "${date}"; a month the paper does not state goes in "outsidePaper" (with "value")`;
  }
  if (precision === 'day' && !new RegExp(`\\b0?${Number(day)}\\b`).test(words.replace(year!, ''))) {
    return `does not give the day of "${date}"; a day the paper does not state goes in "outsidePaper" (with "value")`;
  }
  return null;
}

/**
 * Every start and end says where it comes from: the paper's words (`paperDate`), a loose reading
 * of them (`approximate`), or a source outside the paper (`outsidePaper` without a `value`; with
 * one, the record's own date is the paper's and must still be explained). Only one source per end.
 */
export function checkDateSources(record: DatedRecord, where: Where, paperFolded: string | undefined, report: (p: Problem) => void): void {
  for (const side of ['start', 'end'] as const) {
    const date = record[side];
    const words = record.paperDate?.[side];
    if (!date) {
      if (words) report({ ...where, path: `paperDate.${side}`, message: `gives the paper's words for the ${side}, but the record has no ${side}` });
      continue;
    }
    const outside = record.outsidePaper?.[side];
    const fromOutside = outside !== undefined && outside.value === undefined;
    if (words) {
      const reason = explainWords(date, words, paperFolded);
      if (reason) report({ ...where, path: `paperDate.${side}`, message: reason });
      if (fromOutside) report({ ...where, path: `paperDate.${side}`, message: `says the paper states the ${side}, but "outsidePaper.${side}" says it does not; keep one` });
    } else if (!fromOutside && !record.approximate) {
      report({ ...where, path: side, message: `"${date}": say where this ${side} comes from: the paper's words in "paperDate.${side}", a loose reading in "approximate", or a source in "outsidePaper.${side}"` });
    }
  }
}

/** An event without footnotes must say why, and only such an event may. */
export function checkCitation(record: { footnotes: readonly number[]; uncited?: Localized }, where: Where, report: (p: Problem) => void): void {
  if (record.footnotes.length === 0 && !record.uncited) {
    report({ ...where, path: 'footnotes', message: 'must cite at least one of the paper’s footnotes, or say in "uncited" (en and es) why the paper gives none' });
  }
  if (record.footnotes.length > 0 && record.uncited) {
    report({ ...where, path: 'uncited', message: 'is given, but the event cites footnotes; remove one of them' });
  }
}
