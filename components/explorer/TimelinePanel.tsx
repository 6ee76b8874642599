'use client';
import { Timeline } from '../timeline/Timeline';
import type { ExplorerModel } from './useExplorerModel';

/** The timeline wired to the model (used by the page and by the embed). */
export function TimelinePanel({ m, height }: { m: ExplorerModel; height: number }) {
  const { t } = m;
  return (
    <Timeline
      events={m.timelineEvents}
      eras={m.eras}
      yearCounts={m.yearCounts}
      domain={m.domain}
      extent={m.extent}
      locale={m.locale}
      height={height}
      labels={{
        region: m.landmark(t.timeline), regionContext: t.scopeRegion, zoomIn: t.zoomIn, zoomOut: t.zoomOut, zoomAll: t.zoomAll, overview: t.timelineOverview,
        focus: t.timelineFocus, moreEvents: t.moreEvents, instructions: t.timelineInstructions, yearsShown: t.yearsShown,
        perYearCount: t.perYearCount,
      }}
      yearLabels={{ legend: t.yearRange, from: t.yearFrom, to: t.yearTo, hint: t.yearHint }}
      selectedId={m.state.event}
      hoveredId={m.hoveredEvent}
      highlighted={m.highlighted}
      onSelect={(id) => m.select(id)}
      onHover={m.setHoveredEvent}
      onDomainChange={m.changeDomain}
      onYearsChange={(from, to) => m.push({ ...m.state, years: { from, to } })}
    />
  );
}
