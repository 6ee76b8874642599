'use client';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { SVGOverlay } from 'react-leaflet';
import type { LeafletMouseEvent, SVGOverlay as SVGOverlayLayer } from 'leaflet';
import type { BasemapDrawing, BasemapLayer, BasemapShape } from '@/lib/geo/basemapSvg';
import { loadBasemap } from './basemapFiles';
import './basemap.css';

interface Props {
  /** "Made with Natural Earth": carried by the base layer, so the attribution control shows it. */
  attribution: string;
  activeDepartments: readonly string[];
  departmentLabel: (name: string) => string;
  onSelectDepartment: (code: string) => void;
  onStatus: (status: 'loading' | 'ready' | 'failed') => void;
}

interface Look { stroke: string; strokeWidth: number; fill: string }
const COUNTRY: Look = { stroke: '#9a968d', strokeWidth: 1, fill: '#efece4' };
const BOLIVIA_DEPT: Look = { stroke: '#6d6a63', strokeWidth: 1.2, fill: '#fbf8f0' };
const ACTIVE_DEPT: Look = { stroke: '#7a1f0f', strokeWidth: 2.5, fill: '#f6e3d8' };
const LAKE: Look = { stroke: '#5b8db5', strokeWidth: 1, fill: '#b7d3e6' };

/** Each overlay's `<svg>`: its paths fill the overlay's box exactly, at every zoom (see lib/geo/basemapSvg). */
const svgAttributes = (layer: BasemapLayer, className: string) => ({
  viewBox: layer.viewBox.join(' '),
  preserveAspectRatio: 'none',
  class: `basemap ${className}`,
  'aria-hidden': 'true',
});

/** One shape; its stroke stays as wide on screen at every zoom, as Leaflet's own paths do. */
function Shape({ shape, look }: { shape: BasemapShape; look: Look }) {
  return (
    <path
      d={shape.d}
      data-department={shape.kind === 'department' ? shape.code ?? undefined : undefined}
      stroke={look.stroke}
      strokeWidth={look.strokeWidth}
      fill={look.fill}
      fillRule="evenodd"
      strokeLinejoin="round"
      strokeLinecap="round"
      vectorEffect="non-scaling-stroke"
    />
  );
}

/** The continent's countries: drawn once, never restyled. */
const Countries = memo(function Countries({ layer }: { layer: BasemapLayer }) {
  return <>{layer.shapes.map((s) => <Shape key={`${s.kind}-${s.code ?? s.name}`} shape={s} look={COUNTRY} />)}</>;
});

/**
 * The offline basemap: countries, Bolivia's departments and Lake Titicaca, projected at build time
 * (no tiles, no other host). Two SVG overlays: the continent, and Bolivia above it, whose
 * departments are clickable filters. A change of zoom only moves and stretches them.
 */
export function Basemap({ attribution, activeDepartments, departmentLabel, onSelectDepartment, onStatus }: Props) {
  const [drawing, setDrawing] = useState<BasemapDrawing | null>(null);

  useEffect(function requestBasemap() {
    let cancelled = false;
    onStatus('loading');
    loadBasemap().then(
      (d) => { if (!cancelled) setDrawing(d); },
      () => { if (!cancelled) onStatus('failed'); },
    );
    return () => { cancelled = true; };
  }, [onStatus]);

  useEffect(function reportReady() {
    if (drawing) onStatus('ready');
  }, [drawing, onStatus]);

  // The department under the pointer names itself in one sticky tooltip for all of Bolivia's
  // overlay: Leaflet sees the overlay as one layer, so entering another department tells it
  // nothing; the pointer's own events do.
  const bolivia = useRef<SVGOverlayLayer>(null);
  const names = useMemo(() => new Map(drawing?.bolivia.shapes.map((s) => [s.code ?? '', s.name])), [drawing]);
  const live = useRef({ departmentLabel, onSelectDepartment, names });
  useLayoutEffect(function keepLatest() {
    live.current = { departmentLabel, onSelectDepartment, names };
  });
  useEffect(function nameDepartmentUnderPointer() {
    const layer = bolivia.current;
    const svg = layer?.getElement();
    if (!layer || !svg) return;
    const nameAt = (target: EventTarget | null) => {
      const code = target instanceof Element ? target.closest('[data-department]')?.getAttribute('data-department') : null;
      return code ? live.current.names.get(code) ?? null : null;
    };
    let hovered: EventTarget | null = null;
    layer.bindTooltip(() => live.current.departmentLabel(nameAt(hovered) ?? ''), { sticky: true, direction: 'top', className: 'dept-tooltip' });
    const onOver = (e: PointerEvent) => {
      hovered = e.target;
      const name = nameAt(hovered);
      if (name) layer.setTooltipContent(live.current.departmentLabel(name));
    };
    svg.addEventListener('pointerover', onOver);
    return () => {
      svg.removeEventListener('pointerover', onOver);
      layer.unbindTooltip();
    };
  }, [drawing]);

  // Leaflet's own click on the overlay (none after a drag of the map, as for its paths). One
  // object for the page's life: react-leaflet binds the handlers again when it changes.
  const clickHandlers = useMemo(() => ({
    click: (e: LeafletMouseEvent) => {
      const target = e.originalEvent.target;
      const code = target instanceof Element ? target.closest('[data-department]')?.getAttribute('data-department') : null;
      if (!code) return;
      e.originalEvent.stopPropagation();
      live.current.onSelectDepartment(code);
    },
  }), []);

  if (!drawing) return null;
  return (
    <>
      <SVGOverlay bounds={drawing.context.bounds} attributes={svgAttributes(drawing.context, 'basemap-context')} attribution={attribution} interactive={false}>
        <Countries layer={drawing.context} />
      </SVGOverlay>
      <SVGOverlay ref={bolivia} bounds={drawing.bolivia.bounds} attributes={svgAttributes(drawing.bolivia, 'basemap-bolivia')} interactive eventHandlers={clickHandlers}>
        {drawing.bolivia.shapes.map((s) => (
          <Shape
            key={`${s.kind}-${s.code ?? s.name}`}
            shape={s}
            look={s.kind === 'lake' ? LAKE : s.code && activeDepartments.includes(s.code) ? ACTIVE_DEPT : BOLIVIA_DEPT}
          />
        ))}
      </SVGOverlay>
    </>
  );
}
