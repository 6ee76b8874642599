import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Papa from 'papaparse';
import { loadDataset } from '../dataset/load';
import { sortEvents } from '../dataset/lookup';
import { CSV_COLUMNS, datasetCsv, eventsToCsv, quoteCsvField } from './csv';
import { NASTY, nastyDataset } from './fixture.test-helper';

/** Reads a CSV back with a real parser, as a spreadsheet or a script would. */
function parseCsv(text: string) {
  assert.ok(text.startsWith('\uFEFF'), 'starts with a UTF-8 byte-order mark');
  const result = Papa.parse<Record<string, string>>(text.slice(1), { header: true, newline: '\r\n', skipEmptyLines: true });
  assert.deepEqual(result.errors, []);
  assert.deepEqual(result.meta.fields, [...CSV_COLUMNS]);
  return result.data;
}

describe('quoteCsvField', () => {
  it('quotes only what RFC 4180 requires, doubling quotes', () => {
    assert.equal(quoteCsvField('plain'), 'plain');
    assert.equal(quoteCsvField('a, b'), '"a, b"');
    assert.equal(quoteCsvField('say "hi"'), '"say ""hi"""');
    assert.equal(quoteCsvField('two\nlines'), '"two\nlines"');
    assert.equal(quoteCsvField('cr\ronly'), '"cr\ronly"');
    assert.equal(quoteCsvField(''), '');
  });
});

describe('eventsToCsv (fixture)', () => {
  const data = nastyDataset();

  it('ends every record with CRLF', () => {
    const text = eventsToCsv(data.events.slice(1), data, 'en');
    assert.ok(text.endsWith('\r\n'));
    assert.equal(text.split('\r\n').length, data.events.length - 1 + 2, 'header, rows, and the empty tail');
  });

  it('round-trips accents, commas, quotes and line breaks exactly', () => {
    const rows = parseCsv(eventsToCsv(data.events, data, 'en'));
    assert.equal(rows.length, data.events.length);
    const katari = rows[0]!;
    assert.equal(katari.id, 'katari-uprising');
    assert.equal(katari.title, NASTY.title);
    assert.equal(katari.title_en, NASTY.title);
    assert.equal(katari.title_es, NASTY.titleEs);
    assert.equal(katari.summary_en, NASTY.summary);
    assert.equal(katari.summary_es, 'Primera línea, con coma.\nSegunda «línea» "citada".');
    assert.equal(katari.start, '1780');
    assert.equal(katari.end, '1781');
    assert.equal(katari.approximate, '');
    assert.equal(katari.place_names, 'Potosí; La Paz');
    assert.equal(katari.place_ids, 'potosi; la-paz');
    assert.equal(katari.departments, 'BO-P; BO-L');
    assert.equal(katari.movements, 'Ayllus, "communities"');
    assert.equal(katari.movement_ids, 'ayllus');
    assert.equal(katari.themes, 'Direct action');
    assert.equal(katari.footnotes, '2; 1');
    assert.equal(katari.footnote_texts, `2. Ibid., 12, "quoted",\nwith commas. | 1. Raúl Zibechi, ‘Subterranean echos,’ ${NASTY.tex}; see Le Bot.`);
    assert.equal(katari.outside_paper, 'start 1780-11: The month is from standard histories. | place La Paz: The paper says only "the Andes", not La Paz.');
    assert.equal(katari.url, '');
    const zapatistas = rows[2]!;
    assert.equal(zapatistas.scope, 'region');
    assert.equal(zapatistas.end, '');
    assert.equal(zapatistas.approximate, 'in the past few decades, "roughly" & <loosely>');
    assert.equal(zapatistas.departments, '', 'a place outside Bolivia has no department');
    assert.equal(zapatistas.place_names, 'Mexico');
  });

  it('names things in the chosen language and links each event under baseUrl', () => {
    const rows = parseCsv(eventsToCsv(data.events, data, 'es', { baseUrl: 'https://example.org/bolivia/' }));
    assert.equal(rows[0]!.title, NASTY.titleEs);
    assert.equal(rows[0]!.title_en, NASTY.title);
    assert.equal(rows[0]!.movements, 'Ayllus, «comunidades»');
    assert.equal(rows[2]!.place_names, 'México');
    assert.equal(rows[0]!.url, 'https://example.org/bolivia/es/events/katari-uprising/');
    const en = parseCsv(eventsToCsv(data.events, data, 'en', { baseUrl: 'https://example.org' }));
    assert.equal(en[1]!.url, 'https://example.org/events/water-war/');
  });

  it('fails loudly on a reference the dataset does not hold', () => {
    const broken = { ...data.events[1]!, places: ['atlantis'] };
    assert.throws(() => eventsToCsv([broken], data, 'en'), /event water-war refers to an unknown place: atlantis/);
  });
});

describe('datasetCsv (real dataset)', () => {
  const { dataset } = loadDataset();

  it('has one row per event, in time order, with every field as in the data', () => {
    assert.ok(dataset);
    const rows = parseCsv(datasetCsv(dataset));
    const events = sortEvents(dataset.events);
    assert.equal(rows.length, events.length);
    events.forEach((event, i) => {
      const row = rows[i]!;
      assert.equal(row.id, event.id);
      assert.equal(row.title_en, event.title.en);
      assert.equal(row.title_es, event.title.es);
      assert.equal(row.summary_en, event.summary.en);
      assert.equal(row.summary_es, event.summary.es);
      assert.equal(row.start, event.start);
      assert.equal(row.end, event.end ?? '');
      assert.equal(row.place_ids, event.places.join('; '));
      assert.equal(row.footnotes, event.footnotes.join('; '));
      assert.equal(row.footnote_texts === '' ? 0 : row.footnote_texts!.split(' | ').length, event.footnotes.length);
      assert.equal(row.uncited, event.uncited?.en ?? '');
      assert.equal(row.approximate, event.approximate?.en ?? '');
      assert.equal(row.outside_paper === '', event.outsidePaper === undefined);
    });
  });

  it('writes the notes in the file’s language, the paper’s words kept as printed', () => {
    assert.ok(dataset);
    const rows = parseCsv(datasetCsv(dataset, 'es'));
    const tolata = rows.find((r) => r.id === 'tolata-massacre')!;
    assert.match(tolata.outside_paper!, /^inicio 1974-01-29: El artículo da solo el año; la fecha del 29 de enero de 1974/);
    assert.match(tolata.outside_paper!, /lugar Tolata: El artículo dice solo “in Cochabamba”/);
    const evo = rows.find((r) => r.id === 'evo-morales-election')!;
    assert.equal(evo.uncited, 'El artículo lo afirma sin nota al pie.');
    assert.equal(evo.footnotes, '');
    const legitimacy = rows.find((r) => r.id === 'legitimacy-deteriorates')!;
    assert.match(legitimacy.approximate!, /^“After the 1970s” \(“después de los años setenta”\)/);
  });
});
