import { FACETS, type FacetKey } from '../filter/facets';
import type { Scope } from '../schema/event';

export { FACETS, type FacetKey };

/**
 * Everything a view of the explorer depends on. It lives in the URL (see README, "The URL
 * is the state"): `t=FROM..TO`, `place=`, `movement=`, `theme=`, `scope=`, `q=`, `event=`,
 * `view=`, `story=`, `step=`, with comma-separated lists.
 */
export interface ViewState {
  /** Whole years, both inclusive; null = open on that side. */
  years: { from: number | null; to: number | null };
  place: string[];
  movement: string[];
  theme: string[];
  scope: Scope[];
  q: string;
  event: string | null;
  view: MainView;
  /** The guided story open (data/stories/<id>.json), or null. */
  story: string | null;
  /** Its step, from 1 as the reader counts; null exactly when `story` is. */
  step: number | null;
}

export const MAIN_VIEWS = ['explore', 'list'] as const;
export type MainView = (typeof MAIN_VIEWS)[number];

export const EMPTY_STATE: ViewState = {
  years: { from: null, to: null },
  place: [],
  movement: [],
  theme: [],
  scope: [],
  q: '',
  event: null,
  view: 'explore',
  story: null,
  step: null,
};

export function hasFilters(state: ViewState): boolean {
  return state.years.from !== null || state.years.to !== null || FACETS.some((f) => state[f].length > 0) || state.q.trim() !== '';
}

/** Adds or removes one facet value (a click on a checkbox or a department). */
export function toggleValue(state: ViewState, facet: FacetKey, value: string): ViewState {
  const current = state[facet] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, [facet]: next };
}

/** The filters cleared; what the reader is reading (the event, the view, a story's step) stays. */
export function clearFilters(state: ViewState): ViewState {
  return { ...EMPTY_STATE, event: state.event, view: state.view, story: state.story, step: state.step };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * `next`, with every field that equals `previous`'s taken from `previous`: a state parsed
 * afresh from the URL keeps the identity of what did not change, so work keyed on one field
 * (the filters, the years) is not redone when another (the selected event) changes.
 */
export function shareUnchanged(previous: ViewState | null, next: ViewState): ViewState {
  if (!previous) return next;
  const years = previous.years.from === next.years.from && previous.years.to === next.years.to ? previous.years : next.years;
  const out: ViewState = { ...next, years };
  for (const facet of FACETS) {
    if (sameList(previous[facet], next[facet])) (out as unknown as Record<FacetKey, readonly string[]>)[facet] = previous[facet];
  }
  const same = (Object.keys(out) as (keyof ViewState)[]).every((k) => out[k] === previous[k]);
  return same ? previous : out;
}

/**
 * Whether a view shows the events' texts from the start — a search, the list, an open event — so
 * that, for a large dataset whose texts come in a second file, it waits for them.
 */
export function showsEventTexts(state: ViewState): boolean {
  return state.q.trim() !== '' || state.view === 'list' || state.event !== null;
}
