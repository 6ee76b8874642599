'use client';
import { useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import { isInView, spreadPlaces } from '@/lib/geo/spreadPlaces';
import { PlaceMarker } from './PlaceMarker';
import { useMapView } from './useMapView';
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

/** Markers are at most 34 px wide; keep centres further apart than that (PlaceLabels spreads them the same way). */
export const MIN_DISTANCE = 38;
/**
 * A marker whose centre is closer than this to the map's edge (or outside it) is hidden: what
 * would show is a sliver too small to tap (WCAG 2.5.8), and keyboard focus would land on
 * something out of sight. The rest of the marker is at least 24 px wide (sizes are 26-34 px).
 */
const EDGE = 10;

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
  // Only the shown markers are spread: a hidden one takes no room. A map that has never had a
  // size (a hidden tab) has no zoom yet: real positions then.
  const positions = useMemo(() => spreadPlaces(places, !Number.isFinite(zoom) ? null : {
    project: (lat, lon) => map.project([lat, lon], zoom),
    unproject: ({ x, y }) => map.unproject([x, y], zoom),
  }, MIN_DISTANCE), [places, map, zoom]);

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
            offscreen={pos ? !isInView(pos.pixel, pixelBounds, EDGE) : false}
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
