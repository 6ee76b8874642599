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
  const activePlace = useExplorer((s) => s.activePlace);
  const highlightedCount = useExplorer((s) => s.highlighted.size);
  return (
    <section className="map-section" aria-label={store.landmark(t.mapRegion)}>
      <LazyMap
        places={mapPlaces}
        selectedPlaceIds={selected?.places ?? NO_PLACES}
        activePlaceId={activePlace}
        previewPlaceIds={useExplorer((s) => s.previewPlaces)}
        activeDepartments={useExplorer((s) => s.activeDepartments)}
        fitKey={selected?.id ?? ''}
        reducedMotion={useReducedMotion()}
        labels={labels}
        onSelectPlace={store.selectPlace}
        onHoverPlace={store.hoverPlace}
        onSelectDepartment={store.toggleDepartment}
      />
      {activePlace && (
        <p className="active-place">
          {t.placeEvents(mapPlaces.find((p) => p.id === activePlace)?.name ?? activePlace)}: {highlightedCount}{' '}
          <button type="button" onClick={store.clearActivePlace}>{t.clearPlace}</button>
        </p>
      )}
    </section>
  );
}
