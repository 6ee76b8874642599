'use client';
import { memo, useMemo, useRef } from 'react';
import { spanOfRecord } from '@/lib/dates/span';
import { findAxisBreak, zoomAtCentre } from '@/lib/timeline/axisBreak';
import { yearsOf, type Domain } from '@/lib/timeline/domain';
import { FocusView } from './FocusView';
import { Overview } from './Overview';
import type { DomainChange, TimelineEra, TimelineEvent, TimelineLabels } from './types';
import { useElementWidth } from './useElementWidth';
import { YearRange } from './YearRange';

interface Props {
  events: TimelineEvent[];
  /** Every event `events` is drawn from, in the same order (see FocusView). */
  allEvents?: TimelineEvent[];
  eras: TimelineEra[];
  yearCounts: ReadonlyMap<number, number>;
  domain: Domain;
  /** The window is fitted to the filtered events (said beside the years; "All years" leaves it). */
  fitted?: boolean;
  extent: Domain;
  labels: TimelineLabels;
  yearLabels: { legend: string; from: string; to: string; hint: string };
  height: number;
  selectedId: string | null;
  hoveredId: string | null;
  highlighted: ReadonlySet<string>;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
  onDomainChange: DomainChange;
  onYearsChange: (from: number, to: number) => void;
}

/** The timeline: zoom buttons, the focus view, the overview strip and the year fields. */
export const Timeline = memo(function Timeline(props: Props) {
  const { domain, extent, labels, onDomainChange } = props;
  const ref = useRef<HTMLDivElement>(null);
  // Laid out only once the canvas has a width (before the first paint; see useElementWidth).
  const width = useElementWidth(ref);
  const years = yearsOf(domain);
  const extentYears = yearsOf(extent);
  // From every event, not the filtered ones: a filter does not move the break.
  const measured = props.allEvents ?? props.events;
  const axisBreak = useMemo(() => findAxisBreak(measured.map(spanOfRecord)), [measured]);
  const zoom = (factor: number) => onDomainChange(zoomAtCentre(domain, factor, extent, axisBreak), false);
  const atAll = domain.from <= extent.from && domain.to >= extent.to;

  return (
    <section className="timeline" aria-label={labels.region}>
      <div className="timeline-bar">
        <div className="zoom-buttons" role="group" aria-label={labels.focus}>
          <button type="button" onClick={() => zoom(0.5)} aria-label={labels.zoomIn} title={labels.zoomIn}>+</button>
          <button type="button" onClick={() => zoom(2)} aria-label={labels.zoomOut} title={labels.zoomOut} disabled={atAll}>−</button>
          {/* aria-disabled, not disabled: pressed from the keyboard, it keeps the focus. */}
          <button type="button" onClick={() => { if (!atAll) onDomainChange(extent, false); }} aria-disabled={atAll}>{labels.zoomAll}</button>
        </div>
        <p className="years-shown" aria-live="off">{labels.yearsShown(years.from, years.to)}</p>
        {props.fitted && <p className="fit-note">{labels.fitted}</p>}
        <YearRange
          from={years.from}
          to={years.to}
          min={extentYears.from}
          max={extentYears.to}
          labels={props.yearLabels}
          onChange={props.onYearsChange}
        />
      </div>
      <p id="timeline-instructions" className="visually-hidden">{labels.instructions}</p>
      <div ref={ref} className="timeline-canvas">
        {width !== null && <FocusView
          events={props.events}
          allEvents={props.allEvents}
          eras={props.eras}
          domain={domain}
          extent={extent}
          axisBreak={axisBreak}
          width={width}
          height={props.height}
          labels={labels}
          selectedId={props.selectedId}
          hoveredId={props.hoveredId}
          highlighted={props.highlighted}
          onSelect={props.onSelect}
          onHover={props.onHover}
          onDomainChange={onDomainChange}
        />}
        {width !== null && <Overview counts={props.yearCounts} extent={extent} domain={domain} width={width} labels={labels} onDomainChange={onDomainChange} />}
      </div>
    </section>
  );
});
