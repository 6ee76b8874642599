import { spanOf } from '../dates/span';
import { isInsideBoliviaBounds } from '../geo/bolivia';
import { departmentById } from '../geo/departments';
import { isPointInGeometry } from '../geo/pointInPolygon';
import { foldWhitespace } from '../paper/normalize';
import { FOOTNOTE_COUNT, type HistoricalEvent, type OutsidePaper } from '../schema';
import { checkCitation, checkDateSources } from './checkDateSources';
import type { DeclaredIds } from './parseFiles';
import type { Problem } from './problem';
import type { CheckContext, Dataset } from './types';

/** Older dates are almost certainly typos. */
import { EARLIEST_YEAR } from '../schema/values';
export { EARLIEST_YEAR };

export interface FileNames {
  events: (id: string) => string;
  places: string;
  movements: string;
  themes: string;
  eras: string;
  footnotes: string;
  works: string;
}

type Report = (problem: Problem) => void;

function checkUnique(ids: readonly string[], file: (id: string) => string, kind: string, report: Report): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) report({ file: file(id), id, path: 'id', message: `is used by more than one ${kind}; ids must be unique` });
    seen.add(id);
  }
}

function checkDate(value: string, path: string, where: { file: string; id: string }, now: Date, report: Report): void {
  const span = spanOf(value);
  if (new Date(span.from).getUTCFullYear() < EARLIEST_YEAR) {
    report({ ...where, path, message: `"${value}" is before ${EARLIEST_YEAR}; dates must be between ${EARLIEST_YEAR} and today` });
  }
  if (span.from > now.getTime()) report({ ...where, path, message: `"${value}" is in the future` });
}

function checkRange(start: string, end: string | undefined, where: { file: string; id: string }, report: Report): void {
  if (!end) return;
  if (spanOf(end).from < spanOf(start).from) report({ ...where, path: 'end', message: `"${end}" is before the start "${start}"` });
}

function checkOutsidePaper(
  outside: OutsidePaper | undefined,
  record: { start: string; end?: string; places?: readonly string[] },
  where: { file: string; id: string },
  report: Report,
): void {
  if (!outside) return;
  for (const side of ['start', 'end'] as const) {
    const detail = outside[side];
    const own = record[side];
    if (!detail?.value) continue;
    if (!own) {
      report({ ...where, path: `outsidePaper.${side}.value`, message: `refines "${side}", but the record has no ${side}` });
      continue;
    }
    const fine = spanOf(detail.value);
    const coarse = spanOf(own);
    if (fine.from < coarse.from || fine.to > coarse.to) {
      report({ ...where, path: `outsidePaper.${side}.value`, message: `"${detail.value}" does not fall within the paper's ${side} "${own}"` });
    }
  }
  outside.places?.forEach((place, i) => {
    if (!record.places?.includes(place.id)) {
      report({ ...where, path: `outsidePaper.places[${i}].id`, message: `"${place.id}" is not one of the event's places; list it in "places" too` });
    }
  });
}

function checkRefs(ids: readonly string[], known: ReadonlySet<string>, path: string, kind: string, where: { file: string; id: string }, report: Report): void {
  ids.forEach((ref, i) => {
    if (!known.has(ref)) report({ ...where, path: `${path}[${i}]`, message: `"${ref}" is not a known ${kind} (see ${kindFile(kind)})` });
  });
}

function kindFile(kind: string): string {
  return { place: 'data/places.json', movement: 'data/movements.json', theme: 'data/themes.json', event: 'data/events/', work: 'data/works.json' }[kind] ?? 'data/';
}

function checkFootnoteRefs(numbers: readonly number[], known: ReadonlySet<number>, where: { file: string; id: string }, report: Report, path = 'footnotes'): void {
  numbers.forEach((n, i) => {
    if (!known.has(n)) report({ ...where, path: `${path}[${i}]`, message: `footnote ${n} is not in data/footnotes.json` });
  });
}

function checkEvent(event: HistoricalEvent, data: Dataset, names: FileNames, ctx: CheckContext, declared: DeclaredIds, report: Report, paper: string | undefined): void {
  const where = { file: names.events(event.id), id: event.id };
  checkRefs(event.places, declared.places, 'places', 'place', where, report);
  checkRefs(event.movements, declared.movements, 'movements', 'movement', where, report);
  checkRefs(event.themes, declared.themes, 'themes', 'theme', where, report);
  checkRefs(event.related, declared.events, 'related', 'event', where, report);
  checkFootnoteRefs(event.footnotes, new Set(data.footnotes.map((f) => f.number)), where, report);
  checkDate(event.start, 'start', where, ctx.now, report);
  if (event.end) checkDate(event.end, 'end', where, ctx.now, report);
  checkRange(event.start, event.end, where, report);
  checkOutsidePaper(event.outsidePaper, event, where, report);
  checkDateSources(event, where, paper, report);
  checkCitation(event, where, report);
  // Context outside Bolivia the paper may place nowhere ("cross-border", "the First International"): listed, not mapped.
  if (event.places.length === 0 && event.scope === 'bolivia') {
    report({ ...where, path: 'places', message: 'must name at least one place (only regional or world context, which the paper may place nowhere, can have none)' });
  }

  event.places.forEach((id, i) => {
    const place = data.places.find((p) => p.id === id);
    if (!place) return;
    if (event.scope === 'region' && place.country === 'BO') {
      report({ ...where, path: `places[${i}]`, message: `"${id}" is in Bolivia, but the event is regional context; place it in its own country` });
    }
    if (event.scope === 'bolivia' && place.country !== 'BO') {
      report({ ...where, path: `places[${i}]`, message: `"${id}" is not in Bolivia, but the event's scope is "bolivia"` });
    }
  });

  event.quotes.forEach((quote, i) => {
    if (!event.footnotes.includes(quote.footnote)) {
      report({ ...where, path: `quotes[${i}].footnote`, message: `${quote.footnote} is not among the event's footnotes` });
    }
    if (paper !== undefined && !paper.includes(foldWhitespace(quote.text))) {
      report({ ...where, path: `quotes[${i}].text`, message: `is not found word for word in the paper: ${JSON.stringify(quote.text.slice(0, 60))}` });
    }
  });
}

function checkPlaces(data: Dataset, names: FileNames, ctx: CheckContext, report: Report): void {
  for (const place of data.places) {
    const department = departmentById(place.id);
    if (department && (place.kind !== 'department' || place.department !== department.code)) {
      report({ file: names.places, id: place.id, path: 'department', message: `the id "${place.id}" is reserved for the department ${department.name} (kind "department", department "${department.code}")` });
    }
    if (place.country !== 'BO') continue;
    const where = { file: names.places, id: place.id };
    if (!isInsideBoliviaBounds(place.lat, place.lon)) {
      report({ ...where, path: 'lat', message: `${place.lat}, ${place.lon} lies outside Bolivia (check the sign and order of lat/lon)` });
      continue;
    }
    if (!ctx.departments || !place.department || place.kind === 'country') continue;
    const containing = ctx.departments.find((d) => isPointInGeometry(place.lon, place.lat, d.geometry));
    if (containing && containing.properties.iso_3166_2 !== place.department) {
      report({ ...where, path: 'department', message: `is ${place.department}, but ${place.lat}, ${place.lon} lies in ${containing.properties.name} (${containing.properties.iso_3166_2})` });
    }
  }
}

function checkFootnotesAndWorks(data: Dataset, names: FileNames, report: Report): void {
  const numbers = data.footnotes.map((f) => f.number);
  checkUnique(numbers.map(String), () => names.footnotes, 'footnote', report);
  for (let n = 1; n <= FOOTNOTE_COUNT; n++) {
    if (!numbers.includes(n)) report({ file: names.footnotes, id: `footnote ${n}`, path: '', message: `footnote ${n} of the paper is missing` });
  }
  const workIds = new Set(data.works.map((w) => w.id));
  const cited = new Set<string>();
  for (const footnote of data.footnotes) {
    footnote.works.forEach((id, i) => {
      cited.add(id);
      if (!workIds.has(id)) report({ file: names.footnotes, id: `footnote ${footnote.number}`, path: `works[${i}]`, message: `"${id}" is not a known work (see data/works.json)` });
    });
  }
  for (const work of data.works) {
    if (!cited.has(work.id)) report({ file: names.works, id: work.id, path: '', message: 'is cited by no footnote; remove it or add it to the footnote that cites it' });
    // The record is the corrected work; each correction keeps what the paper printed instead,
    // which must be the text of a footnote citing the work (so the note quotes the paper), and,
    // where the field still holds text, the record must hold the corrected value.
    const printedIn = data.footnotes.filter((f) => f.works.includes(work.id)).map((f) => f.text);
    work.corrections?.forEach((c, i) => {
      const where = { file: names.works, id: work.id };
      if (!printedIn.some((text) => text.includes(c.printed))) {
        report({ ...where, path: `corrections[${i}].printed`, message: `${JSON.stringify(c.printed)} is not printed in any footnote that cites this work` });
      }
      const value = valueAtPath(work, c.field);
      if (typeof value === 'string' && value !== c.corrected) {
        report({ ...where, path: `corrections[${i}].corrected`, message: `"${c.field}" holds ${JSON.stringify(value)}, not the corrected ${JSON.stringify(c.corrected)}` });
      }
    });
  }
}

function checkEras(data: Dataset, names: FileNames, ctx: CheckContext, report: Report, paper: string | undefined): void {
  const known = new Set(data.footnotes.map((f) => f.number));
  const sorted = [...data.eras].sort((a, b) => spanOf(a.start).from - spanOf(b.start).from);
  sorted.forEach((era, i) => {
    const where = { file: names.eras, id: era.id };
    checkDate(era.start, 'start', where, ctx.now, report);
    checkDate(era.end, 'end', where, ctx.now, report);
    checkRange(era.start, era.end, where, report);
    checkFootnoteRefs(era.footnotes, known, where, report);
    checkOutsidePaper(era.outsidePaper, era, where, report);
    checkDateSources(era, where, paper, report);
    const next = sorted[i + 1];
    // Eras may share a boundary year ("1952–1964", "1964–1974") but not more.
    if (next && spanOf(next.start).from < spanOf(era.end).from) {
      report({ ...where, path: 'end', message: `"${era.end}" overlaps the next era "${next.id}" (starts ${next.start}); eras must not overlap` });
    }
  });
}

/** "editor[0].family" → work.editor[0].family */
function valueAtPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Checks that go beyond each record's shape: references, ranges, geography, quotations. */
export function crossCheck(data: Dataset, names: FileNames, ctx: CheckContext, declared: DeclaredIds): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (p) => problems.push(p);
  checkUnique(data.events.map((e) => e.id), names.events, 'event', report);
  checkUnique(data.places.map((p) => p.id), () => names.places, 'place', report);
  checkUnique(data.movements.map((m) => m.id), () => names.movements, 'movement', report);
  checkUnique(data.themes.map((t) => t.id), () => names.themes, 'theme', report);
  checkUnique(data.eras.map((e) => e.id), () => names.eras, 'era', report);
  checkUnique(data.works.map((w) => w.id), () => names.works, 'work', report);
  checkFootnotesAndWorks(data, names, report);
  checkPlaces(data, names, ctx, report);
  for (const taxa of [['movements', data.movements], ['themes', data.themes]] as const) {
    const known = new Set(data.footnotes.map((f) => f.number));
    for (const taxon of taxa[1]) checkFootnoteRefs(taxon.footnotes, known, { file: names[taxa[0]], id: taxon.id }, report);
  }
  // Fold the paper once: re-folding its 62 KB per event made validating 10,000 events take 6 s.
  const paper = ctx.paperText === undefined ? undefined : foldWhitespace(ctx.paperText);
  checkEras(data, names, ctx, report, paper);
  for (const event of data.events) checkEvent(event, data, names, ctx, declared, report, paper);
  return problems;
}
