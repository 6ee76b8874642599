import { countryPlacesOf, filterEvents, type FilterContext } from '../filter/filterEvents';
import { DEPARTMENTS } from '../geo/departments';
import { foldWhitespace } from '../paper/normalize';
import type { Story, StoryStep, StoryView } from '../schema/story';
import { SCOPES } from '../schema/values';
import { viewParams } from '../story/viewParams';
import { parseViewState, YEAR_MAX, YEAR_MIN, type KnownIds, type UrlNotice } from '../url/parse';
import { buildLookup } from './lookup';
import type { DeclaredIds } from './parseFiles';
import type { Problem } from './problem';
import type { Dataset } from './types';

type Where = { file: string; id: string };
type Report = (problem: Problem) => void;

/** The ids a step's view may name: what a link may name (departments count as places). */
function knownIdsOf(declared: DeclaredIds): KnownIds {
  return {
    events: declared.events,
    places: new Set([...declared.places, ...DEPARTMENTS.map((d) => d.id)]),
    movements: declared.movements,
    themes: declared.themes,
  };
}

const KIND: Record<string, string> = {
  place: 'a place id (see data/places.json; a department is "cochabamba-department" and so on)',
  movement: 'a movement id (see data/movements.json)',
  theme: 'a theme id (see data/themes.json)',
  event: 'an event id (see data/events/)',
};

/** The URL parser's reason for ignoring a value, as a curator's problem on the step's field. */
function noticeProblem(notice: UrlNotice, view: StoryView, path: string, where: Where): Problem {
  const key = notice.param;
  const list = key === 'place' || key === 'movement' || key === 'theme' || key === 'scope' ? view[key] : undefined;
  const index = list?.indexOf(notice.value) ?? -1;
  const field = `${path}.${key}${index >= 0 ? `[${index}]` : ''}`;
  const value = JSON.stringify(notice.value);
  const t = JSON.stringify(viewParams(view).get('t'));
  const message = {
    'invalid': `${t} is not a range of whole years (FROM..TO, FROM.., ..TO or one year)`,
    'out-of-range': `${t} is outside the years ${YEAR_MIN}–${YEAR_MAX}`,
    'reversed': `${t} runs backwards; put the earlier year first`,
    'too-long': `names ${notice.value} values; a view takes at most 50`,
    'repeated': `is given more than once`,
    'unknown-param': `is not a parameter of a view`,
    // A view has no story= or step= (the schema rejects them): these two cannot arise.
    'no-such-step': `is not a parameter of a view`,
    'needs-story': `is not a parameter of a view`,
    'unknown-value': key === 'scope' ? `${value} is not a scope (${SCOPES.map((s) => `"${s}"`).join(', ')})` : `${value} is not ${KIND[key] ?? 'a known id'}`,
  }[notice.reason];
  return { ...where, path: field, message };
}

/** What every step is checked against, built once per validation. */
interface StepContext {
  known: KnownIds;
  events: Dataset['events'];
  filter: FilterContext;
  footnotes: ReadonlySet<number>;
  paperFolded: string | undefined;
  report: Report;
}

function checkView(view: StoryView, path: string, where: Where, c: StepContext): void {
  const { report } = c;
  const { state, notices } = parseViewState(viewParams(view), c.known);
  for (const notice of notices) report(noticeProblem(notice, view, path, where));
  if (notices.length > 0) return;
  const shown = filterEvents(c.events, state, c.filter);
  // A step opens its event in a view that shows it: otherwise the explorer says the event is outside the filters.
  if (state.event && !shown.some((e) => e.id === state.event)) {
    report({ ...where, path: `${path}.event`, message: `"${state.event}" is left out by the view's own t, place, movement, theme or scope; widen them or choose another event` });
  } else if (shown.length === 0) {
    report({ ...where, path, message: 'shows no event; widen its t, place, movement, theme or scope' });
  }
}

function checkStep(step: StoryStep, i: number, where: Where, c: StepContext): void {
  const { report } = c;
  const path = `steps[${i}]`;
  step.footnotes.forEach((n, j) => {
    if (!c.footnotes.has(n)) report({ ...where, path: `${path}.footnotes[${j}]`, message: `footnote ${n} is not in data/footnotes.json` });
  });
  if (step.quote) {
    const { text, footnote } = step.quote;
    if (footnote !== undefined && !step.footnotes.includes(footnote)) {
      report({ ...where, path: `${path}.quote.footnote`, message: `${footnote} is not among the step's footnotes` });
    }
    if (c.paperFolded !== undefined && !c.paperFolded.includes(foldWhitespace(text))) {
      report({ ...where, path: `${path}.quote.text`, message: `is not found word for word in the paper: ${JSON.stringify(text.slice(0, 60))}` });
    }
  }
  checkView(step.view, `${path}.view`, where, c);
}

/**
 * Checks beyond a story's shape: unique ids, footnotes that exist, quotations found in the paper
 * (`paperFolded`: its text with white space folded, as lib/paper/normalize does), and views whose
 * every parameter the URL parser accepts and that show their event.
 */
export function checkStories(stories: readonly Story[], fileOf: (id: string) => string, data: Dataset, declared: DeclaredIds, paperFolded: string | undefined): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (p) => problems.push(p);
  const c: StepContext = {
    known: knownIdsOf(declared),
    events: data.events,
    // Views have no search (`q`), so the search index is never read.
    filter: { lookup: buildLookup(data), searchIndex: new Map(), countryPlaces: countryPlacesOf(data.places) },
    footnotes: new Set(data.footnotes.map((f) => f.number)),
    paperFolded,
    report,
  };
  const seen = new Set<string>();
  for (const story of stories) {
    const where = { file: fileOf(story.id), id: story.id };
    if (seen.has(story.id)) report({ ...where, path: 'id', message: 'is used by more than one story; ids must be unique' });
    seen.add(story.id);
    story.steps.forEach((step, i) => checkStep(step, i, where, c));
  }
  return problems;
}
