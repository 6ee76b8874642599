import type { Messages } from '@/lib/i18n/messages';

/** A visible, text-based mark (never colour alone) for a detail that does not come from the paper. */
export function OutsideMark({ t }: { t: Messages }) {
  return (
    <span className="outside-mark">
      {' '}
      <span aria-hidden="true">†</span>
      <span className="outside-label"> {t.outsidePaper}</span>
    </span>
  );
}

/** The notes saying where each outside-the-paper detail comes from, already in the page's language. */
export function OutsideNotes({ t, notes }: { t: Messages; notes: { what: string; note: string }[] }) {
  if (notes.length === 0) return null;
  return (
    <div className="outside-notes">
      <p className="label"><span aria-hidden="true">† </span>{t.outsidePaperLong}</p>
      <ul>
        {notes.map((n) => (
          <li key={n.what}><strong>{n.what}</strong>: {n.note}</li>
        ))}
      </ul>
    </div>
  );
}
