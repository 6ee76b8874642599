'use client';
import { type KeyboardEvent, memo, type PointerEvent, useEffect, useMemo, useRef } from 'react';
import { panOnAxis, timeAtFraction, zoomAtCentre, zoomOnAxis, type AxisBreak } from '@/lib/timeline/axisBreak';
import { domainAround, type Domain } from '@/lib/timeline/domain';
import { LANDMARK_EVENTS } from '@/lib/timeline/landmarks';
import { measureTimeline, placeTimeline } from '@/lib/timeline/layout';
import { Axis } from './Axis';
import { AxisBreakMark } from './AxisBreakMark';
import { EraBands } from './EraBands';
import { ItemMark } from './ItemMark';
import type { DomainChange, TimelineEra, TimelineEvent, TimelineLabels } from './types';

interface Props {
  events: TimelineEvent[];
  /**
   * Every event `events` is drawn from (the filter's whole dataset), in the same order. Given,
   * the view measures all of them once per window and size, and a filter change, a keystroke
   * or a selection only places its events again: at 10,000 events, measuring and sorting them
   * was most of the layout's time.
   */
  allEvents?: TimelineEvent[];
  eras: TimelineEra[];
  domain: Domain;
  extent: Domain;
  /** Where the axis is broken, from every event (see lib/timeline/axisBreak). */
  axisBreak: AxisBreak | null;
  width: number;
  height: number;
  labels: TimelineLabels;
  selectedId: string | null;
  hoveredId: string | null;
  highlighted: ReadonlySet<string>;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
  onDomainChange: DomainChange;
}

const AXIS_HEIGHT = 24;
const LANE_HEIGHT = 22;
const CLUSTER_ROW = 24;
const DRAG_THRESHOLD = 4;

/**
 * The zoomable focus window. Wheel or pinch zooms around the pointer, dragging pans, and the
 * keyboard moves between events (arrows), selects (Enter) and zooms (+ / −).
 */
export const FocusView = memo(function FocusView(props: Props) {
  const { events, allEvents, eras, domain, extent, axisBreak, width, height, labels, selectedId, hoveredId, highlighted, onSelect, onHover, onDomainChange } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const maxLanes = Math.max(1, Math.floor((height - AXIS_HEIGHT - CLUSTER_ROW) / LANE_HEIGHT));
  const measuredEvents = allEvents ?? events;
  const measured = useMemo(() => measureTimeline(measuredEvents, domain, { width, axisBreak }), [measuredEvents, domain, width, axisBreak]);
  const layout = useMemo(
    () => placeTimeline(measured, events === measuredEvents ? null : events, {
      maxLanes, priority: new Set([...(selectedId ? [selectedId] : []), ...highlighted, ...LANDMARK_EVENTS]),
    }),
    [measured, events, measuredEvents, maxLanes, selectedId, highlighted],
  );
  const placedOrder = useMemo(
    () => [...layout.items].sort((a, b) => a.x0 - b.x0 || a.lane - b.lane).map((i) => i.id),
    [layout.items],
  );
  const focusableId = selectedId && placedOrder.includes(selectedId) ? selectedId : placedOrder[0];

  // Latest values for the native listeners below, which are attached once.
  const live = useRef({ domain, extent, axisBreak, width, onDomainChange });
  live.current = { domain, extent, axisBreak, width, onDomainChange };

  useEffect(function zoomOnWheel() {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const { domain: d, extent: e, axisBreak: b, width: w, onDomainChange: change } = live.current;
      const rect = svg.getBoundingClientRect();
      const anchor = timeAtFraction(d, (event.clientX - rect.left) / w, b);
      const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY);
      if (horizontal) change(panOnAxis(d, event.deltaX / w, e, b), true);
      else change(zoomOnAxis(d, Math.exp(event.deltaY * 0.0015), anchor, e, b), true);
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, []);

  // Pointer gestures: one pointer pans, two pinch-zoom.
  const pointers = useRef(new Map<number, number>());
  const gesture = useRef<{ startDomain: Domain; startX: number; startDistance: number; moved: boolean } | null>(null);

  function onPointerDown(event: PointerEvent<SVGSVGElement>) {
    pointers.current.set(event.pointerId, event.clientX);
    const xs = [...pointers.current.values()];
    gesture.current = {
      startDomain: domain,
      startX: xs.reduce((a, b) => a + b, 0) / xs.length,
      startDistance: xs.length > 1 ? Math.abs((xs[0] ?? 0) - (xs[1] ?? 0)) : 0,
      moved: false,
    };
  }

  function onPointerMove(event: PointerEvent<SVGSVGElement>) {
    if (!pointers.current.has(event.pointerId) || !gesture.current) return;
    pointers.current.set(event.pointerId, event.clientX);
    const g = gesture.current;
    const xs = [...pointers.current.values()];
    const centreX = xs.reduce((a, b) => a + b, 0) / xs.length;
    if (!g.moved && Math.abs(centreX - g.startX) < DRAG_THRESHOLD && xs.length < 2) return;
    if (!g.moved) svgRef.current?.setPointerCapture(event.pointerId);
    g.moved = true;
    if (xs.length > 1 && g.startDistance > 0) {
      const distance = Math.abs((xs[0] ?? 0) - (xs[1] ?? 0));
      const rect = svgRef.current?.getBoundingClientRect();
      const anchor = timeAtFraction(g.startDomain, (g.startX - (rect?.left ?? 0)) / width, axisBreak);
      onDomainChange(zoomOnAxis(g.startDomain, g.startDistance / Math.max(distance, 1), anchor, extent, axisBreak), true);
    } else {
      onDomainChange(panOnAxis(g.startDomain, -(centreX - g.startX) / width, extent, axisBreak), true);
    }
  }

  function onPointerUp(event: PointerEvent<SVGSVGElement>) {
    pointers.current.delete(event.pointerId);
    const g = gesture.current;
    if (pointers.current.size === 0) {
      gesture.current = null;
      if (g && !g.moved) {
        const target = (event.target as Element).closest('[data-event],[data-cluster]');
        const id = target?.getAttribute('data-event');
        const cluster = target?.getAttribute('data-cluster');
        if (id) onSelect(id);
        else if (cluster) zoomToCluster(cluster);
      } else if (g?.moved) {
        onDomainChange(domain, false);
      }
    }
  }

  function zoomToCluster(key: string) {
    const cluster = layout.clusters.find((c) => c.key === key);
    if (cluster) onDomainChange(domainAround(cluster.from, cluster.to, extent, 0.05), false);
  }

  function focusItem(id: string | undefined) {
    if (!id) return;
    svgRef.current?.querySelector<SVGGElement>(`[data-event="${CSS.escape(id)}"]`)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<SVGSVGElement>) {
    const target = event.target as Element;
    const id = target.getAttribute('data-event');
    const cluster = target.getAttribute('data-cluster');
    const index = id ? placedOrder.indexOf(id) : -1;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        if (index >= 0) { event.preventDefault(); focusItem(placedOrder[Math.min(index + 1, placedOrder.length - 1)]); }
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        if (index >= 0) { event.preventDefault(); focusItem(placedOrder[Math.max(index - 1, 0)]); }
        break;
      case 'Home':
        event.preventDefault(); focusItem(placedOrder[0]);
        break;
      case 'End':
        event.preventDefault(); focusItem(placedOrder[placedOrder.length - 1]);
        break;
      case 'Enter':
      case ' ':
        if (id) { event.preventDefault(); onSelect(id); }
        else if (cluster) { event.preventDefault(); zoomToCluster(cluster); }
        break;
      case '+':
      case '=':
        event.preventDefault(); onDomainChange(zoomAtCentre(domain, 0.5, extent, axisBreak), false);
        break;
      case '-':
      case '_':
        event.preventDefault(); onDomainChange(zoomAtCentre(domain, 2, extent, axisBreak), false);
        break;
    }
  }

  const lanesHeight = AXIS_HEIGHT + layout.laneCount * LANE_HEIGHT;
  return (
    <svg
      ref={svgRef}
      className="focus-view"
      width={width}
      height={height}
      role="group"
      aria-label={labels.focus}
      aria-describedby="timeline-instructions"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      onPointerOver={(e) => onHover((e.target as Element).closest('[data-event]')?.getAttribute('data-event') ?? null)}
      onPointerLeave={() => onHover(null)}
      onFocus={(e) => onHover((e.target as Element).getAttribute('data-event'))}
    >
      <defs>
        <linearGradient id="fuzzy-fill" x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" stopColor="var(--bar)" stopOpacity="0" />
          <stop offset="0.25" stopColor="var(--bar)" stopOpacity="0.85" />
          <stop offset="0.75" stopColor="var(--bar)" stopOpacity="0.85" />
          <stop offset="1" stopColor="var(--bar)" stopOpacity="0" />
        </linearGradient>
      </defs>
      <rect className="focus-bg" width={width} height={height} />
      <EraBands eras={eras} domain={domain} axisBreak={axisBreak} width={width} height={height} />
      <Axis domain={domain} axisBreak={axisBreak} width={width} height={height} months={labels.months} />
      <AxisBreakMark axisBreak={axisBreak} domain={domain} width={width} height={height} />
      <g className="items">
        {layout.items.map((item) => {
          const { event } = item;
          return (
            <ItemMark
              key={item.id}
              item={item}
              y={AXIS_HEIGHT + 10 + item.lane * LANE_HEIGHT}
              selected={item.id === selectedId}
              hovered={item.id === hoveredId}
              highlighted={highlighted.has(item.id)}
              outside={!!event.outside}
              region={event.scope !== 'bolivia'}
              focusable={item.id === focusableId}
              description={`${event.date}${event.scope === 'region' ? ` (${labels.regionContext})` : ''}`}
            />
          );
        })}
      </g>
      <g className="clusters">
        {layout.clusters.map((cluster) => (
          <g
            key={cluster.key}
            className="cluster"
            data-cluster={cluster.key}
            role="button"
            tabIndex={0}
            aria-label={labels.moreEvents(cluster.ids.length)}
            transform={`translate(${Math.min(Math.max(cluster.x, 14), width - 20)},${Math.min(lanesHeight + 14, height - 12)})`}
          >
            <title>{labels.moreEvents(cluster.ids.length)}</title>
            <rect x={-14} y={-9} width={34} height={18} rx={9} />
            <text x={3} y={4} textAnchor="middle">+{cluster.ids.length}</text>
          </g>
        ))}
      </g>
    </svg>
  );
});
