import type { Messages } from '@/lib/i18n/messages';

/** A visible, text-based mark (never colour alone) for details that do not come from the paper. */
export function OutsideMark({ t, note }: { t: Messages; note?: string }) {
  return (
    <span className="outside-mark" title={note}>
      {' '}
      <span aria-hidden="true">†</span>
      <span className="outside-label">({t.outsidePaper}{note ? `: ${note}` : ''})</span>
    </span>
  );
}
