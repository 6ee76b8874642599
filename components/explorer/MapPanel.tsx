'use client';
import { useMemo } from 'react';
import { geoBaseFor } from '../map/preload';
import { LazyMap } from './LazyMap';
import type { ExplorerModel } from './useExplorerModel';

const NO_PLACES: readonly string[] = [];

/** The map wired to the model, with the "events at this place" line under it. */
export function MapPanel({ m }: { m: ExplorerModel }) {
  const { t } = m;
  const labels = useMemo(() => ({
    region: t.mapRegion, placeLabel: t.placeLabel, departmentLabel: t.departmentLabel, attribution: t.mapAttribution,
    loading: t.mapLoading, loadFailed: t.mapLoadFailed, resetView: t.resetView, controls: t.mapControls, zoomIn: t.mapZoomIn,
    zoomOut: t.mapZoomOut,
  }), [t]);
  return (
    <section className="map-section" aria-label={m.landmark(t.mapRegion)}>
      <LazyMap
        places={m.mapPlaces}
        selectedPlaceIds={m.selected?.places ?? NO_PLACES}
        activePlaceId={m.activePlace}
        previewPlaceIds={m.previewPlaces}
        activeDepartments={m.activeDepartments}
        fitKey={m.selected?.id ?? ''}
        geoBase={geoBaseFor(m.basePath)}
        reducedMotion={m.reducedMotion}
        locale={m.locale}
        labels={labels}
        onSelectPlace={m.selectPlace}
        onHoverPlace={m.setHoveredPlace}
        onSelectDepartment={m.toggleDepartment}
      />
      {m.activePlace && (
        <p className="active-place">
          {t.placeEvents(m.mapPlaces.find((p) => p.id === m.activePlace)?.name ?? m.activePlace)}: {m.highlighted.size}{' '}
          <button type="button" onClick={m.clearActivePlace}>{t.clearPlace}</button>
        </p>
      )}
    </section>
  );
}
