'use client';
import { memo, type PointerEvent, useMemo, useRef } from 'react';
import { clampDomain, span, type Domain } from '@/lib/timeline/domain';
import { yearStart } from '@/lib/timeline/domain';
import type { DomainChange, TimelineLabels } from './types';

interface Props {
  /** Events per year for the density strip. */
  counts: ReadonlyMap<number, number>;
  extent: Domain;
  domain: Domain;
  width: number;
  labels: TimelineLabels;
  onDomainChange: DomainChange;
}

const HEIGHT = 40;
const round = (v: number) => Math.round(v * 100) / 100;
const HANDLE = 8;

type Drag = { mode: 'move' | 'start' | 'end'; x: number; domain: Domain };

/**
 * The whole span at a glance: a density strip (events per year) with the focus window drawn
 * on it. Drag the window to move it, drag its edges to resize it, click elsewhere to jump.
 */
export const Overview = memo(function Overview({ counts, extent, domain, width, labels, onDomainChange }: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const drag = useRef<Drag | null>(null);
  const k = width / span(extent);
  const toX = (t: number) => (t - extent.from) * k;

  // The strip is one path: a filter change redraws one attribute instead of taking out and
  // putting back a rect per column (51 nodes when a department was chosen, at 37 events).
  const density = useMemo(() => {
    // One bar per pixel column at most: sum the years that fall into each column.
    const columns = new Map<number, number>();
    for (const [year, n] of counts) {
      const col = Math.floor(((yearStart(year) - extent.from) * width) / (extent.to - extent.from));
      if (col < 0 || col >= width) continue;
      columns.set(col, (columns.get(col) ?? 0) + n);
    }
    const max = Math.max(1, ...columns.values());
    const w = round(Math.max(1, width / 250));
    let d = '';
    for (const [col, n] of columns) {
      const h = round(Math.max(2, Math.sqrt(n / max) * (HEIGHT - 6)));
      d += `M${col},${round(HEIGHT - h)}h${w}v${h}h${-w}z`;
    }
    return d;
  }, [counts, extent, width]);

  const x0 = toX(domain.from);
  const x1 = toX(domain.to);

  function onPointerDown(event: PointerEvent<SVGSVGElement>) {
    const rect = svgRef.current!.getBoundingClientRect();
    const x = event.clientX - rect.left;
    let mode: Drag['mode'] = 'move';
    if (Math.abs(x - x0) <= HANDLE) mode = 'start';
    else if (Math.abs(x - x1) <= HANDLE) mode = 'end';
    else if (x < x0 || x > x1) {
      // Jump: centre the window on the click, then keep dragging it.
      const centre = extent.from + x / k;
      const next = clampDomain({ from: centre - span(domain) / 2, to: centre + span(domain) / 2 }, extent);
      onDomainChange(next, true);
      drag.current = { mode: 'move', x, domain: next };
      svgRef.current?.setPointerCapture(event.pointerId);
      return;
    }
    drag.current = { mode, x, domain };
    svgRef.current?.setPointerCapture(event.pointerId);
  }

  function onPointerMove(event: PointerEvent<SVGSVGElement>) {
    const d = drag.current;
    if (!d) return;
    const rect = svgRef.current!.getBoundingClientRect();
    const dt = (event.clientX - rect.left - d.x) / k;
    if (d.mode === 'move') onDomainChange(clampDomain({ from: d.domain.from + dt, to: d.domain.to + dt }, extent), true);
    else if (d.mode === 'start') onDomainChange(clampDomain({ from: Math.min(d.domain.from + dt, d.domain.to - 1), to: d.domain.to }, extent), true);
    else onDomainChange(clampDomain({ from: d.domain.from, to: Math.max(d.domain.to + dt, d.domain.from + 1) }, extent), true);
  }

  function onPointerUp() {
    if (drag.current) onDomainChange(domain, false);
    drag.current = null;
  }

  return (
    <svg
      ref={svgRef}
      className="overview"
      width={width}
      height={HEIGHT}
      role="img"
      aria-label={labels.overview}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <rect className="overview-bg" width={width} height={HEIGHT} />
      <path className="density" d={density} />
      <rect className="brush-shade" x={0} width={Math.max(x0, 0)} height={HEIGHT} />
      <rect className="brush-shade" x={x1} width={Math.max(width - x1, 0)} height={HEIGHT} />
      <rect className="brush" x={x0} width={Math.max(x1 - x0, 2)} y={1} height={HEIGHT - 2} />
      <rect className="brush-handle" x={x0 - 3} width={6} y={8} height={HEIGHT - 16} rx={2} />
      <rect className="brush-handle" x={x1 - 3} width={6} y={8} height={HEIGHT - 16} rx={2} />
    </svg>
  );
});
