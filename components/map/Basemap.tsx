'use client';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { Feature, FeatureCollection } from 'geojson';
import { version, type GeoJSON as GeoJSONLayer, type Layer, type LeafletMouseEvent, type Path, type PathOptions } from 'leaflet';
import { groupByVertices } from '@/lib/geo/steps';
import { loadBasemap } from './basemapFiles';
import { checkLeafletVersion, projectOnlyWhenViewChanged, redrawOnlyWhenProjected } from './leafletRedraw';
import { inNextTask, useStagedMount } from './useStagedMount';

interface Props {
  /** "Made with Natural Earth": carried by the base layer, so the attribution control shows it. */
  attribution: string;
  activeDepartments: readonly string[];
  departmentLabel: (name: string) => string;
  onSelectDepartment: (code: string) => void;
  onStatus: (status: 'loading' | 'ready' | 'failed') => void;
}

const COUNTRY: PathOptions = { color: '#9a968d', weight: 1, fillColor: '#efece4', fillOpacity: 1 };
const BOLIVIA_DEPT: PathOptions = { color: '#6d6a63', weight: 1.2, fillColor: '#fbf8f0', fillOpacity: 1 };
const ACTIVE_DEPT: PathOptions = { color: '#7a1f0f', weight: 2.5, fillColor: '#f6e3d8', fillOpacity: 1, dashArray: undefined };
const LAKE: PathOptions = { color: '#5b8db5', weight: 1, fillColor: '#b7d3e6', fillOpacity: 1 };
// One function each for the whole life of the page: react-leaflet restyles a layer whenever its
// style function changes.
const countryStyle = () => COUNTRY;
const departmentStyle = () => BOLIVIA_DEPT;
const lakeStyle = () => LAKE;
// Passed on to each polygon (Leaflet's GeoJSON layer gives its options to the layers it makes):
// the whole continent is a few hundred kB of outlines, and clipping them to the view on every
// redraw cost more than drawing them whole.
const NO_CLIP = { noClip: true } as object;

// Leaflet redraws every polygon at every pan, and projects it twice at every zoom step;
// leafletRedraw.ts (the one module that touches its private state) skips the projections and
// redraws that would give the same path again.
checkLeafletVersion(version);
const drawOnlyWhatChanged = (layer: Layer) => {
  projectOnlyWhenViewChanged(layer);
  redrawOnlyWhenProjected(layer);
};
const drawEachOnlyWhatChanged = (_: Feature, layer: Layer) => drawOnlyWhatChanged(layer);

/**
 * The most vertices one step of drawing takes on. Leaflet projects and simplifies every vertex
 * of a layer in the task that adds it: the whole basemap (13,000 vertices) at once was a task of
 * about 50 ms here and 200 ms on a phone (4× slower), during which a tap waited. In steps of
 * this size (the countries in two, then the departments with the lake), each is a task of its
 * own and the browser can paint or answer a tap between them. Few steps: each waits its turn
 * behind whatever else the page is doing (with 10,000 events, tasks of 100 ms), and the map is
 * ready only after the last.
 */
const VERTICES_PER_STEP = 5500;

/** What the basemap draws, one step each: the countries' groups, then Bolivia (its departments and the lake). */
interface Drawing {
  countries: FeatureCollection[];
  departments?: FeatureCollection;
  lakes: FeatureCollection;
}

function drawingOf(context: FeatureCollection | undefined, departments: FeatureCollection | undefined): Drawing {
  const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
  const of = (kind: string) => (context?.features ?? []).filter((f) => f.properties?.kind === kind);
  return { countries: groupByVertices(of('country'), VERTICES_PER_STEP).map(collection), departments, lakes: collection(of('lake')) };
}

/**
 * The offline basemap: countries, Bolivia's departments and Lake Titicaca, from the Natural
 * Earth files the site publishes (no tiles, no other host). Departments are clickable filters.
 */
export function Basemap({ attribution, activeDepartments, departmentLabel, onSelectDepartment, onStatus }: Props) {
  // The files, once they are there: the first step is drawn at once, then a step per task.
  const [drawing, setDrawing] = useState<Drawing | null>(null);

  useEffect(function requestBasemap() {
    let cancelled = false;
    onStatus('loading');
    loadBasemap().then(
      ([ctx, dep]) => {
        if (cancelled) return;
        setDrawing(drawingOf(ctx, dep));
      },
      () => { if (!cancelled) onStatus('failed'); },
    );
    return () => { cancelled = true; };
  }, [onStatus]);

  // How many steps are drawn: the countries' groups first, Bolivia last.
  const drawn = 1 + useStagedMount(drawing ? drawing.countries.length : 0, inNextTask);
  const countries = drawing?.countries.slice(0, drawn) ?? [];
  const bolivia = !!drawing && drawn > drawing.countries.length;
  useEffect(function reportReady() {
    if (bolivia) onStatus('ready');
  }, [bolivia, onStatus]);

  // Departments are drawn in their base style, and the chosen ones restyled here, only those
  // whose choice changed: a new style function would make react-leaflet restyle every department
  // (seven SVG attributes each) at every filter change; rebuilding the layer would re-project them.
  // Before paint, so a department chosen in the URL is never drawn unchosen first.
  const departmentLayer = useRef<GeoJSONLayer>(null);
  const styled = useRef<{ layer: GeoJSONLayer; codes: readonly string[] } | null>(null);
  useLayoutEffect(function restyleChosenDepartments() {
    const group = departmentLayer.current;
    if (!group) return;
    const before = styled.current?.layer === group ? styled.current.codes : [];
    styled.current = { layer: group, codes: activeDepartments };
    group.eachLayer((layer) => {
      const code = (layer as Layer & { feature?: Feature }).feature?.properties?.iso_3166_2 as string | undefined;
      if (!code || before.includes(code) === activeDepartments.includes(code)) return;
      (layer as Path).setStyle(activeDepartments.includes(code) ? ACTIVE_DEPT : BOLIVIA_DEPT);
    });
  }, [activeDepartments, bolivia]);
  return (
    <>
      {countries.map((data, i) => (
        <GeoJSON
          key={i}
          data={data}
          {...NO_CLIP}
          style={countryStyle}
          onEachFeature={drawEachOnlyWhatChanged}
          interactive={false}
          attribution={i === 0 ? attribution : undefined}
        />
      ))}
      {bolivia && drawing.departments && (
        <GeoJSON
          ref={departmentLayer}
          data={drawing.departments}
          {...NO_CLIP}
          style={departmentStyle}
          onEachFeature={(feature: Feature, layer: Layer) => {
            drawOnlyWhatChanged(layer);
            const code = feature.properties?.iso_3166_2 as string;
            const name = feature.properties?.name as string;
            layer.bindTooltip(departmentLabel(name), { sticky: true, direction: 'top', className: 'dept-tooltip' });
            layer.on('add', () => (layer as Layer & { getElement?: () => Element | undefined }).getElement?.()?.setAttribute('data-department', code));
            layer.on('click', (e: LeafletMouseEvent) => {
              e.originalEvent.stopPropagation();
              onSelectDepartment(code);
            });
          }}
        />
      )}
      {bolivia && <GeoJSON data={drawing.lakes} style={lakeStyle} onEachFeature={drawEachOnlyWhatChanged} interactive={false} />}
    </>
  );
}
