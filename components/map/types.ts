import type { MapPlaceView } from '@/lib/explorer/derive';
import type { Locale } from '@/lib/schema';

/** A marker: a place with its number of visible events (see lib/explorer/derive). */
export type MapPlace = MapPlaceView;

export interface MapLabels {
  region: string;
  placeLabel: (name: string, count: number, outside: boolean) => string;
  departmentLabel: (name: string) => string;
  attribution: string;
  loading: string;
  loadFailed: string;
  resetView: string;
  controls: string;
  zoomIn: string;
  zoomOut: string;
}

export interface MapViewProps {
  places: MapPlace[];
  /** Places of the selected event: highlighted, and the view fits them. */
  selectedPlaceIds: readonly string[];
  /** The marker the reader chose. */
  activePlaceId: string | null;
  /** Places of the event hovered on the timeline (a preview). */
  previewPlaceIds: readonly string[];
  /** Department codes (BO-C, …) currently used as filters. */
  activeDepartments: readonly string[];
  /** Where the view fits when no event is selected and a filter narrows the events; null: all of Bolivia. */
  filterFit: readonly [number, number][] | null;
  /** Changes when the view should fit the selection (or the filter's places) again. */
  fitKey: string;
  reducedMotion: boolean;
  /** The page's language: the names drawn on the map follow it. */
  locale: Locale;
  labels: MapLabels;
  onSelectPlace: (id: string) => void;
  onHoverPlace: (id: string | null) => void;
  onSelectDepartment: (code: string) => void;
}
