import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatProblem } from './problem';
import { loadDataset, readPaper } from './load';

/**
 * The curated data itself. The quotation check needs the paper's text (../shared/seed/ or
 * PAPER_PATH); CI always has it, so there a missing paper fails instead of being skipped.
 */
describe('the real dataset', () => {
  const { dataset, problems } = loadDataset();

  it('validates without a single problem', () => {
    assert.deepEqual(problems.map(formatProblem), []);
    assert.ok(dataset);
  });

  it('had the paper to check quotations against', { skip: !process.env.CI && readPaper() === undefined ? 'paper not found (set PAPER_PATH)' : false }, () => {
    assert.ok(readPaper(), 'the paper text must be available to check quotations');
  });

  it('covers the seven events of the design card', () => {
    const byId = new Map(dataset!.events.map((e) => [e.id, e]));
    const expect: [string, string, string | undefined][] = [
      ['katari-sisa-uprising', '1780', '1781'],
      ['state-of-1952', '1952', undefined],
      ['military-peasant-pact', '1964', undefined],
      ['tolata-massacre', '1974', undefined],
      ['water-war', '2000-01', '2000-04'],
      ['gas-war-2003', '2003-10', undefined],
      ['gas-war-2005', '2005-05', '2005-06'],
      ['fejuve-neighbourhood-councils', '2005', undefined],
      ['el-alto-growth', '1976', '2010'],
    ];
    for (const [id, start, end] of expect) {
      const event = byId.get(id);
      assert.ok(event, `missing ${id}`);
      assert.equal(event.start, start, `${id} start`);
      assert.equal(event.end, end, `${id} end`);
      assert.ok(event.footnotes.length > 0);
    }
    assert.deepEqual(byId.get('water-war')!.footnotes.slice(0, 1), [4]);
    assert.ok(byId.get('tolata-massacre')!.places.includes('cochabamba-department'));
  });

  it('has all 88 footnotes and resolves every cited work', () => {
    assert.equal(dataset!.footnotes.length, 88);
    const works = new Set(dataset!.works.map((w) => w.id));
    for (const f of dataset!.footnotes) for (const w of f.works) assert.ok(works.has(w), `footnote ${f.number} → ${w}`);
  });

  it('keeps regional context outside Bolivia and Bolivian events inside it', () => {
    const places = new Map(dataset!.places.map((p) => [p.id, p]));
    for (const e of dataset!.events) {
      for (const id of e.places) {
        const country = places.get(id)?.country;
        if (e.scope === 'region') assert.notEqual(country, 'BO', `${e.id} → ${id}`);
        else assert.equal(country, 'BO', `${e.id} → ${id}`);
      }
    }
  });
});
