import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadDataset, ROOT } from './load';
import { footnoteCoverage, listedUncited } from './uncitedFootnotes';

/** The READMEs state how many events there are and which footnotes nothing cites; keep them true. */
describe('the READMEs’ numbers against the data', () => {
  const { dataset } = loadDataset();
  const data = dataset!;
  const { byEvents, uncited } = footnoteCoverage(data);
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const dataReadme = readFileSync(path.join(ROOT, 'data', 'README.md'), 'utf8');

  it('lists in data/README.md exactly the footnotes nothing cites, each with a reason', () => {
    assert.deepEqual(listedUncited(dataReadme), uncited);
    if (uncited.length === 0) assert.match(dataReadme, /### Footnotes nothing cites\n(?:<!--.*-->\n)?\(none\)/);
  });

  it('gives the event count and the footnotes events cite as the data has them', () => {
    for (const text of [readme, dataReadme]) {
      assert.match(text, new RegExp(`\\b${data.events.length}\\b\\**\\s+events`), 'event count');
      assert.match(text, new RegExp(`cite\\s+\\**${byEvents.length}\\**\\s+of the`), 'footnotes cited by events');
    }
  });

  it('reads a listed footnote only with its reason', () => {
    assert.deepEqual(listedUncited('### Footnotes nothing cites\n- 17: supports a theme definition\n- 18:\n## next'), [17]);
  });
});
