import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDataset } from '../dataset/load';
import type { Work } from '../schema';
import { correctWork } from './corrections';
import { nastyDataset } from './fixture.test-helper';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { toCslJson } from './cslJson';
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
    assert.equal(valuesOf(record, 'AU').length, work.author?.length ?? 0);
    assert.equal(valuesOf(record, work.type === 'book' ? 'A3' : 'A2').length, work.editor?.length ?? 0);
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
    assert.deepEqual(valuesOf(nasty, 'AU'), ['Zibechi, Raúl', 'Pérez, Ana María, Jr.']);
    assert.deepEqual(valuesOf(nasty, 'T2'), ['Socialism & Democracy']);
    assert.deepEqual(valuesOf(nasty, 'DA'), ['2005/10/14/']);
    assert.deepEqual([valuesOf(nasty, 'SP'), valuesOf(nasty, 'EP')], [['151'], ['160']], 'an en-dash range splits');
    assert.deepEqual(valuesOf(nasty, 'N1'), ['As printed in the paper: author[0].given: Raul']);
    assert.deepEqual(valuesOf(byId.get('le-bot-2004')!, 'DA'), ['2004/12//'], 'a month date has no day');
    assert.deepEqual(valuesOf(byId.get('alvarez-1998-cultures')!, 'DA'), ['1998///'], 'a year alone has empty month and day');
    assert.deepEqual(valuesOf(byId.get('alvarez-1998-cultures')!, 'T2'), ['Series, with a comma'], 'a book\'s series is T2');
    assert.deepEqual(valuesOf(byId.get('alvarez-1998-cultures')!, 'A3'), ['Alvarez, Sonia E', 'Dagnino, Evelina'], 'a book\'s editors are A3');
    assert.deepEqual(valuesOf(byId.get('rivera-2006-roots')!, 'A2'), ['Ballvé, Teo', 'Prashad, Vijay'], 'a chapter\'s editors are A2');
    assert.deepEqual(valuesOf(byId.get('newspaper-x')!, 'SP'), ['A4']);
    assert.deepEqual(valuesOf(byId.get('newspaper-x')!, 'EP'), []);
    const types = records.map((r) => r[0]![1]);
    assert.deepEqual(types, ['JOUR', 'JOUR', 'BOOK', 'CHAP', 'ELEC', 'GEN', 'MGZN', 'NEWS', 'SOUND', 'RPRT', 'CONF', 'UNPB']);
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

type CslName = { family?: string; given?: string; suffix?: string; literal?: string };

/** A name as RIS readers split "Family, Given, Suffix". */
function expectedName(name: { family: string; given?: string }): CslName {
  if (!name.given) return { family: name.family };
  const [family, ...suffix] = name.family.split(/,\s*/);
  return suffix.length ? { family, given: name.given, suffix: suffix.join(', ') } : { family, given: name.given };
}
/** citation-js gives a lone family name of two words ("Le Bot") as a literal. */
const readName = (n: CslName): CslName =>
  n.literal ? { family: n.literal } : { family: n.family, ...(n.given ? { given: n.given } : {}), ...(n.suffix ? { suffix: n.suffix } : {}) };

/**
 * Where citation-js reads a field differently from what was meant, by its own RIS mapping: it
 * has no interview or broadcast type (GEN is a document, SOUND a motion picture), no tag for a
 * website's name on ELEC (T2 there is a collection title), and takes a NEWS item's AU as its
 * reporter, and only the year of its date.
 */
const CITATION_JS_TYPES: Partial<Record<string, string>> = { interview: 'document', broadcast: 'motion_picture' };

/** Reads the RIS with citation-js and compares every field with the CSL-JSON export of the same work. */
function readBackWithCitationJs(works: readonly Work[]) {
  const back = new Cite(toRis(works), { forceType: '@ris/file' }).data;
  const items = toCslJson(works);
  assert.equal(back.length, items.length);
  items.forEach((item, i) => {
    const read = back[i] as Record<string, unknown>;
    const news = item.type === 'article-newspaper';
    assert.equal(read.id, item.id);
    assert.equal(read.type, CITATION_JS_TYPES[item.type] ?? item.type, item.id);
    assert.equal(read.title, item.title, item.id);
    if (!news) assert.deepEqual(((read.author ?? []) as CslName[]).map(readName), (item.author ?? []).map(expectedName), `${item.id}: authors`);
    assert.deepEqual(((read.editor ?? []) as CslName[]).map(readName), (item.editor ?? []).map(expectedName), `${item.id}: editors (not series editors)`);
    const website = item.type === 'webpage';
    assert.equal(read['container-title'], website ? undefined : item['container-title'], `${item.id}: container`);
    assert.equal(read['collection-title'], website ? item['container-title'] : item['collection-title'], `${item.id}: series`);
    for (const key of ['volume', 'issue', 'publisher', 'publisher-place', 'URL', 'note'] as const) assert.equal(read[key], item[key], `${item.id}: ${key}`);
    assert.equal(read.page, item.page?.replace('–', '-'), `${item.id}: page`);
    const issued = news && item.issued ? { 'date-parts': [[item.issued['date-parts'][0][0]]] } : item.issued;
    assert.deepEqual(read.issued, issued, `${item.id}: issued`);
  });
}

describe('toRis read back by citation-js', () => {
  it('gives the fixture\'s fields back in the tags a reader reads', () => {
    readBackWithCitationJs(nastyDataset().works);
  });

  it('gives every work of the dataset back, editors as editors and series as series', () => {
    const { dataset } = loadDataset();
    assert.ok(dataset);
    const books = dataset.works.filter((w) => w.type === 'book' && w.editor?.length && w.collectionTitle);
    assert.ok(books.length > 0, 'the data has an edited book in a series');
    readBackWithCitationJs(dataset.works);
  });
});
