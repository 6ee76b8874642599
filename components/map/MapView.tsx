'use client';
// Leaflet's own stylesheet, without the rules for what this map does not use (see the file).
import './leaflet.css';
import type { Map as LeafletMap } from 'leaflet';
import { useCallback, useMemo, useState } from 'react';
import { MapContainer } from 'react-leaflet';
import { Basemap } from './Basemap';
import { BOLIVIA_VIEW, fitMap, FitView } from './FitView';
import { PlaceLabels } from './PlaceLabels';
import { PlaceMarkers } from './PlaceMarkers';
import { SizeWatcher } from './SizeWatcher';
import { ZoomAttribute } from './ZoomAttribute';
import type { MapViewProps } from './types';
import { inTransition, useStagedMount } from './useStagedMount';

/**
 * The map: an offline vector basemap and a marker per place. Loaded client-side only (Leaflet
 * needs `window`); MapContainer's props are set once, and children drive the view.
 */
export default function MapView(props: MapViewProps) {
  const { places, selectedPlaceIds, activePlaceId, previewPlaceIds, activeDepartments, fitKey, reducedMotion, labels } = props;
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  // Bumped when a hidden map is first shown, so the view is fitted to its real size.
  const [shown, setShown] = useState(0);
  const onShown = useCallback(() => setShown((n) => n + 1), []);
  const onStatus = useCallback((s: 'loading' | 'ready' | 'failed') => setStatus(s), []);
  const [map, setMap] = useState<LeafletMap | null>(null);
  // What goes on the map renders in steps after the map itself, each in a transition of its own:
  // making the Leaflet map (it measures its container), fitting its view, drawing the basemap and
  // putting the markers on it were one task, about 100 ms here and 350 ms on a phone (4× slower),
  // during which a tap waited. The markers come last, onto the view already fitted (put on
  // first, each was moved by the fit).
  const step = useStagedMount(map ? 2 : 0, inTransition);
  // The selected event's places; without one, what the filters select (or all of Bolivia).
  const { filterFit } = props;
  const fitPoints = useMemo(() => {
    const selected = places.filter((p) => selectedPlaceIds.includes(p.id)).map((p) => [p.lat, p.lon] as [number, number]);
    return selected.length > 0 || selectedPlaceIds.length > 0 ? selected : filterFit ?? [];
  }, [places, selectedPlaceIds, filterFit]);

  return (
    <div className="map-frame" data-status={status}>
      {/* Beside the map, not over it: Leaflet's own zoom control covered markers near the corner
          (a target-size failure on phones). */}
      <div className="map-controls" role="group" aria-label={labels.controls}>
        <button type="button" onClick={() => map?.zoomIn()} disabled={!map} aria-label={labels.zoomIn} title={labels.zoomIn}>+</button>
        <button type="button" onClick={() => map?.zoomOut()} disabled={!map} aria-label={labels.zoomOut} title={labels.zoomOut}>−</button>
        <button type="button" onClick={() => map && fitMap(map, [], reducedMotion)} disabled={!map} aria-label={labels.resetView} title={labels.resetView}>
          <span aria-hidden="true">⌂</span>
        </button>
      </div>
      <MapContainer
        ref={setMap}
        zoomControl={false}
        center={BOLIVIA_VIEW.getCenter()}
        zoom={5.5}
        className="map"
        minZoom={3}
        maxZoom={10}
        zoomSnap={0.5}
        maxBounds={[[-60, -120], [35, -25]]}
        // Leaflet's CSS zoom animation can finish after the map is unmounted (switching to the
        // list mid-zoom) and then throws; zoom steps snap instead. Fits fly (FitView: each frame
        // moves the markers and stretches the basemap's overlays), and Leaflet cancels a flight
        // when the map is removed.
        zoomAnimation={false}
        fadeAnimation={!reducedMotion}
        markerZoomAnimation={false}
        keyboard
      >
        {/* With the map, not a step later: a map made hidden (a closed tab in a course page) and
            shown before then would never be told it was shown. */}
        <SizeWatcher onShown={onShown} />
        {step >= 1 && (
          <>
            <Basemap
              attribution={labels.attribution}
              activeDepartments={activeDepartments}
              departmentLabel={labels.departmentLabel}
              onSelectDepartment={props.onSelectDepartment}
              onStatus={onStatus}
            />
            <FitView points={fitPoints} fitKey={fitKey} shownKey={shown} reducedMotion={reducedMotion} />
            <ZoomAttribute />
          </>
        )}
        {step >= 2 && (
          <PlaceMarkers
            places={places}
            selectedPlaceIds={selectedPlaceIds}
            activePlaceId={activePlaceId}
            previewPlaceIds={previewPlaceIds}
            labels={labels}
            onSelectPlace={props.onSelectPlace}
            onHoverPlace={props.onHoverPlace}
          />
        )}
        {step >= 2 && <PlaceLabels places={places} locale={props.locale} />}
      </MapContainer>
      {status !== 'ready' && (
        <p className="map-status" role="status">{status === 'loading' ? labels.loading : labels.loadFailed}</p>
      )}
    </div>
  );
}

