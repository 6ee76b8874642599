import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getDataset } from '../dataset/load';
import { formatTick, monthNames } from '../dates/format';
import { timelineExtent } from '../explorer/derive';
import { LOCALES } from '../schema';
import { tickLabel } from './tickLabel';

describe('tickLabel', () => {
  it('writes every tick of the real data\'s timeline as formatTick does, in both languages', () => {
    const extent = timelineExtent(getDataset().events);
    const from = new Date(extent.from).getUTCFullYear();
    const to = new Date(extent.to).getUTCFullYear();
    assert.ok(to - from > 200, `${from}–${to}`);
    // And years the data does not reach: 'yyyy' pads to four digits.
    const years = [...Array.from({ length: to - from + 1 }, (_, i) => from + i), 1, 999, 2099];
    for (const locale of LOCALES) {
      const months = monthNames(locale);
      for (const year of years) {
        for (let month = 0; month < 12; month++) {
          const tick = new Date(Date.UTC(year, month, 1));
          tick.setUTCFullYear(year);
          assert.equal(tickLabel(tick, true, months), formatTick(tick, true, locale), `${year}-${month + 1} (${locale})`);
        }
        const january = new Date(Date.UTC(2000, 0, 1));
        january.setUTCFullYear(year);
        assert.equal(tickLabel(january, false, months), formatTick(january, false, locale));
      }
    }
  });

  it('names the months in the page\'s language', () => {
    assert.equal(tickLabel(new Date(Date.UTC(2003, 9, 1)), true, monthNames('en')), 'Oct 2003');
    assert.equal(tickLabel(new Date(Date.UTC(2003, 9, 1)), true, monthNames('es')), 'oct 2003');
  });
});
