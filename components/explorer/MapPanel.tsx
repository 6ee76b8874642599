'use client';
import { useMemo } from 'react';
import { LazyMap } from './LazyMap';
import { useExplorer, useStore } from './useExplorer';
import { useReducedMotion } from './useReducedMotion';

const NO_PLACES: readonly string[] = [];

/** The map wired to the store, with the "events at this place" line under it. */
export function MapPanel() {
  const store = useStore();
  const { t } = store;
  const labels = useMemo(() => ({
    region: t.mapRegion, placeLabel: t.placeLabel, departmentLabel: t.departmentLabel, attribution: t.mapAttribution,
    loading: t.mapLoading, loadFailed: t.mapLoadFailed, resetView: t.resetView, controls: t.mapControls, zoomIn: t.mapZoomIn,
    zoomOut: t.mapZoomOut,
  }), [t]);
  const mapPlaces = useExplorer((s) => s.mapPlaces);
  const selected = useExplorer((s) => s.selected);
  const mapFit = useExplorer((s) => s.mapFit);
  const activePlace = useExplorer((s) => s.activePlace);
  const highlightedCount = useExplorer((s) => s.highlighted.size);
  const visible = useExplorer((s) => s.visible);
  // Context the paper places nowhere (cross-border, the First International) is listed, never drawn at a made-up point.
  const unplaced = useMemo(() => visible.filter((e) => e.places.length === 0), [visible]);
  return (
    <section className="map-section" aria-label={store.landmark(t.mapRegion)}>
      <LazyMap
        places={mapPlaces}
        selectedPlaceIds={selected?.places ?? NO_PLACES}
        activePlaceId={activePlace}
        previewPlaceIds={useExplorer((s) => s.previewPlaces)}
        activeDepartments={useExplorer((s) => s.activeDepartments)}
        fitKey={selected?.id ?? (mapFit ? `filter:${mapFit.key}` : '')}
        filterFit={mapFit?.points ?? null}
        reducedMotion={useReducedMotion()}
        locale={store.locale}
        labels={labels}
        onSelectPlace={store.selectPlace}
        onHoverPlace={store.hoverPlace}
        onSelectDepartment={store.toggleDepartment}
      />
      {unplaced.length > 0 && (
        <p className="unplaced-events">
          {t.notOnMap}{' '}
          {unplaced.map((e, i) => (
            <span key={e.id}>
              {i > 0 && ', '}
              <button type="button" className="link-button" onClick={() => store.select(e.id)}>{e.title[store.locale]}</button>
            </span>
          ))}
        </p>
      )}
      {activePlace && (
        <p className="active-place">
          {t.placeEvents(mapPlaces.find((p) => p.id === activePlace)?.name ?? activePlace)}: {highlightedCount}{' '}
          <button type="button" onClick={store.clearActivePlace}>{t.clearPlace}</button>
        </p>
      )}
    </section>
  );
}
