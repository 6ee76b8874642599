import assert from 'node:assert/strict';
import { it } from 'node:test';
import { citeEvent, formatNoteNumbers } from './citeEvent';
import { citationParts, formatNames } from './formatWork';

it('collapses footnote runs into ranges', () => {
  assert.equal(formatNoteNumbers([4, 5, 6, 56]), '4–6, 56');
  assert.equal(formatNoteNumbers([10]), '10');
  assert.equal(formatNoteNumbers([9, 8]), '8, 9');
});

it('cites the paper with the event’s notes and URL', () => {
  const event = {
    id: 'water-war', scope: 'bolivia', title: { en: 'The Water War', es: 'La Guerra del Agua' }, summary: { en: '', es: '' },
    start: '2000-01', places: [], movements: [], themes: [], footnotes: [4, 5, 6], quotes: [], related: [],
  } as const;
  assert.equal(
    citeEvent({ ...event, places: [], movements: [], themes: [], footnotes: [4, 5, 6], quotes: [], related: [] }, 'https://example.org/events/water-war/', 'en', 'Bolivian Social Mobilisations'),
    'April Carrière, “Social Movements and the Bolivian State: Anarchistic Trends in Practice and Theory,” nn. 4–6; as cited in “The Water War,” Bolivian Social Mobilisations, https://example.org/events/water-war/.',
  );
});

it('formats names Chicago-style', () => {
  assert.equal(formatNames([{ family: 'Hylton', given: 'Forrest' }, { family: 'Thomson', given: 'Sinclair' }, { family: 'Gilly', given: 'Adolfo' }]), 'Hylton, Forrest, Sinclair Thomson, and Adolfo Gilly');
  assert.equal(citationParts({ id: 'x', type: 'book', title: 'The Shock Doctrine', author: [{ family: 'Klein', given: 'Naomi' }], publisher: 'Random House of Canada', issued: '2008' }).rest, 'Random House of Canada, 2008');
});
