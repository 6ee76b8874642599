import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDataset } from '../dataset/load';
import type { Work } from '../schema';
import { correctWork } from './corrections';
import { toCslJson } from './cslJson';
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
    assert.equal(data.works.find((w) => w.id === 'rivera-2006-roots')!.title, 'The Roots of the Rebelion', 'the data is not changed');
  });

  it('ignores a correction that does not match its record', () => {
    // zibechi-2005-nasty also "corrects" editor[0].family, but has no editors.
    assert.doesNotMatch(toCslJson(data.works)[0]!.note ?? '', /editor/);
  });
});

describe('toCslJson (real dataset)', () => {
  it('gives one item per work, corrections applied', () => {
    const { dataset } = loadDataset();
    assert.ok(dataset);
    const items = checkItems(dataset.works);
    const corrected = dataset.works.filter((w) => w.corrections?.length);
    for (const work of corrected) {
      const item = items.find((i: { id: string }) => i.id === work.id);
      assert.match(item.note, /^As printed in the paper: /, work.id);
      assert.equal(item.note.split('; ').length, work.corrections!.length, `${work.id}: every correction applies`);
    }
  });
});
