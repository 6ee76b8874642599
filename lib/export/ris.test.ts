import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDataset } from '../dataset/load';
import type { Work } from '../schema';
import { correctWork } from './corrections';
import { nastyDataset } from './fixture.test-helper';
import { toRis } from './ris';

type RisRecord = [tag: string, value: string][];

/** Reads RIS line by line, strictly: CRLF only, every line "TAG  - value", records TY … ER. */
function parseRis(text: string): RisRecord[] {
  assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
  assert.equal(text.replace(/\r\n/g, '').includes('\r'), false, 'no bare CR');
  const records: RisRecord[] = [];
  let current: RisRecord | undefined;
  for (const line of text.split('\r\n')) {
    if (line === '') continue;
    const match = /^([A-Z][A-Z0-9])  - (.*)$/.exec(line);
    assert.ok(match, `not a RIS line: ${JSON.stringify(line)}`);
    const [, tag, value] = match;
    if (tag === 'TY') {
      assert.equal(current, undefined, 'TY inside an open record');
      current = [];
    }
    assert.ok(current, `${tag} outside a record`);
    current.push([tag!, value!]);
    if (tag === 'ER') {
      assert.equal(value, '');
      records.push(current);
      current = undefined;
    }
  }
  assert.equal(current, undefined, 'the last record ends with ER');
  return records;
}

const valuesOf = (record: RisRecord, tag: string) => record.filter(([t]) => t === tag).map(([, v]) => v);

function checkRecords(works: readonly Work[]) {
  const records = parseRis(toRis(works));
  assert.equal(records.length, works.length);
  works.forEach((original, i) => {
    const { work } = correctWork(original);
    const record = records[i]!;
    assert.equal(record[0]![0], 'TY');
    assert.deepEqual(valuesOf(record, 'ID'), [work.id]);
    assert.deepEqual(valuesOf(record, 'TI'), [work.title]);
    assert.deepEqual(valuesOf(record, 'AU'), (work.author ?? []).map((n) => (n.given ? `${n.family}, ${n.given}` : n.family)));
    assert.deepEqual(valuesOf(record, 'A2'), (work.editor ?? []).map((n) => (n.given ? `${n.family}, ${n.given}` : n.family)));
    assert.deepEqual(valuesOf(record, 'PY'), work.issued ? [work.issued.slice(0, 4)] : []);
    assert.deepEqual(valuesOf(record, 'UR'), work.url ? [work.url] : []);
  });
  return records;
}

describe('toRis (fixture)', () => {
  const data = nastyDataset();

  it('writes one well-formed record per work', () => {
    const records = checkRecords(data.works);
    const byId = new Map(records.map((r) => [valuesOf(r, 'ID')[0], r]));
    const nasty = byId.get('zibechi-2005-nasty')!;
    assert.deepEqual(valuesOf(nasty, 'AU'), ['Zibechi, Raúl', 'Pérez, Jr., Ana María']);
    assert.deepEqual(valuesOf(nasty, 'T2'), ['Socialism & Democracy']);
    assert.deepEqual(valuesOf(nasty, 'DA'), ['2005/10/14/']);
    assert.deepEqual([valuesOf(nasty, 'SP'), valuesOf(nasty, 'EP')], [['151'], ['160']], 'an en-dash range splits');
    assert.deepEqual(valuesOf(nasty, 'N1'), ['As printed in the paper: author[0].given: Raul']);
    assert.deepEqual(valuesOf(byId.get('le-bot-2004')!, 'DA'), ['2004/12//'], 'a month date has no day');
    assert.deepEqual(valuesOf(byId.get('alvarez-1998-cultures')!, 'DA'), [], 'a year alone is PY only');
    assert.deepEqual(valuesOf(byId.get('alvarez-1998-cultures')!, 'T3'), ['Series, with a comma']);
    assert.deepEqual(valuesOf(byId.get('newspaper-x')!, 'SP'), ['A4']);
    assert.deepEqual(valuesOf(byId.get('newspaper-x')!, 'EP'), []);
    const types = records.map((r) => r[0]![1]);
    assert.deepEqual(types, ['JOUR', 'JOUR', 'BOOK', 'CHAP', 'ELEC', 'GEN', 'MGZN', 'NEWS', 'SOUND', 'RPRT', 'CPAPER', 'UNPB']);
  });

  it('keeps every value on one line', () => {
    const work: Work = { id: 'w', type: 'book', title: 'Two\nlines\r\nthree' };
    assert.deepEqual(valuesOf(parseRis(toRis([work]))[0]!, 'TI'), ['Two lines three']);
  });
});

describe('toRis (real dataset)', () => {
  it('writes one well-formed record per work', () => {
    const { dataset } = loadDataset();
    assert.ok(dataset);
    checkRecords(dataset.works);
  });
});
