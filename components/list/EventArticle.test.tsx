import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildLookup } from '@/lib/dataset/lookup';
import { eventDatesOf } from '@/lib/dates/eventDates';
import { messagesFor } from '@/lib/i18n/messages';
import type { HistoricalEvent } from '@/lib/schema';
import { EventArticle } from './EventArticle';

/** Data is shown as text, never as HTML: hostile text in any field renders escaped. */
it('renders <script> and <img onerror> in data as text', () => {
  const evil = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">';
  const event: HistoricalEvent = {
    id: 'evil', scope: 'bolivia', title: { en: `Title ${evil}`, es: evil }, summary: { en: `Summary ${evil}`, es: evil },
    start: '2000', places: ['p'], movements: [], themes: [], footnotes: [1], quotes: [{ text: `Quote ${evil}`, footnote: 1 }],
    related: [], outsidePaper: { places: [{ id: 'p', note: { en: `Note ${evil}`, es: evil } }] }, approximate: { en: `c. ${evil}`, es: evil },
  };
  const lookup = buildLookup({
    events: [event],
    places: [{ id: 'p', name: `Place ${evil}`, kind: 'city', lat: -17, lon: -66, country: 'BO', department: 'BO-C' }],
    movements: [], themes: [],
    footnotes: [{ number: 1, text: `Footnote ${evil} http://example.org/a"onmouseover="x`, works: ['w'] }],
    works: [{ id: 'w', type: 'webpage', title: `Work ${evil}`, url: 'http://example.org/' }],
  });
  const html = renderToStaticMarkup(<EventArticle event={event} dates={eventDatesOf(event)} lookup={lookup} locale="en" t={messagesFor('en')} href="/events/evil/" />);
  assert.ok(!html.includes('<script>'), 'no script element');
  assert.ok(!/<img[\s>]/.test(html), 'no img element');
  // Inside real tags (text has its "<" escaped), no attribute is an event handler.
  assert.ok(!/<[^>]*\son\w+=/i.test(html), 'no event-handler attribute');
  assert.ok(html.includes('&lt;script&gt;window.__pwned=1&lt;/script&gt;'), 'the text is shown, escaped');
  for (const a of html.match(/<a [^>]*target="_blank"[^>]*>/g) ?? []) assert.match(a, /rel="noopener noreferrer"/);
});

/** The notes on dates and places, and the reason an event has no footnote, are in the page's language. */
it('shows the notes and the uncited reason in the page’s language, where the footnotes would be', () => {
  const event: HistoricalEvent = {
    id: 'evo', scope: 'bolivia', title: { en: 'Election', es: 'Elección' }, summary: { en: 'S.', es: 'R.' },
    start: '2005-12', places: ['p'], movements: [], themes: [], footnotes: [], quotes: [], related: [],
    uncited: { en: 'The paper states this without a footnote.', es: 'El artículo lo afirma sin nota al pie.' },
    approximate: { en: 'loosely', es: 'de forma laxa' },
    outsidePaper: { start: { note: { en: 'From standard histories.', es: 'Según las historias generales.' } } },
  };
  const lookup = buildLookup({
    events: [event], movements: [], themes: [], footnotes: [], works: [],
    places: [{ id: 'p', name: 'La Paz', kind: 'city', lat: -16.5, lon: -68.1, country: 'BO', department: 'BO-L' }],
  });
  const es = renderToStaticMarkup(<EventArticle event={event} dates={eventDatesOf(event)} lookup={lookup} locale="es" t={messagesFor('es')} />);
  assert.match(es, /Sin nota al pie en el artículo:<\/strong> El artículo lo afirma sin nota al pie\./);
  assert.match(es, /Según las historias generales\./);
  assert.match(es, /de forma laxa/);
  // The start from outside the paper, in words, beside its mark.
  assert.match(es, /<p class="outside-dates"><span>diciembre de 2005<span/);
  assert.ok(!es.includes('From standard histories'), 'no English note on the Spanish page');
  assert.ok(!es.includes('<ol class="footnotes"'), 'no empty footnote list');
  const en = renderToStaticMarkup(<EventArticle event={event} dates={eventDatesOf(event)} lookup={lookup} locale="en" t={messagesFor('en')} />);
  assert.match(en, /No footnote in the paper:<\/strong> The paper states this without a footnote\./);
});
