import type { HistoricalEvent, Locale } from '../schema';

export const PAPER = {
  author: { family: 'Carrière', given: 'April' },
  title: 'Social Movements and the Bolivian State: Anarchistic Trends in Practice and Theory',
} as const;

/** "4–6, 56": consecutive footnote numbers collapse into ranges. */
export function formatNoteNumbers(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    let end = start;
    while (sorted[i + 1] === end + 1) end = sorted[++i]!;
    parts.push(end - start >= 2 ? `${start}–${end}` : end === start ? `${start}` : `${start}, ${end}`);
  }
  return parts.join(', ');
}

/**
 * A Chicago-style note citing the paper with the event's footnote numbers, then the event's URL.
 * The paper's own text is English; the framing follows the reader's language.
 */
export function citeEvent(event: HistoricalEvent, url: string, locale: Locale, siteTitle: string): string {
  const notes = formatNoteNumbers(event.footnotes);
  const many = event.footnotes.length > 1;
  const noteWord = locale === 'es' ? (many ? 'notas' : 'nota') : (many ? 'nn.' : 'n.');
  const via = locale === 'es' ? 'citado en' : 'as cited in';
  return `${PAPER.author.given} ${PAPER.author.family}, “${PAPER.title},” ${noteWord} ${notes}; ${via} “${event.title[locale]},” ${siteTitle}, ${url}.`;
}
