import { messagesFor } from '../i18n/messages';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDataset } from '../dataset/load';
import { withEventDates } from '../dates/eventDates';
import { formatDateRange } from '../dates/format';
import { precisionOf } from '../schema/isoDate';
import { nastyDataset } from './fixture.test-helper';
import { escapeHtml } from './html';
import { eventsToTimelineJs } from './timelinejs';

/** The keys a TimelineJS date must have for an ISO partial date, and no more. */
function expectedKeys(value: string): string[] {
  return { year: ['year'], month: ['year', 'month'], day: ['year', 'month', 'day'] }[precisionOf(value)];
}

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('eventsToTimelineJs (fixture)', () => {
  const data = withEventDates(nastyDataset());
  const doc = JSON.parse(JSON.stringify(eventsToTimelineJs(data.events, data, 'en')));
  const slide = (id: string) => doc.events.find((e: { unique_id: string }) => e.unique_id === id);

  it('has a title slide and every event, grouped by scope', () => {
    assert.equal(doc.title.text.headline, 'Bolivian Social Mobilisations');
    assert.deepEqual(doc.events.map((e: { unique_id: string }) => e.unique_id), data.events.map((e) => e.id));
    assert.equal(slide('katari-uprising').group, 'Bolivia');
    assert.equal(slide('zapatistas').group, 'Regional context');
  });

  it('groups an event of the world scope under its own name, in the file\'s language', () => {
    const world = { ...data.events[0]!, scope: 'world' as const };
    assert.equal(eventsToTimelineJs([world], data, 'en').events[0]!.group, 'Beyond Latin America');
    assert.equal(eventsToTimelineJs([world], data, 'es').events[0]!.group, messagesFor('es').scopeWorld);
  });

  it('gives dates at exactly the data’s precision, never inventing a month or day', () => {
    assert.deepEqual(slide('katari-uprising').start_date, { year: 1780 });
    assert.deepEqual(slide('katari-uprising').end_date, { year: 1781 });
    assert.deepEqual(slide('water-war').start_date, { year: 2000, month: 1 });
    assert.deepEqual(slide('water-war').end_date, { year: 2000, month: 4 });
    assert.deepEqual(slide('zapatistas').start_date, { year: 1994, month: 1, day: 1 });
    assert.equal('end_date' in slide('gas-war'), false, 'a point in time has no end date');
  });

  it('shows a loose date as such, and only there', () => {
    assert.equal(slide('zapatistas').display_date, 'c. 1 January 1994');
    assert.match(slide('zapatistas').text.text, /<em>The paper dates this loosely: in the past few decades, &quot;roughly&quot; &amp; &lt;loosely&gt;<\/em>/);
    assert.equal('display_date' in slide('water-war'), false);
  });

  it('escapes all data text: no markup from the data survives', () => {
    const katari = slide('katari-uprising');
    assert.equal(katari.text.headline, 'Túpaj Katari, Potosí &quot;uprising&quot; &lt;script&gt;alert(1)&lt;/script&gt;');
    assert.match(katari.text.text, /^<p>First line, with a comma\.<br>Second &quot;quoted&quot; line; 50% &amp; \{braces\}_x\.<br>Third line\.<\/p>/);
    const json = JSON.stringify(doc);
    assert.doesNotMatch(json, /<script|<img|<b>|<i>|<loosely/);
    const es = JSON.stringify(eventsToTimelineJs(data.events, data, 'es'));
    assert.match(es, /Potosí &lt;img onerror=x&gt;/);
    assert.doesNotMatch(es, /<script|<img/);
  });

  it('lists the footnotes with the paper’s numbers, and the notes from outside the paper', () => {
    const text: string = slide('katari-uprising').text.text;
    assert.match(text, /<ol><li value="2">Ibid\., 12, &quot;quoted&quot;,\nwith commas\.<\/li><li value="1">Raúl Zibechi, ‘Subterranean echos,’ 50% &amp; \{braces\}_x \$5 #1 ~tilde \^caret back\\slash &lt;b&gt;; see Le Bot\.<\/li><\/ol>$/);
    assert.match(text, /<small>Detail not stated in the paper: start 1780-11: The month is from standard histories\. \| place La Paz: The paper says only &quot;the Andes&quot;, not La Paz\.<\/small>/);
    assert.equal(slide('water-war').text.text.includes('<small>'), false);
  });

  it('speaks Spanish when asked', () => {
    const es = eventsToTimelineJs(data.events, data, 'es');
    assert.equal(es.title.text.headline, 'Movilizaciones sociales en Bolivia');
    assert.equal(es.events[0]!.text.headline, 'Levantamiento de Túpaj Katari, Potosí &lt;img onerror=x&gt;');
    assert.equal(es.events[2]!.group, 'Contexto regional');
    assert.equal(es.events[2]!.display_date, 'ca. 1 de enero de 1994');
  });
});

describe('eventsToTimelineJs eras', () => {
  const data = withEventDates(nastyDataset());

  it('draws the eras around the events, both dates given, in the reader\'s language', () => {
    const doc = eventsToTimelineJs(data.events, data, 'en');
    assert.deepEqual(doc.eras, [{ start_date: { year: 1532 }, end_date: { year: 1825 }, text: { headline: 'Colonial', text: '<p>Rule.</p>' } }]);
    assert.equal(eventsToTimelineJs(data.events, data, 'es').eras[0]!.text.headline, 'Colonia');
  });

  it('leaves out an era no event overlaps', () => {
    const gasWar = data.events.filter((e) => e.id === 'gas-war');
    assert.deepEqual(eventsToTimelineJs(gasWar, data, 'en').eras, []);
  });
});

describe('eventsToTimelineJs (real dataset)', () => {
  it('has every era dataset.json has, in the same order', () => {
    const { dataset } = loadDataset();
    assert.ok(dataset);
    const doc = eventsToTimelineJs(dataset.events, withEventDates(dataset), 'en');
    assert.deepEqual(doc.eras.map((e) => e.text.headline), dataset.eras.map((e) => e.name.en));
    for (const era of doc.eras) assert.ok(era.end_date.year >= era.start_date.year);
  });

  it('has every event, each date at its own precision', () => {
    const { dataset } = loadDataset();
    assert.ok(dataset);
    const doc = eventsToTimelineJs(dataset.events, withEventDates(dataset), 'en');
    assert.equal(doc.events.length, dataset.events.length);
    dataset.events.forEach((event, i) => {
      const s = doc.events[i]!;
      assert.equal(s.unique_id, event.id);
      assert.deepEqual(Object.keys(s.start_date), expectedKeys(event.start), `${event.id} start`);
      if (event.end) assert.deepEqual(Object.keys(s.end_date!), expectedKeys(event.end), `${event.id} end`);
      else assert.equal(s.end_date, undefined);
      assert.equal(s.display_date !== undefined, event.approximate !== undefined, `${event.id} display_date`);
      if (event.approximate) assert.equal(s.display_date, `c. ${formatDateRange(event.start, event.end, 'en')}`, `${event.id} display_date`);
      assert.equal(s.text.text.match(/<li value="/g)?.length ?? 0, event.footnotes.length);
      if (event.uncited) assert.ok(s.text.text.includes(event.uncited.en), `${event.id} says why it has no footnote`);
    });
  });
});
