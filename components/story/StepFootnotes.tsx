import type { Lookup } from '@/lib/dataset/lookup';
import type { Messages } from '@/lib/i18n/messages';
import { FootnoteItem } from '../detail/FootnoteItem';

interface Props {
  /** The paper's footnote numbers the step cites, in its order. */
  numbers: readonly number[];
  lookup: Lookup;
  t: Messages;
  /** Makes the footnotes' ids unique on a page that shows several steps. */
  idPrefix: string;
}

/** A story step's footnotes with the works they cite: the story page's and story mode's alike. */
export function StepFootnotes({ numbers, lookup, t, idPrefix }: Props) {
  return (
    <div className="event-footnotes">
      <h3 className="label footnotes-heading">{t.footnotes} <span className="hint">({t.papersText})</span></h3>
      <ol className="footnotes">
        {numbers.map((n) => {
          const footnote = lookup.footnote.get(n);
          return footnote ? <FootnoteItem key={n} footnote={footnote} works={lookup.work} t={t} idPrefix={idPrefix} /> : null;
        })}
      </ol>
    </div>
  );
}
