'use client';
import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { DEPARTMENT_ANCHORS, LAKE_ANCHORS, NEIGHBOUR_ANCHORS, type AreaAnchor } from '@/lib/geo/labelAnchors';
import { boxesBeside, boxesOn, placeLabels, textWidth, type LabelCandidate } from '@/lib/geo/labels';
import { spreadPoints } from '@/lib/geo/spread';
import type { Locale } from '@/lib/schema';
import { MIN_DISTANCE } from './PlaceMarkers';
import type { MapPlace } from './types';

interface Props { places: MapPlace[]; locale: Locale }

/** The widest marker's half (markers are 26-34 px). */
const MARKER_RADIUS = 17;
const LINE = 14;

interface Label { id: string; text: string; kind: string; x: number; y: number; width: number; align: 'left' | 'right' | 'center' }

/** Re-reads the view after every zoom, move and resize (the labels are placed for one view). */
function useViewVersion(map: LeafletMap): number {
  const [version, setVersion] = useState(0);
  useEffect(function followView() {
    const bump = () => setVersion((v) => v + 1);
    map.on('viewreset zoomend moveend resize', bump);
    return () => { map.off('viewreset zoomend moveend resize', bump); };
  }, [map]);
  return version;
}

function labelPane(map: LeafletMap): HTMLElement {
  const pane = map.getPane('labels') ?? map.createPane('labels');
  // Above the basemap (400), under the markers (600); never in the way of a pointer.
  Object.assign(pane.style, { zIndex: '450', pointerEvents: 'none' });
  return pane;
}

/**
 * Names on the map: each place beside its marker (its name in the page's language, as the
 * marker's), the departments, the neighbouring countries and Lake Titicaca at anchors from the
 * shipped Natural Earth data. A greedy pass (lib/geo/labels) keeps them off each other and off
 * the markers, places first, then the lake and the countries, then the departments by size;
 * what does not fit waits for a closer zoom. The names are a picture of the map, hidden from
 * screen readers: each marker is named already, and the departments are in the filters.
 */
export function PlaceLabels({ places, locale }: Props) {
  const map = useMap();
  const version = useViewVersion(map);
  const labels = useMemo((): Label[] => {
    void version; // recomputed for each view
    const zoom = map.getZoom();
    const size = map.getSize();
    if (!Number.isFinite(zoom) || size.x === 0) return [];
    const origin = map.getPixelOrigin();
    const view = map.getPixelBounds();
    const at = (lat: number, lon: number) => map.project([lat, lon], zoom);
    const name = (a: AreaAnchor) => (locale === 'en' ? a[1] ?? a[0] : a[0]);
    const texts = new Map<string, { text: string; kind: string; x: number; y: number }>();
    const candidates: LabelCandidate[] = [];
    const add = (id: string, text: string, kind: string, x: number, y: number, c: Omit<LabelCandidate, 'id'>) => {
      texts.set(id, { text, kind, x, y });
      candidates.push({ id, ...c });
    };
    const markers = spreadPoints(places.map((p) => ({ id: p.id, ...at(p.lat, p.lon) })), MIN_DISTANCE) // where PlaceMarkers draws them;
    markers.forEach((m, i) => {
      const p = places[i]!;
      if (p.kind === 'department') return; // named by its department's label
      const w = textWidth(p.name, 12);
      const group = p.kind === 'country' || p.kind === 'region' ? p.name : undefined;
      add(`place:${p.id}`, p.name, 'place', m.x, m.y, { priority: 300 + p.count, boxes: boxesBeside(m.x, m.y, MARKER_RADIUS, w, LINE), group });
    });
    const areas: [readonly AreaAnchor[], string, number][] = [[LAKE_ANCHORS, 'lake', 250], [NEIGHBOUR_ANCHORS, 'country', 200], [DEPARTMENT_ANCHORS, 'department', 100]];
    for (const [anchors, kind, priority] of areas) {
      anchors.forEach((a, i) => {
        const p = at(a[2], a[3]);
        const text = name(a);
        add(`${kind}:${a[0]}`, text, kind, p.x, p.y, { priority: priority - i, boxes: boxesOn(p.x, p.y, textWidth(text, 12), LINE), group: kind === 'department' ? undefined : text });
      });
    }
    const obstacles = markers.map((m) => ({ x: m.x - MARKER_RADIUS, y: m.y - MARKER_RADIUS, width: 2 * MARKER_RADIUS, height: 2 * MARKER_RADIUS }));
    // Inside the view, clear of the attribution line at the bottom.
    const bounds = { x: view.min!.x + 2, y: view.min!.y + 2, width: size.x - 4, height: size.y - 22 };
    return placeLabels(candidates, obstacles, bounds).map(({ id, box }) => {
      const t = texts.get(id)!;
      // The box is generous: its text keeps to the side of its marker or anchor.
      const align = box.x + box.width <= t.x ? 'right' : box.x >= t.x ? 'left' : 'center';
      return { id, text: t.text, kind: t.kind, x: box.x - origin.x, y: box.y - origin.y, width: box.width, align };
    });
  }, [map, places, locale, version]);

  return createPortal(
    <div className="map-labels" aria-hidden="true">
      {labels.map((l) => (
        <span key={l.id} className={`map-label ${l.kind}`} data-label={l.id} style={{ transform: `translate(${l.x}px,${l.y}px)`, width: l.width, textAlign: l.align }}>{l.text}</span>
      ))}
    </div>,
    labelPane(map),
  );
}
