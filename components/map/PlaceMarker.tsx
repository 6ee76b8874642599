'use client';
import { divIcon, point, type LeafletKeyboardEvent, type Marker as LeafletMarker } from 'leaflet';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { Marker, Polyline } from 'react-leaflet';
import type { MapLabels, MapPlace } from './types';

/** The thin line from a spread-apart marker back to its place. */
const LINE_STYLE = { color: '#555', weight: 1, interactive: false } as const;

function sizeFor(count: number): number {
  // At least 26 px: a comfortable touch target (WCAG 2.5.8 asks for 24).
  return Math.round(Math.min(26 + 3 * Math.sqrt(count), 34));
}

export interface MarkerProps {
  place: MapPlace;
  /** No visible event here now: hidden from sight, pointer, keyboard and screen readers. */
  empty: boolean;
  lat: number;
  lng: number;
  displaced: boolean;
  /** Out of the map's view (see EDGE): hidden from sight, pointer, keyboard and screen readers. */
  offscreen: boolean;
  selected: boolean;
  active: boolean;
  preview: boolean;
  labels: MapLabels;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

/**
 * While a marker is hidden, what it would show does not matter: it renders again only when it is
 * shown again, or when its selection or handlers change.
 */
function sameMarker(a: MarkerProps, b: MarkerProps): boolean {
  const keys = (a.empty && b.empty ? KEPT_WHILE_HIDDEN : ALL_MARKER_PROPS);
  return keys.every((k) => Object.is(a[k], b[k]));
}
const KEPT_WHILE_HIDDEN = ['empty', 'selected', 'active', 'preview', 'labels', 'onSelect', 'onHover'] as const satisfies readonly (keyof MarkerProps)[];
const ALL_MARKER_PROPS = [...KEPT_WHILE_HIDDEN, 'place', 'lat', 'lng', 'displaced', 'offscreen'] as const satisfies readonly (keyof MarkerProps)[];

/**
 * One marker, rendered again only when one of its own props changes. Its position and event
 * handlers keep their identity while their values do: react-leaflet moves a marker (a style
 * write) whenever it gets a new position array, and takes off and puts back its listeners
 * whenever it gets a new handlers object.
 *
 * A hidden marker stays where it was last shown, with the count and classes it had: a filter
 * that empties a dozen places no longer moves their markers to where they would be unspread (two
 * style writes each) and back again when they return.
 */
export const PlaceMarker = memo(function PlaceMarker({ place, empty, lat, lng, displaced, offscreen, selected, active, preview, labels, onSelect, onHover }: MarkerProps) {
  const ref = useRef<LeafletMarker>(null);
  // Where the marker was last shown (adjusted while rendering, React's way of deriving state).
  const [shownAt, setShownAt] = useState({ lat, lng });
  if (!empty && (shownAt.lat !== lat || shownAt.lng !== lng)) setShownAt({ lat, lng });
  const at = empty ? shownAt : { lat, lng };
  const position = useMemo((): [number, number] => [at.lat, at.lng], [at.lat, at.lng]);
  const line = useMemo((): [number, number][] => [[place.lat, place.lon], [lat, lng]], [place.lat, place.lon, lat, lng]);
  const id = place.id;
  const eventHandlers = useMemo(() => ({
    click: () => onSelect(id),
    keypress: (e: LeafletKeyboardEvent) => {
      if (e.originalEvent.key === 'Enter' || e.originalEvent.key === ' ') onSelect(id);
    },
    mouseover: () => onHover(id),
    mouseout: () => onHover(null),
  }), [id, onSelect, onHover]);
  const size = sizeFor(place.count);
  // The icon is made once per marker. A new icon would make Leaflet replace the marker's
  // element (a new DOM node per changed count, at every filter change and zoom step, and keyboard
  // focus lost from a focused marker); what changes is written into the same element instead.
  const [icon] = useState(() => divIcon({
    className: ['place-pin', `kind-${place.kind}`, place.outside && 'outside', selected && 'selected', active && 'active', preview && 'preview', offscreen && 'offscreen', empty && 'empty']
      .filter(Boolean).join(' '),
    html: `<span class="pin-count" aria-hidden="true">${place.count}</span>`,
    iconSize: point(size, size),
  }));
  const label = labels.placeLabel(place.name, place.count, place.outside);

  useEffect(function drawMarker() {
    // Only what changed is written: attribute writes cost style recalculation.
    const element = ref.current?.getElement();
    if (!element) return;
    if (empty) {
      // Hidden: the rest is brought up to date when it is shown again (`empty` is a dependency).
      element.classList.add('empty');
      return;
    }
    const count = element.firstElementChild;
    if (count && count.textContent !== String(place.count)) count.textContent = String(place.count);
    const px = `${size}px`;
    if (element.style.width !== px) {
      Object.assign(element.style, { width: px, height: px, marginLeft: `${-size / 2}px`, marginTop: `${-size / 2}px` });
    }
    for (const [name, on] of [['selected', selected], ['active', active], ['preview', preview], ['offscreen', offscreen], ['empty', empty], ['outside', place.outside]] as const) {
      if (element.classList.contains(name) !== on) element.classList.toggle(name, on);
    }
  }, [place.count, place.outside, size, selected, active, preview, offscreen, empty]);

  useEffect(function describeMarker() {
    // Leaflet makes the icon a focusable role=button; give it a name and a pressed state.
    const element = ref.current?.getElement();
    if (!element || empty) return; // hidden from screen readers; written again when shown
    // Written only where they differ: a marker shown again mostly has them already.
    for (const [name, value] of [['aria-label', label], ['title', label], ['aria-pressed', String(active)], ['data-place', place.id]] as const) {
      if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    }
    // Keyboard focus previews the place like hovering does.
    element.onfocus = () => onHover(place.id);
    element.onblur = () => onHover(null);
  }, [label, active, place.id, onHover, empty]);

  return (
    <>
      {displaced && !empty && <Polyline positions={line} pathOptions={LINE_STYLE} />}
      <Marker
        ref={ref}
        position={position}
        icon={icon}
        keyboard
        riseOnHover
        zIndexOffset={selected || active ? 1000 : 0}
        eventHandlers={eventHandlers}
      />
    </>
  );
}, sameMarker);
