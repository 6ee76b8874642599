'use client';
import { divIcon, point, type Bounds, type LeafletKeyboardEvent, type Map as LeafletMap, type Marker as LeafletMarker } from 'leaflet';
import { memo, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Marker, Polyline, useMap } from 'react-leaflet';
import { spreadPoints } from '@/lib/geo/spread';
import type { MapLabels, MapPlace } from './types';

interface Props {
  places: MapPlace[];
  selectedPlaceIds: readonly string[];
  activePlaceId: string | null;
  previewPlaceIds: readonly string[];
  labels: MapLabels;
  onSelectPlace: (id: string) => void;
  onHoverPlace: (id: string | null) => void;
}

/** Markers are at most 34 px wide; keep centres further apart than that. */
const MIN_DISTANCE = 38;
/**
 * A marker whose centre is closer than this to the map's edge (or outside it) is hidden: what
 * would show is a sliver too small to tap (WCAG 2.5.8), and keyboard focus would land on
 * something out of sight. The rest of the marker is at least 24 px wide (sizes are 26-34 px).
 */
const EDGE = 10;
/** The thin line from a spread-apart marker back to its place. */
const LINE_STYLE = { color: '#555', weight: 1, interactive: false } as const;

/** The map's zoom and the pixels it shows, as they were at the last zoomend, moveend or resize. */
interface MapViewState { zoom: number; pixelBounds: Bounds }

/**
 * The view as a store React subscribes to, once for the markers' lifetime. (A fresh handlers
 * object for useMapEvents at each render made react-leaflet take the listeners off and put them
 * back after every render: a zoom made by an effect that ran in between, such as the refit when
 * a map set up hidden in a closed tab is shown, was missed, and the markers, placed for the old
 * zoom, were all taken for out of view.) Subscribing reads the view again, so a change made
 * between the first render and the subscription is not missed either.
 */
function useMapView(map: LeafletMap): MapViewState {
  const store = mapViewStore(map);
  return useSyncExternalStore(store.subscribe, store.read, store.read);
}

interface MapViewStore { read: () => MapViewState; subscribe: (onChange: () => void) => () => void }
const viewStores = new WeakMap<LeafletMap, MapViewStore>();

/** One store per map: the same view object until the zoom or the bounds change. */
function mapViewStore(map: LeafletMap): MapViewStore {
  const known = viewStores.get(map);
  if (known) return known;
  let view: MapViewState | null = null;
  const refresh = () => {
    const zoom = map.getZoom();
    const pixelBounds = map.getPixelBounds();
    if (!view || view.zoom !== zoom || !view.pixelBounds.equals(pixelBounds)) view = { zoom, pixelBounds };
    return view;
  };
  const store: MapViewStore = {
    read: () => view ?? refresh(),
    subscribe(onChange) {
      const changed = () => { refresh(); onChange(); };
      map.on('zoomend moveend resize', changed);
      refresh();
      return () => { map.off('zoomend moveend resize', changed); };
    },
  };
  viewStores.set(map, store);
  return store;
}

function sizeFor(count: number): number {
  // At least 26 px: a comfortable touch target (WCAG 2.5.8 asks for 24).
  return Math.round(Math.min(26 + 3 * Math.sqrt(count), 34));
}

/**
 * One marker per place, badged with its number of visible events. Markers that would overlap
 * at the current zoom are spread apart, each with a thin line back to its real position.
 *
 * A place that loses its last visible event keeps its marker, hidden (`empty`), rather than
 * having it removed: a filter change or a zoom step that empties a dozen places used to take
 * their markers out of the map and build them again on the way back (Leaflet's icon set-up, its
 * event listeners and a layout of each new element), the largest part of a filter change at
 * 37 events. The markers kept are those of places shown at least once: at most one per place
 * of the dataset.
 */
export function PlaceMarkers({ places, selectedPlaceIds, activePlaceId, previewPlaceIds, labels, onSelectPlace, onHoverPlace }: Props) {
  const map = useMap();
  const { zoom, pixelBounds } = useMapView(map);

  // Every place shown so far, in the order first shown: a marker's place in this list never
  // changes, so React keeps each one. A place shown for the first time is added while rendering
  // (React's way of adjusting state to new props: it renders again before committing).
  const [known, setKnown] = useState<ReadonlyMap<string, MapPlace>>(() => new Map(places.map((p) => [p.id, p])));
  if (places.some((p) => !known.has(p.id))) {
    const next = new Map(known);
    for (const p of places) if (!next.has(p.id)) next.set(p.id, p);
    setKnown(next);
  }

  // Where each shown place's marker goes (a place with no entry is not shown now).
  const positions = useMemo(() => {
    // A map that has never had a size (a hidden tab) has no zoom yet: show real positions.
    if (!Number.isFinite(zoom)) {
      return new Map(places.map((p) => [p.id, { place: p, lat: p.lat, lng: p.lon, displaced: false, pixel: null }]));
    }
    // Only the shown markers are spread: a hidden one takes no room.
    const screen = places.map((p) => {
      const pt = map.project([p.lat, p.lon], zoom);
      return { id: p.id, x: pt.x, y: pt.y };
    });
    // spreadPoints keeps the order it is given: entry i is places[i].
    const spread = spreadPoints(screen, MIN_DISTANCE);
    return new Map(spread.map((s, i) => {
      const ll = map.unproject([s.x, s.y], zoom);
      return [s.id, { place: places[i]!, lat: ll.lat, lng: ll.lng, displaced: s.displaced, pixel: { x: s.x, y: s.y } }];
    }));
  }, [places, map, zoom]);
  const inView = (pixel: { x: number; y: number } | null) => !pixel || !pixelBounds.min || !pixelBounds.max || (
    pixel.x >= pixelBounds.min.x + EDGE && pixel.x <= pixelBounds.max.x - EDGE
    && pixel.y >= pixelBounds.min.y + EDGE && pixel.y <= pixelBounds.max.y - EDGE
  );

  return (
    <>
      {[...known.values()].map((last) => {
        const pos = positions.get(last.id);
        return (
          <PlaceMarker
            key={last.id}
            place={pos ? pos.place : last}
            empty={!pos}
            lat={pos ? pos.lat : last.lat}
            lng={pos ? pos.lng : last.lon}
            displaced={pos ? pos.displaced : false}
            offscreen={pos ? !inView(pos.pixel) : false}
            selected={selectedPlaceIds.includes(last.id)}
            active={activePlaceId === last.id}
            preview={previewPlaceIds.includes(last.id)}
            labels={labels}
            onSelect={onSelectPlace}
            onHover={onHoverPlace}
          />
        );
      })}
    </>
  );
}

interface MarkerProps {
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
const PlaceMarker = memo(function PlaceMarker({ place, empty, lat, lng, displaced, offscreen, selected, active, preview, labels, onSelect, onHover }: MarkerProps) {
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
