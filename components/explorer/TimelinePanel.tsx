'use client';
import { useMemo } from 'react';
import { Timeline } from '../timeline/Timeline';
import type { ExplorerModel } from './useExplorerModel';

/** The timeline wired to the model (used by the page and by the embed). */
export function TimelinePanel({ m, height }: { m: ExplorerModel; height: number }) {
  const { t, landmark, pushChange } = m;
  // Everything passed down keeps its identity until it changes: the timeline is memoised.
  const labels = useMemo(() => ({
    region: landmark(t.timeline), regionContext: t.scopeRegion, zoomIn: t.zoomIn, zoomOut: t.zoomOut, zoomAll: t.zoomAll, overview: t.timelineOverview,
    focus: t.timelineFocus, moreEvents: t.moreEvents, instructions: t.timelineInstructions, yearsShown: t.yearsShown,
    perYearCount: t.perYearCount,
  }), [t, landmark]);
  const yearLabels = useMemo(() => ({ legend: t.yearRange, from: t.yearFrom, to: t.yearTo, hint: t.yearHint }), [t]);
  const onYearsChange = useMemo(() => (from: number, to: number) => pushChange({ years: { from, to } }), [pushChange]);
  return (
    <Timeline
      events={m.timelineEvents}
      allEvents={m.timelineAll}
      eras={m.eras}
      yearCounts={m.yearCounts}
      domain={m.domain}
      extent={m.extent}
      locale={m.locale}
      height={height}
      labels={labels}
      yearLabels={yearLabels}
      selectedId={m.state.event}
      hoveredId={m.hoveredEvent}
      highlighted={m.highlighted}
      onSelect={m.selectById}
      onHover={m.setHoveredEvent}
      onDomainChange={m.changeDomain}
      onYearsChange={onYearsChange}
    />
  );
}
