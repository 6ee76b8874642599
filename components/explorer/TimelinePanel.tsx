'use client';
import { useCallback, useMemo } from 'react';
import { Timeline } from '../timeline/Timeline';
import { useExplorer, useStore } from './useExplorer';

/** The timeline wired to the store (used by the page and by the embed). */
export function TimelinePanel({ height }: { height: number }) {
  const store = useStore();
  const { t, landmark, monthNames } = store;
  // Everything passed down keeps its identity until it changes: the timeline is memoised.
  const labels = useMemo(() => ({
    region: landmark(t.timeline), regionContext: t.scopeRegion, zoomIn: t.zoomIn, zoomOut: t.zoomOut, zoomAll: t.zoomAll, fitted: t.fittedToFilter, overview: t.timelineOverview,
    focus: t.timelineFocus, moreEvents: t.moreEvents, instructions: t.timelineInstructions, yearsShown: t.yearsShown,
    perYearCount: t.perYearCount, months: monthNames,
  }), [t, landmark, monthNames]);
  const yearLabels = useMemo(() => ({ legend: t.yearRange, from: t.yearFrom, to: t.yearTo, hint: t.yearHint }), [t]);
  const onSelect = useCallback((id: string) => store.select(id), [store]);
  return (
    <Timeline
      events={useExplorer((s) => s.timelineEvents)}
      allEvents={useExplorer((s) => s.timelineAll)}
      eras={useExplorer((s) => s.eras)}
      yearCounts={useExplorer((s) => s.yearCounts)}
      domain={useExplorer((s) => s.drawnDomain ?? s.domain)}
      fitted={useExplorer((s) => s.fitted)}
      extent={store.extent}
      height={height}
      labels={labels}
      yearLabels={yearLabels}
      selectedId={useExplorer((s) => s.state.event)}
      hoveredId={useExplorer((s) => s.hoveredEvent)}
      highlighted={useExplorer((s) => s.highlighted)}
      onSelect={onSelect}
      onHover={store.hoverEvent}
      onDomainChange={store.setWindow}
      onYearsChange={store.setYears}
    />
  );
}
