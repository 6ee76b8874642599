import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatProblem } from './problem';
import { validateDataFiles } from './validate';
import type { DataFiles } from './types';
import {
  eventJson, FIXTURE_DEPARTMENTS, FIXTURE_NOW, FIXTURE_PAPER, listJson, validFiles, withChange,
} from './fixture.test-helper';

const ctx = { paperText: FIXTURE_PAPER, departments: FIXTURE_DEPARTMENTS, now: FIXTURE_NOW };

function problemLines(files: DataFiles): string[] {
  const result = validateDataFiles(files, ctx);
  return result.problems.map(formatProblem);
}

describe('validateDataFiles', () => {
  it('accepts the valid fixture', () => {
    const result = validateDataFiles(validFiles(), ctx);
    assert.deepEqual(result.problems, []);
    assert.equal(result.ok, true);
  });

  /** Each broken fixture: what is broken, the change, and the exact line(s) expected. */
  const broken: { name: string; change: (f: DataFiles) => void; expect: string[] }[] = [
    {
      name: 'an unknown place',
      change: (f) => { eventJson(f).places = ['cochabamba', 'atlantis']; },
      expect: ['data/events/water-war.json · water-war · places[1]: "atlantis" is not a known place (see data/places.json)'],
    },
    {
      name: 'footnote 0',
      change: (f) => { eventJson(f).footnotes = [0]; },
      expect: ['data/events/water-war.json · water-war · footnotes[0]: 0 is not a footnote of the paper (it has footnotes 1–88)'],
    },
    {
      name: 'footnote 89',
      change: (f) => { eventJson(f).footnotes = [4, 89]; },
      expect: ['data/events/water-war.json · water-war · footnotes[1]: 89 is not a footnote of the paper (it has footnotes 1–88)'],
    },
    {
      name: 'end before start',
      change: (f) => { eventJson(f).end = '1999-12'; delete (eventJson(f).paperDate as Record<string, string>).end; eventJson(f).approximate = { en: 'x', es: 'x' }; },
      expect: ['data/events/water-war.json · water-war · end: "1999-12" is before the start "2000-01"'],
    },
    {
      name: 'month 13',
      change: (f) => { eventJson(f).start = '2000-13'; },
      expect: ['data/events/water-war.json · water-war · start: "2000-13" is not a valid month'],
    },
    {
      name: '30 February',
      change: (f) => { eventJson(f).start = '2000-02-30'; },
      expect: ['data/events/water-war.json · water-war · start: "2000-02-30" is not a valid day of that month'],
    },
    {
      name: 'a date in a locale format',
      change: (f) => { eventJson(f).start = '01/2000'; },
      expect: ['data/events/water-war.json · water-war · start: "01/2000" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
    },
    {
      name: 'a date before 1500',
      change: (f) => { eventJson(f).start = '1066'; delete eventJson(f).paperDate; eventJson(f).approximate = { en: 'x', es: 'x' }; },
      expect: ['data/events/water-war.json · water-war · start: "1066" is before 1500; dates must be between 1500 and today'],
    },
    {
      name: 'a date in the future',
      change: (f) => { eventJson(f).end = '2031'; delete eventJson(f).paperDate; eventJson(f).approximate = { en: 'x', es: 'x' }; },
      expect: ['data/events/water-war.json · water-war · end: "2031" is in the future'],
    },
    {
      name: 'a duplicate id',
      change: (f) => { f.events.push({ file: 'data/events/water-war-2.json', json: { ...eventJson(f), id: 'water-war' } }); },
      expect: [
        'data/events/water-war-2.json · water-war · id: "water-war" does not match the file name; name the file water-war.json',
        'data/events/water-war.json · water-war · id: is used by more than one event; ids must be unique',
      ],
    },
    {
      name: 'a missing citation',
      change: (f) => { eventJson(f).footnotes = []; eventJson(f).quotes = []; },
      expect: ['data/events/water-war.json · water-war · footnotes: must cite at least one of the paper’s footnotes, or say in "uncited" (en and es) why the paper gives none'],
    },
    {
      name: 'a quotation not in the paper',
      change: (f) => { eventJson(f).quotes = [{ text: 'the greatest protest of all time', footnote: 4 }]; },
      expect: ['data/events/water-war.json · water-war · quotes[0].text: is not found word for word in the paper: "the greatest protest of all time"'],
    },
    {
      name: 'a quotation with a changed spelling',
      change: (f) => { eventJson(f).quotes = [{ text: 'known as the Cochabamba "Water War"', footnote: 4 }]; },
      expect: ['data/events/water-war.json · water-war · quotes[0].text: is not found word for word in the paper: "known as the Cochabamba \\"Water War\\""'],
    },
    {
      name: 'a quotation citing a footnote the event does not cite',
      change: (f) => { eventJson(f).footnotes = [4, 5]; eventJson(f).quotes = [{ text: 'to put an end to a water privatisation scheme', footnote: 6 }]; },
      expect: ['data/events/water-war.json · water-war · quotes[0].footnote: 6 is not among the event\'s footnotes'],
    },
    {
      name: 'coordinates in the Pacific',
      change: (f) => { Object.assign(listJson(f, 'places')[0]!, { lat: -17.39, lon: -80.5 }); },
      expect: ['data/places.json · cochabamba · lat: -17.39, -80.5 lies outside Bolivia (check the sign and order of lat/lon)'],
    },
    {
      name: 'a place in the wrong department',
      change: (f) => { Object.assign(listJson(f, 'places')[0]!, { department: 'BO-L' }); },
      expect: ['data/places.json · cochabamba · department: is BO-L, but -17.3895, -66.1568 lies in Cochabamba (BO-C)'],
    },
    {
      name: 'a latitude out of range',
      change: (f) => { Object.assign(listJson(f, 'places')[0]!, { lat: 117.4 }); },
      expect: ['data/places.json · cochabamba · lat: 117.4 is not a latitude (−90 to 90)'],
    },
    {
      name: 'a Bolivian place without a department',
      change: (f) => { delete listJson(f, 'places')[0]!.department; },
      expect: ['data/places.json · cochabamba · department: must be given for a place in Bolivia (its ISO 3166-2 code, e.g. "BO-L")'],
    },
    {
      name: 'wrong types',
      change: (f) => { eventJson(f).footnotes = ['4']; },
      expect: ['data/events/water-war.json · water-war · footnotes[0]: expected a number, got the text "4"'],
    },
    {
      name: 'a missing field',
      change: (f) => { delete eventJson(f).summary; },
      expect: ['data/events/water-war.json · water-war · summary: is missing (expected an object)'],
    },
    {
      name: 'a missing translation',
      change: (f) => { eventJson(f).title = { en: 'The Water War' }; },
      expect: ['data/events/water-war.json · water-war · title.es: is missing (expected text)'],
    },
    {
      name: 'an unknown field',
      change: (f) => { eventJson(f).tittle = 'typo'; },
      expect: ['data/events/water-war.json · water-war: "tittle" is not a known field (check the spelling against data/README.md)'],
    },
    {
      name: 'a bad scope',
      change: (f) => { eventJson(f).scope = 'planet'; },
      expect: ['data/events/water-war.json · water-war · scope: "planet" is not one of "bolivia", "region", "world"'],
    },
    {
      name: 'an id that is not kebab-case',
      change: (f) => { eventJson(f).id = 'Water_War'; },
      expect: ['data/events/water-war.json · Water_War · id: "Water_War" is not a kebab-case id (lower-case letters and digits separated by single hyphens)'],
    },
    {
      name: 'a regional event geocoded into Bolivia',
      change: (f) => { eventJson(f, 1).places = ['cochabamba']; },
      expect: ['data/events/zapatistas.json · zapatistas · places[0]: "cochabamba" is in Bolivia, but the event is regional context; place it in its own country'],
    },
    {
      name: 'an outside-the-paper day outside the paper’s month',
      change: (f) => { eventJson(f).outsidePaper = { start: { value: '2000-02-04', note: { en: 'x', es: 'x' } } }; },
      expect: ['data/events/water-war.json · water-war · outsidePaper.start.value: "2000-02-04" does not fall within the paper\'s start "2000-01"'],
    },
    {
      name: 'an outside-the-paper place not listed among the places',
      change: (f) => { eventJson(f).outsidePaper = { places: [{ id: 'tolata', note: { en: 'x', es: 'x' } }] }; },
      expect: ['data/events/water-war.json · water-war · outsidePaper.places[0].id: "tolata" is not one of the event\'s places; list it in "places" too'],
    },
    {
      name: 'a missing footnote in footnotes.json',
      change: (f) => { (f.footnotes.json as unknown[]).splice(40, 1); },
      expect: ['data/footnotes.json · footnote 41: footnote 41 of the paper is missing', 'data/themes.json · direct-action · footnotes[0]: footnote 41 is not in data/footnotes.json'],
    },
    {
      name: 'a footnote citing an unknown work',
      change: (f) => { listJson(f, 'footnotes')[3]!.works = ['nobody-2000']; },
      expect: ['data/footnotes.json · footnote 4 · works[0]: "nobody-2000" is not a known work (see data/works.json)'],
    },
    {
      name: 'a correction whose printed text no citing footnote prints, and whose field holds another value',
      change: (f) => { listJson(f, 'works')[0]!.corrections = [{ field: 'title', printed: 'Utopia of Tolada', corrected: 'x' }]; },
      expect: [
        'data/works.json · postero-2007 · corrections[0].printed: "Utopia of Tolada" is not printed in any footnote that cites this work',
        'data/works.json · postero-2007 · corrections[0].corrected: "title" holds "Andean Utopias in Evo Morales’s Bolivia", not the corrected "x"',
      ],
    },
    {
      name: 'overlapping eras',
      change: (f) => { listJson(f, 'eras')[1]!.start = '1990'; delete listJson(f, 'eras')[1]!.paperDate; },
      expect: ['data/eras.json · neoliberal-period · end: "2000" overlaps the next era "cycle-2000-2005" (starts 1990); eras must not overlap'],
    },
    {
      name: 'an event with no footnote and no reason',
      change: (f) => { eventJson(f, 1).footnotes = []; },
      expect: ['data/events/zapatistas.json · zapatistas · footnotes: must cite at least one of the paper’s footnotes, or say in "uncited" (en and es) why the paper gives none'],
    },
    {
      name: 'a reason for no footnote on an event that cites one',
      change: (f) => { eventJson(f, 1).uncited = { en: 'No note.', es: 'Sin nota.' }; },
      expect: ['data/events/zapatistas.json · zapatistas · uncited: is given, but the event cites footnotes; remove one of them'],
    },
    {
      name: 'a reason for no footnote in English only',
      change: (f) => { eventJson(f, 1).footnotes = []; eventJson(f, 1).uncited = { en: 'No note.' }; },
      expect: ['data/events/zapatistas.json · zapatistas · uncited.es: is missing (expected text)'],
    },
    {
      name: 'a start that says nowhere where it comes from',
      change: (f) => { delete eventJson(f).paperDate; },
      expect: [
        'data/events/water-war.json · water-war · start: "2000-01": say where this start comes from: the paper\'s words in "paperDate.start", a loose reading in "approximate", or a source in "outsidePaper.start"',
        'data/events/water-war.json · water-war · end: "2000-04": say where this end comes from: the paper\'s words in "paperDate.end", a loose reading in "approximate", or a source in "outsidePaper.end"',
      ],
    },
    {
      name: 'an era end that says nowhere where it comes from',
      change: (f) => { delete listJson(f, 'eras')[1]!.approximate; },
      expect: ['data/eras.json · cycle-2000-2005 · end: "2005": say where this end comes from: the paper\'s words in "paperDate.end", a loose reading in "approximate", or a source in "outsidePaper.end"'],
    },
    {
      name: 'the paper’s words for a date that are not in the paper',
      change: (f) => { (eventJson(f).paperDate as Record<string, string>).start = 'In January 2000'; },
      expect: ['data/events/water-war.json · water-war · paperDate.start: is not found word for word in the paper: "In January 2000"'],
    },
    {
      name: 'a month finer than the paper’s words',
      change: (f) => { eventJson(f).start = '2000-02'; },
      expect: ['data/events/water-war.json · water-war · paperDate.start: does not name the month of "2000-02"; a month the paper does not state goes in "outsidePaper" (with "value")'],
    },
    {
      name: 'a day finer than the paper’s words',
      change: (f) => { eventJson(f).start = '2000-01-15'; },
      expect: ['data/events/water-war.json · water-war · paperDate.start: does not give the day of "2000-01-15"; a day the paper does not state goes in "outsidePaper" (with "value")'],
    },
    {
      name: 'a date both from the paper and from outside it',
      change: (f) => { eventJson(f).outsidePaper = { start: { note: { en: 'Elsewhere.', es: 'En otra parte.' } } }; },
      expect: ['data/events/water-war.json · water-war · paperDate.start: says the paper states the start, but "outsidePaper.start" says it does not; keep one'],
    },
    {
      name: 'an outside-the-paper note in English only',
      change: (f) => { eventJson(f, 1).outsidePaper = { start: { note: 'The paper does not date it.' } }; },
      expect: ['data/events/zapatistas.json · zapatistas · outsidePaper.start.note: expected an object, got the text "The paper does not date it."'],
    },
    {
      name: 'a Bolivian event with no place',
      change: (f) => { eventJson(f).places = []; },
      expect: ['data/events/water-war.json · water-war · places: must name at least one place (only regional or world context, which the paper may place nowhere, can have none)'],
    },
    {
      name: 'a file that is not JSON',
      change: (f) => { f.places = { file: 'data/places.json', json: undefined, readError: 'is not valid JSON: Unexpected token' }; },
      expect: [
        'data/places.json: is not valid JSON: Unexpected token',
        'data/events/water-war.json · water-war · places[0]: "cochabamba" is not a known place (see data/places.json)',
        'data/events/zapatistas.json · zapatistas · places[0]: "mexico" is not a known place (see data/places.json)',
      ],
    },
  ];

  for (const { name, change, expect } of broken) {
    it(`rejects ${name}`, () => {
      assert.deepEqual(problemLines(withChange(change)), expect);
    });
  }

  it('reports every problem at once', () => {
    const files = withChange((f) => {
      eventJson(f).start = '2000-13';
      eventJson(f, 1).footnotes = [89];
      Object.assign(listJson(f, 'places')[0]!, { lat: 'south' });
    });
    assert.equal(problemLines(files).length >= 3, true);
  });
});
