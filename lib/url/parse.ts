import { FACET_TABLE, type KnownIds } from '../filter/facets';
import { EARLIEST_YEAR, ID_PATTERN } from '../schema/values';
import { currentEventId } from '../dataset/redirectTarget';
import { migrateParams } from './migrations';
import { EMPTY_STATE, MAIN_VIEWS, type ViewState } from './state';

export type { KnownIds };

/**
 * Why a parameter was ignored or changed. The UI shows these as a quiet notice; the
 * offending value is shown as text only, shortened.
 */
export type NoticeReason =
  | 'unknown-param' | 'invalid' | 'unknown-value' | 'reversed' | 'too-long' | 'repeated' | 'out-of-range'
  /** `step=` beyond the story's steps: the story opens at its first. */
  | 'no-such-step'
  /** `step=` without a (known) `story=`: a step means nothing alone. */
  | 'needs-story';
export interface UrlNotice {
  param: string;
  value: string;
  reason: NoticeReason;
}

export const MAX_QUERY_LENGTH = 200;
const MAX_LIST_VALUES = 50;
const MAX_SHOWN = 40;
export const YEAR_MIN = EARLIEST_YEAR;
export const YEAR_MAX = 2100;

// Hand-written validators rather than zod: this runs in the browser, where zod would cost
// more than the rest of the URL code together. Each value is valid, or invalid with a reason.
const isIdValue = (value: string) => value.length <= 80 && ID_PATTERN.test(value);
const YEAR_RANGE = /^(\d{1,4})?\.\.(\d{1,4})?$|^\d{1,4}$/;
const STEP_NUMBER = /^[1-9]\d{0,2}$/;

/** Parameters of the main view; the embed adds its own (see embedParams). */
export const VIEW_PARAMS: readonly string[] = ['t', ...FACET_TABLE.map((f) => f.key), 'q', 'event', 'view', 'story', 'step'];

/** A value as a notice shows it: at most MAX_SHOWN characters, then an ellipsis. */
export function shortened(value: string): string {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}

export interface ParseResult {
  state: ViewState;
  notices: UrlNotice[];
  migrations: string[];
}

/**
 * Parses a query string strictly: every parameter is valid, invalid-with-a-reason, or
 * missing. Nothing invalid is kept, and nothing throws, whatever the input.
 */
export function parseViewState(search: string | URLSearchParams, known: KnownIds, extraParams: readonly string[] = []): ParseResult {
  const params = new URLSearchParams(search);
  const migrations = migrateParams(params);
  const notices: UrlNotice[] = [];
  const state: ViewState = { ...EMPTY_STATE, years: { from: null, to: null }, place: [], movement: [], theme: [], scope: [] };
  const allowed = new Set<string>([...VIEW_PARAMS, ...extraParams]);
  const seen = new Set<string>();

  for (const key of new Set(params.keys())) {
    if (!allowed.has(key)) notices.push({ param: shortened(key), value: shortened(params.get(key) ?? ''), reason: 'unknown-param' });
  }

  /** Single-valued parameters: the first wins, repeats are reported. */
  const single = (key: string): string | null => {
    const values = params.getAll(key);
    if (values.length > 1 && !seen.has(key)) notices.push({ param: key, value: shortened(values.slice(1).join(', ')), reason: 'repeated' });
    seen.add(key);
    return values[0] ?? null;
  };

  const t = single('t');
  if (t !== null && t !== '' && t !== '..') {
    if (!YEAR_RANGE.test(t)) {
      notices.push({ param: 't', value: shortened(t), reason: 'invalid' });
    } else {
      const [a, b] = t.includes('..') ? t.split('..') : [t, t];
      let from = a ? Number(a) : null;
      let to = b ? Number(b) : null;
      const outside = (y: number | null) => y !== null && (y < YEAR_MIN || y > YEAR_MAX);
      if (outside(from) || outside(to)) {
        notices.push({ param: 't', value: shortened(t), reason: 'out-of-range' });
        if (outside(from)) from = null;
        if (outside(to)) to = null;
      }
      if (from !== null && to !== null && from > to) {
        notices.push({ param: 't', value: shortened(t), reason: 'reversed' });
        [from, to] = [to, from];
      }
      state.years = { from, to };
    }
  }

  // Each facet: a comma-separated list of the values its table entry knows, each kept once.
  for (const facet of FACET_TABLE) {
    const key = facet.key;
    const ids = facet.known(known);
    const values = params.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    const out: string[] = [];
    for (const value of values.slice(0, MAX_LIST_VALUES)) {
      if (!isIdValue(value) || !ids.has(value)) notices.push({ param: key, value: shortened(value), reason: 'unknown-value' });
      else if (!out.includes(value)) out.push(value);
    }
    if (values.length > MAX_LIST_VALUES) notices.push({ param: key, value: `${values.length}`, reason: 'too-long' });
    (state as unknown as Record<string, string[]>)[key] = out;
  }

  const q = single('q');
  if (q !== null) {
    const clean = q.replace(/[\u0000-\u001f\u007f]/g, ' ');
    if (clean.length > MAX_QUERY_LENGTH) notices.push({ param: 'q', value: shortened(clean), reason: 'too-long' });
    state.q = clean.slice(0, MAX_QUERY_LENGTH);
  }

  const event = single('event');
  if (event !== null && event !== '') {
    const current = isIdValue(event) && known.renamedEvents ? currentEventId(known.renamedEvents, event) : event;
    if (isIdValue(event) && current !== null && known.events.has(current)) {
      state.event = current;
      if (current !== event) migrations.push(`renamed-event:${event}`);
    } else notices.push({ param: 'event', value: shortened(event), reason: 'unknown-value' });
  }

  const view = single('view');
  if (view !== null && !extraParams.includes('view')) {
    if ((MAIN_VIEWS as readonly string[]).includes(view)) state.view = view as ViewState['view'];
    else notices.push({ param: 'view', value: shortened(view), reason: 'invalid' });
  }

  parseStory(single('story'), single('step'), known, state, notices);
  return { state, notices, migrations };
}

/**
 * `story=<id>&step=<n>`: a known story, and one of its steps counted from 1 (the first when
 * `step=` is missing, or names a step the story does not have). A step alone is dropped.
 */
function parseStory(story: string | null, step: string | null, known: KnownIds, state: ViewState, notices: UrlNotice[]): void {
  const count = story && isIdValue(story) ? known.stories?.get(story) : undefined;
  const note = (param: string, value: string, reason: NoticeReason) => notices.push({ param, value: shortened(value), reason });
  if (story && count === undefined) note('story', story, 'unknown-value');
  if (count === undefined) {
    if (step) note('step', step, 'needs-story');
    return;
  }
  state.story = story;
  const n = step && STEP_NUMBER.test(step) ? Number(step) : 0;
  state.step = n >= 1 && n <= count ? n : 1;
  if (step && state.step !== n) note('step', step, n ? 'no-such-step' : 'invalid');
}

const NO_KNOWN_IDS: KnownIds = { events: new Set(), places: new Set(), movements: new Set(), themes: new Set() };

/** Only the main page's view (explore or list): for code that runs before the dataset has arrived. */
export function parseMainView(search: string): ViewState['view'] {
  return parseViewState(search, NO_KNOWN_IDS).state.view;
}

const ANY_ID: ReadonlySet<string> = { has: () => true } as unknown as ReadonlySet<string>;
/** Any story, of as many steps as `step=` can name. */
const ANY_STORY: ReadonlyMap<string, number> = { get: () => 999, has: () => true } as unknown as ReadonlyMap<string, number>;
const ANY_IDS: KnownIds = { events: ANY_ID, places: ANY_ID, movements: ANY_ID, themes: ANY_ID, stories: ANY_STORY };

/**
 * The state a link asks for, taking its ids on trust: for decisions made before the ids are
 * checked (whether to wait for the events' texts). The explorer parses the URL properly.
 */
export function parseRequestedState(search: string, extraParams: readonly string[] = []): ViewState {
  return parseViewState(search, ANY_IDS, extraParams).state;
}

/**
 * The canonical query string for a state (no leading "?"), parameters in a fixed order:
 * t, the facets, q, event, view, story, step, then the caller's extras.
 */
export function serializeViewState(state: ViewState, extra: [string, string][] = []): string {
  const out: string[] = [];
  const put = (key: string, value: string) => out.push(`${key}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%20/g, '+')}`);
  const { from, to } = state.years;
  if (from !== null || to !== null) put('t', from !== null && from === to ? String(from) : `${from ?? ''}..${to ?? ''}`);
  for (const { key } of FACET_TABLE) {
    if (state[key].length > 0) put(key, state[key].join(','));
  }
  if (state.q.trim()) put('q', state.q);
  if (state.event) put('event', state.event);
  if (state.view !== 'explore') put('view', state.view);
  if (state.story) {
    put('story', state.story);
    put('step', String(state.step ?? 1));
  }
  for (const [key, value] of extra) put(key, value);
  return out.join('&');
}
