import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDataset } from '../dataset/load';
import type { Work } from '../schema';
import { entryTypeOf, escapeLatex, REQUIRED_FIELDS, toBibTeX, toBibTeXEntry } from './bibtex';
import { correctWork } from './corrections';
import { NASTY, nastyDataset } from './fixture.test-helper';

/**
 * Better BibTeX's parser, which reads bib(la)tex as biber does and turns LaTeX back into
 * Unicode. Its CommonJS build requires an ESM-only dependency, so load its ESM build.
 */
async function parseBibTeX(text: string) {
  const { parse } = await import('@retorquere/bibtex-parser');
  // No sentence-casing: we want the titles back exactly as written.
  return parse(text, { sentenceCase: false });
}

type Creator = { lastName?: string; name?: string; firstName?: string };
const familyOf = (c: Creator) => c.lastName ?? c.name;

/** Every entry parses, and titles, names, URLs and pages come back as the corrected work has them. */
async function checkRoundTrip(works: readonly Work[]) {
  const library = await parseBibTeX(toBibTeX(works));
  assert.deepEqual(library.errors, []);
  assert.equal(library.entries.length, works.length);
  works.forEach((original, i) => {
    const { work } = correctWork(original);
    const entry = library.entries[i]!;
    assert.equal(entry.key, work.id);
    assert.equal(entry.fields.title, work.title, `${work.id} title`);
    assert.deepEqual((entry.fields.author ?? []).map(familyOf), (work.author ?? []).map((n) => n.family), `${work.id} authors`);
    assert.deepEqual((entry.fields.author ?? []).map((c) => c.firstName), (work.author ?? []).map((n) => n.given), `${work.id} given names`);
    assert.deepEqual((entry.fields.editor ?? []).map(familyOf), (work.editor ?? []).map((n) => n.family), `${work.id} editors`);
    assert.equal(entry.fields.url, work.url, `${work.id} url`);
    assert.equal(entry.fields.pages?.replace('–', '-'), work.page?.replace('–', '-'), `${work.id} pages`);
    if (work.issued) assert.equal(entry.fields.year, work.issued.slice(0, 4));
  });
  return library;
}

describe('escapeLatex', () => {
  it('escapes every special character once, keeping accents', () => {
    assert.equal(escapeLatex('50% & {braces}_x'), '50\\% \\& \\{braces\\}\\_x');
    assert.equal(escapeLatex('$ # ~ ^ \\'), '\\$ \\# \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    assert.equal(escapeLatex('<b> "q"'), '\\textless{}b\\textgreater{} {"}q{"}');
    assert.equal(escapeLatex('Túpaj Katari, Potosí'), 'Túpaj Katari, Potosí');
  });
});

describe('toBibTeX (fixture)', () => {
  const data = nastyDataset();

  it('parses with no errors, every title, name and URL intact', async () => {
    const library = await checkRoundTrip(data.works);
    const nasty = library.entries[0]!;
    assert.equal(nasty.fields.title, `Túpaj Katari, Potosí: ${NASTY.tex} "quoted"`);
    assert.equal(nasty.fields.journal, 'Socialism & Democracy');
    assert.equal(nasty.fields.url, 'http://example.org/a_b%20c?x=1&y=2#frag');
    assert.equal(nasty.fields.month, '10');
    assert.equal(nasty.fields.annote, 'As printed in the paper: author[0].given: Raul');
  });

  it('maps each work type to its entry type', async () => {
    const library = await parseBibTeX(toBibTeX(data.works));
    const types = Object.fromEntries(library.entries.map((e) => [e.key, e.type]));
    assert.deepEqual(types, {
      'zibechi-2005-nasty': 'article', 'le-bot-2004': 'article', 'alvarez-1998-cultures': 'book', 'rivera-2006-roots': 'incollection',
      'gonzalez-2009-minister': 'misc', 'knoll-2007-interview': 'misc', 'magazine-x': 'article', 'newspaper-x': 'article',
      'broadcast-x': 'misc', 'report-x': 'techreport', 'conference-x': 'inproceedings', 'manuscript-x': 'misc',
    });
    assertRequiredFields(library.entries);
    const report = library.entries.find((e) => e.key === 'report-x')!;
    assert.deepEqual(report.fields.institution, ['CIP Americas Program']);
  });

  it('writes keys, braced titles, "Family, Given" names and BibTeX page ranges', () => {
    const entry = toBibTeXEntry(data.works.find((w) => w.id === 'rivera-2006-roots')!);
    assert.match(entry, /^@incollection\{rivera-2006-roots,\n/);
    assert.match(entry, /\n {2}title = \{\{The Roots of the Rebellion\}\},\n/);
    assert.match(entry, /\n {2}author = \{\{Rivera Cusicanqui\}, Silvia\},\n/);
    assert.match(entry, /\n {2}editor = \{Ballvé, Teo and Prashad, Vijay\},\n/);
    assert.match(entry, /\n {2}pages = \{173--182\},\n/);
    assert.match(toBibTeXEntry(data.works[1]!), /author = \{\{Le Bot\}\}/, 'a family name alone is braced whole');
  });

  it('puts a web page’s link where classic styles print it, unless \\url cannot take it', () => {
    assert.match(toBibTeXEntry(data.works.find((w) => w.id === 'gonzalez-2009-minister')!), /howpublished = \{Bolivia Rising, \\url\{http:\/\/boliviarising\.blogspot\.com\/2009\/05\/minister\.html\}\}/);
    const withHash: Work = { id: 'w', type: 'webpage', title: 'T', url: 'http://example.org/a%20b#c' };
    assert.doesNotMatch(toBibTeXEntry(withHash), /howpublished/);
  });
});

describe('toBibTeX (real dataset)', () => {
  it('parses with no errors, one entry per work', async () => {
    const { dataset } = loadDataset();
    assert.ok(dataset);
    const library = await checkRoundTrip(dataset.works);
    assertRequiredFields(library.entries);
    const typeOf = (key: string) => library.entries.find((e) => e.key === key)?.type;
    assert.equal(typeOf('deere-2007-rural-social-movements'), 'misc', 'a conference paper with no proceedings');
    assert.equal(typeOf('santos-2004-world-social-forum'), 'misc', 'a chapter with no publisher');
    assert.equal(typeOf('day-gramsci-is-dead'), 'misc', 'a book with no year or publisher');
    assert.equal(typeOf('munck-democratie-amerique-latine'), 'misc', 'an article with no year');
    assert.equal(typeOf('lang-1997-ngoization-feminism'), 'incollection');
  });

  it('types a work by the fields it has: a chapter gains its publisher, a paper its proceedings', () => {
    const chapter: Work = { id: 'c', type: 'chapter', author: [{ family: 'A' }], title: 'T', containerTitle: 'B', issued: '2004' };
    assert.equal(entryTypeOf(chapter), 'misc');
    assert.equal(entryTypeOf({ ...chapter, publisher: 'P' }), 'incollection');
    const paper: Work = { id: 'p', type: 'paper-conference', author: [{ family: 'A' }], title: 'T', issued: '2007' };
    assert.equal(entryTypeOf(paper), 'misc');
    assert.equal(entryTypeOf({ ...paper, containerTitle: 'Proceedings' }), 'inproceedings');
    assert.equal(entryTypeOf({ id: 'b', type: 'book', editor: [{ family: 'E' }], title: 'T', publisher: 'P', issued: '1998' }), 'book', 'an edited book');
  });
});

type Entry = { key: string; type: string; fields: Record<string, unknown> };

/** Read back by the parser: every entry has the fields its type requires (author: or editor, for a book). */
function assertRequiredFields(entries: readonly Entry[]) {
  for (const entry of entries) {
    const required = REQUIRED_FIELDS[entry.type];
    assert.ok(required, `${entry.key}: @${entry.type} is a type we know the requirements of`);
    assert.ok(entry.fields.title, `${entry.key}: title`);
    for (const field of required) {
      const present = (name: string) => { const v = entry.fields[name]; return Array.isArray(v) ? v.length > 0 : Boolean(v); };
      const ok = field === 'author' && entry.type === 'book' ? present('author') || present('editor') : present(field);
      assert.ok(ok, `${entry.key}: @${entry.type} requires ${field}`);
    }
  }
}
