'use client';
import { useEffect, useState } from 'react';
import { EmptyDetail } from '../detail/EmptyDetail';
import { whenIdle } from './idle';
import { lazyPart } from './lazyPart';
import { useExplorer, useStore } from './useExplorer';

const importPanels = () => import('./textPanels');

/**
 * The detail panel's box without its code: empty, as the panel itself is with no event, or, once
 * an event is chosen and while the code loads, saying so; the panel replaces it in place.
 */
function DetailPlaceholder() {
  const { t, landmark } = useStore();
  const chosen = useExplorer((s) => s.detail.event !== null);
  return <EmptyDetail label={landmark(t.detail)} text={chosen ? t.textLoading : t.noSelection} busy={chosen} />;
}

/** The list's heading note while its code loads (the view was switched to the list). */
function ListPlaceholder() {
  const { t } = useStore();
  return (
    <section className="list-view" aria-label={t.viewList} aria-busy="true">
      <p className="list-note">{t.listIsTwin}</p>
    </section>
  );
}

/*
 * The detail and list panels, whose code (with the list's: the article, footnotes and works) is
 * not needed for the timeline's first paint. It loads when the page is idle (usePanelsWhenIdle),
 * so a first selection does not wait on the network; before the view mounts where the link opens
 * on one of them (loadTextPanels); or when one is first rendered.
 */
const DetailPart = lazyPart(() => importPanels().then((m) => m.DetailPanel), <DetailPlaceholder />);
export const ListPanel = lazyPart(() => importPanels().then((m) => m.ListPanel), <ListPlaceholder />);

/**
 * The detail panel. Until an event is first chosen it is its empty box, which needs none of its
 * code: that box on screen does not fetch the code, which waits for the page to be idle. From
 * then on the panel stays, as it always did, empty or not (it keeps which focus request it
 * served: Back to an event is not a new one).
 */
export function DetailPanel(props: { pageTarget?: '_blank' }) {
  const chosen = useExplorer((s) => s.detail.event !== null);
  const [wanted, setWanted] = useState(chosen);
  if (chosen && !wanted) setWanted(true);
  return wanted ? <DetailPart {...props} /> : <DetailPlaceholder />;
}

/** Both panels' code (one chunk); settles when it is there or has failed. */
export function loadTextPanels(): Promise<unknown> {
  return Promise.all([DetailPart.load(), ListPanel.load()]);
}

/**
 * Starts the panels' download at once, in the browser, where `opensOnOne()` says the page opens
 * on one of them (it may read the URL): beside the page's language, which the view awaits too.
 * Returns the download, or null where none was needed.
 */
export function preloadTextPanels(opensOnOne: () => boolean): Promise<unknown> | null {
  return typeof window !== 'undefined' && opensOnOne() ? loadTextPanels() : null;
}

/** Loads the panels' code in the page's first idle period after the view mounts. */
export function usePanelsWhenIdle(): void {
  useEffect(() => whenIdle(() => {
    void loadTextPanels();
    return true;
  }), []);
}
