import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countWords } from '../schema/story';
import { FIXTURE_DEPARTMENTS, FIXTURE_NOW, FIXTURE_PAPER, withChange } from './fixture.test-helper';
import { formatProblem } from './problem';
import type { DataFiles } from './types';
import { validateDataFiles } from './validate';

const ctx = { paperText: FIXTURE_PAPER, departments: FIXTURE_DEPARTMENTS, now: FIXTURE_NOW };

/** Forty-odd words, in each language, so only the field under test is wrong. */
const WORDS_EN = 'Between January and April 2000 farmers, workers, students and neighbours of Cochabamba protested for months against a scheme that handed the city’s water to a private company, including the wells and pipes that the poorest neighbourhoods had built for themselves, and they forced the government to cancel it.';
const WORDS_ES = 'Entre enero y abril de 2000, campesinos, obreros, estudiantes y vecinos de Cochabamba protestaron durante meses contra un plan que entregaba el agua de la ciudad a una empresa privada, incluidos los pozos y las cañerías que los barrios más pobres habían construido por su cuenta, y lograron anularlo.';

function storyJson() {
  return {
    id: 'water-story',
    title: { en: 'Water', es: 'Agua' },
    introduction: { en: 'A short walk.', es: 'Un recorrido breve.' },
    steps: [
      {
        title: { en: 'The Water War', es: 'La Guerra del Agua' },
        text: { en: WORDS_EN, es: WORDS_ES },
        footnotes: [4],
        quote: { text: 'to put an end to a water privatisation scheme', footnote: 4 },
        view: { t: '1999..2001', place: ['cochabamba-department'], event: 'water-war' },
      },
      {
        title: { en: 'Regional context', es: 'Contexto regional' },
        text: { en: WORDS_EN, es: WORDS_ES },
        footnotes: [1],
        view: { t: { from: 1990, to: null }, scope: ['region'] },
      },
    ],
  };
}

type StoryJson = ReturnType<typeof storyJson> & Record<string, unknown>;

function withStory(change: (story: StoryJson) => void, file = 'data/stories/water-story.json'): DataFiles {
  return withChange((f) => {
    const story = storyJson() as StoryJson;
    change(story);
    f.stories = [{ file, json: story }];
  });
}

const lines = (files: DataFiles) => validateDataFiles(files, ctx).problems.map(formatProblem);
const at = (rest: string) => `data/stories/water-story.json · water-story · ${rest}`;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const step = (s: StoryJson, i = 0) => s.steps[i] as any;

describe('story validation', () => {
  it('accepts a valid story and returns it apart from the dataset', () => {
    const result = validateDataFiles(withStory(() => {}), ctx);
    assert.deepEqual(result.problems, []);
    assert.equal(result.ok && result.stories[0]?.steps.length, 2);
  });

  it('counts words as a reader does', () => {
    assert.equal(countWords('one — two  three'), 3);
    assert.equal(countWords('1952 and 1964.'), 3);
  });

  const broken: { name: string; change: (s: StoryJson) => void; expect: string[]; file?: string }[] = [
    { name: 'a text too short', change: (s) => { step(s).text.en = 'Too short.'; }, expect: [at("steps[0].text.en: has 2 words; a step's text has 40–120")] },
    { name: 'a text too long', change: (s) => { step(s, 1).text.es = `${WORDS_ES} ${WORDS_ES} ${WORDS_ES}`; }, expect: [at(`steps[1].text.es: has ${3 * countWords(WORDS_ES)} words; a step's text has 40–120`)] },
    { name: 'a missing translation', change: (s) => { delete step(s).title.es; }, expect: [at('steps[0].title.es: is missing (expected text)')] },
    { name: 'a step without footnotes', change: (s) => { step(s, 1).footnotes = []; }, expect: [at('steps[1].footnotes: must cite at least one of the paper’s footnotes')] },
    { name: 'a footnote the paper does not have', change: (s) => { step(s).footnotes = [4, 89]; }, expect: [at('steps[0].footnotes[1]: 89 is not a footnote of the paper (it has footnotes 1–88)')] },
    { name: 'a quotation not in the paper', change: (s) => { step(s).quote.text = 'to end a water privatisation scheme'; }, expect: [at('steps[0].quote.text: is not found word for word in the paper: "to end a water privatisation scheme"')] },
    { name: 'a quotation citing another footnote', change: (s) => { step(s).quote.footnote = 5; }, expect: [at("steps[0].quote.footnote: 5 is not among the step's footnotes")] },
    { name: 'an unknown event', change: (s) => { step(s).view.event = 'foo'; }, expect: [at('steps[0].view.event: "foo" is not an event id (see data/events/)')] },
    { name: 'an unknown place', change: (s) => { step(s).view.place = ['cochabamba', 'atlantis']; }, expect: [at('steps[0].view.place[1]: "atlantis" is not a place id (see data/places.json; a department is "cochabamba-department" and so on)')] },
    { name: 'an unknown movement', change: (s) => { step(s).view.movement = ['fejuve']; }, expect: [at('steps[0].view.movement[0]: "fejuve" is not a movement id (see data/movements.json)')] },
    { name: 'an unknown theme', change: (s) => { step(s).view.theme = ['Direct-Action']; }, expect: [at('steps[0].view.theme[0]: "Direct-Action" is not a theme id (see data/themes.json)')] },
    { name: 'an unknown scope', change: (s) => { step(s, 1).view.scope = ['galaxy']; }, expect: [at('steps[1].view.scope[0]: "galaxy" is not a scope ("bolivia", "region", "world")')] },
    { name: 'a range that is not one', change: (s) => { step(s).view.t = '1999-2001'; }, expect: [at('steps[0].view.t: "1999-2001" is not a range of whole years (FROM..TO, FROM.., ..TO or one year)')] },
    { name: 'a reversed range', change: (s) => { step(s).view.t = { from: 2001, to: 1999 }; }, expect: [at('steps[0].view.t: "2001..1999" runs backwards; put the earlier year first')] },
    { name: 'a range out of bounds', change: (s) => { step(s).view.t = '1400..2001'; }, expect: [at('steps[0].view.t: "1400..2001" is outside the years 1500–2100')] },
    { name: 'an event its own view leaves out', change: (s) => { step(s).view.t = '2003..2005'; }, expect: [at('steps[0].view.event: "water-war" is left out by the view\'s own t, place, movement, theme or scope; widen them or choose another event')] },
    { name: 'a view that shows nothing', change: (s) => { step(s, 1).view.t = '1500..1600'; }, expect: [at('steps[1].view: shows no event; widen its t, place, movement, theme or scope')] },
    { name: 'a parameter views do not take', change: (s) => { step(s).view.q = 'agua'; }, expect: [at('steps[0].view: "q" is not a known field (check the spelling against data/README.md)')] },
    { name: 'an id that is not the file name', change: (s) => { s.id = 'agua'; }, expect: ['data/stories/water-story.json · agua · id: "agua" does not match the file name; name the file agua.json'] },
    { name: 'a story with one step', change: (s) => { s.steps.pop(); }, expect: [at('steps: must have at least two steps')] },
  ];

  for (const { name, change, expect } of broken) {
    it(`rejects ${name}`, () => assert.deepEqual(lines(withStory(change)), expect));
  }

  it('rejects a story file that is not JSON, naming the file', () => {
    const files = withChange((f) => { f.stories = [{ file: 'data/stories/broken.json', json: undefined, readError: 'is not valid JSON: Unexpected token' }]; });
    assert.deepEqual(lines(files), ['data/stories/broken.json · broken: is not valid JSON: Unexpected token']);
  });

  it('rejects two stories with one id', () => {
    const files = withChange((f) => {
      f.stories = [{ file: 'data/stories/water-story.json', json: storyJson() }, { file: 'data/stories/water-story-2.json', json: storyJson() }];
    });
    assert.deepEqual(lines(files), [
      'data/stories/water-story-2.json · water-story · id: "water-story" does not match the file name; name the file water-story.json',
      at('id: is used by more than one story; ids must be unique'),
    ]);
  });
});
