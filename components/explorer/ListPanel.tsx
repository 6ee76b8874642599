'use client';
import { eventPath } from '@/lib/i18n/paths';
import { EventList } from '../list/EventList';
import { PrintUrl } from './PrintUrl';
import type { ExplorerModel } from './useExplorerModel';

/** The list twin: exactly the events the filters select, in time order, with their footnotes. */
export function ListPanel({ m, linkTarget }: { m: ExplorerModel; linkTarget?: '_blank' }) {
  return (
    <section className="list-view" aria-label={m.t.viewList}>
      <p className="list-note">{m.t.listIsTwin}</p>
      <PrintUrl label={m.t.printedFrom} />
      <EventList
        events={m.visible}
        lookup={m.lookup}
        locale={m.locale}
        t={m.t}
        hrefFor={(id) => `${m.basePath}${eventPath(m.locale, id)}`}
        linkTarget={linkTarget}
        highlight={m.highlight}
        textReady={m.textReady}
      />
    </section>
  );
}
