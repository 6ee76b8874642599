import type { Footnote, Work } from '@/lib/schema';
import type { Messages } from '@/lib/i18n/messages';
import { LinkedText } from './LinkedText';
import type { Highlight } from './plainText';
import { WorkCitation } from './WorkCitation';

interface Props {
  footnote: Footnote;
  works: Map<string, Work>;
  t: Messages;
  /** Prefix for element ids, so several lists on one page do not clash. */
  idPrefix: string;
  /** Marks search matches: the search reads footnotes too, and the reader should see where it matched. */
  highlight?: Highlight;
}

/** A numbered footnote: its text as printed, then the works it cites. */
export function FootnoteItem({ footnote, works, t, idPrefix, highlight }: Props) {
  const cited = footnote.works.map((id) => works.get(id)).filter((w): w is Work => !!w);
  return (
    <li value={footnote.number} id={`${idPrefix}fn-${footnote.number}`} className="footnote" data-footnote={footnote.number} tabIndex={-1}>
      <span className="visually-hidden">{t.footnoteLabel(footnote.number)}: </span>
      <blockquote className="paper-text" lang="en" cite="#source">
        <LinkedText text={footnote.text} highlight={highlight} />
      </blockquote>
      {cited.length > 0 && (
        <details className="works">
          <summary>{t.worksCited} ({cited.length})</summary>
          <ul>
            {cited.map((work, i) => (
              <li key={`${work.id}-${i}`}><WorkCitation work={work} /></li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
