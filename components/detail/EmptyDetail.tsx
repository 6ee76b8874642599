import type { Ref } from 'react';

/**
 * The detail panel's box with no event in it: a line of text where the event will be. The same
 * box stands in for the panel while its code loads (components/explorer/LazyPanels), so nothing
 * moves or flashes when the code arrives.
 */
export function EmptyDetail({ label, text, busy = false, ref }: {
  /** The panel's landmark name. */
  label: string;
  text: string;
  /** An event is chosen and on its way. */
  busy?: boolean;
  ref?: Ref<HTMLElement>;
}) {
  return (
    <aside ref={ref} className="detail empty" aria-label={label} tabIndex={-1} aria-busy={busy || undefined}>
      <p>{text}</p>
    </aside>
  );
}
