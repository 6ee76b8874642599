import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDataset } from '../dataset/load';
import type { Work } from '../schema';
import { correctWork } from './corrections';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { toCslJson, type CslItem } from './cslJson';
import { splitIsoDate } from './dateParts';
import { nastyDataset } from './fixture.test-helper';

function checkItems(works: readonly Work[]) {
  const items = JSON.parse(JSON.stringify(toCslJson(works)));
  assert.ok(Array.isArray(items));
  assert.equal(items.length, works.length);
  assert.equal(new Set(items.map((i: { id: string }) => i.id)).size, items.length, 'ids are unique');
  works.forEach((original, i) => {
    const { work } = correctWork(original);
    const item = items[i];
    assert.equal(item.id, work.id);
    assert.equal(item.type, work.type);
    assert.equal(item.title, work.title);
    assert.equal('corrections' in item, false);
    if (work.issued) {
      const { year, month, day } = splitIsoDate(work.issued);
      assert.deepEqual(item.issued, { 'date-parts': [[year, month, day].filter((n) => n !== undefined)] });
    } else {
      assert.equal(item.issued, undefined);
    }
  });
  return items;
}

describe('toCslJson (fixture)', () => {
  const data = nastyDataset();

  it('maps every field onto its CSL variable, dates at their own precision', () => {
    const items = checkItems(data.works);
    assert.deepEqual(items[0], {
      id: 'zibechi-2005-nasty',
      type: 'article-journal',
      author: [{ family: 'Zibechi', given: 'Raúl' }, { family: 'Pérez, Jr.', given: 'Ana María' }],
      title: data.works[0]!.title,
      'container-title': 'Socialism & Democracy',
      volume: '19',
      issue: '3',
      issued: { 'date-parts': [[2005, 10, 14]] },
      page: '151–160',
      URL: 'http://example.org/a_b%20c?x=1&y=2#frag',
      note: 'As printed in the paper: author[0].given: Raul',
    });
    const book = items.find((i: { id: string }) => i.id === 'alvarez-1998-cultures');
    assert.equal(book.author, undefined, 'an edited book has editors only');
    assert.deepEqual(book.editor, [{ family: 'Alvarez', given: 'Sonia E' }, { family: 'Dagnino', given: 'Evelina' }]);
    assert.equal(book['collection-title'], 'Series, with a comma');
    assert.equal(book['publisher-place'], 'Boulder, Col.');
    assert.deepEqual(book.issued, { 'date-parts': [[1998]] });
    assert.deepEqual(items.find((i: { id: string }) => i.id === 'le-bot-2004').author, [{ family: 'Le Bot' }]);
  });

  it('uses corrected values and notes what the paper printed', () => {
    const item = toCslJson(data.works).find((i) => i.id === 'rivera-2006-roots')!;
    assert.equal(item.title, 'The Roots of the Rebellion');
    assert.deepEqual(item.editor, [{ family: 'Ballvé', given: 'Teo' }, { family: 'Prashad', given: 'Vijay' }]);
    assert.equal(item.note, 'As printed in the paper: title: The Roots of the Rebelion; editor[1].family: Pra');
    assert.equal(data.works.find((w) => w.id === 'rivera-2006-roots')!.corrections?.length, 2, 'the data is not changed');
  });

  it('is read back unchanged by citation-js, and citeproc formats every item', () => {
    readBack(toCslJson(data.works));
  });
});

/**
 * A real CSL-JSON client: citation-js reads the list as CSL-JSON and keeps every variable as
 * written, and its citeproc-js formats each item with its first author (or editor) and title.
 */
function readBack(items: CslItem[]) {
  const cite = new Cite(JSON.parse(JSON.stringify(items)), { forceType: '@csl/list+object' });
  const back = cite.data.map(({ _graph, ...item }) => (void _graph, item));
  assert.deepEqual(back, items);
  for (const item of items) {
    const text: string = new Cite(item).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
    // citeproc renders straight quotes as curly ones; compare the words only.
    const words = (s: string) => s.replace(/[“”‘’"']/g, '').replace(/\s+/g, ' ');
    assert.ok(words(text).includes(words(item.title)), `${item.id}: ${text}`);
    const first = (item.author ?? item.editor)?.[0];
    if (first) assert.ok(text.includes(first.family), `${item.id}: ${text} names ${first.family}`);
  }
}

describe('toCslJson (real dataset)', () => {
  it('gives one item per work, corrections applied', () => {
    const { dataset } = loadDataset();
    assert.ok(dataset);
    const items = checkItems(dataset.works);
    const corrected = dataset.works.filter((w) => w.corrections?.length);
    for (const work of corrected) {
      const item = items.find((i: { id: string }) => i.id === work.id);
      assert.match(item.note, /^As printed in the paper: /, work.id);
      assert.equal(item.note.split('; ').length, work.corrections!.length, `${work.id}: every correction is noted`);
    }
    readBack(items);
  });
});
