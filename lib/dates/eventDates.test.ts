import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromExplorerIndex } from '../dataset/explorerFiles';
import { getDataset } from '../dataset/load';
import type { DatedDataset } from '../dataset/types';
import { explorerFiles } from '../dataset/writeExplorerFiles';
import { toTimelineEvents } from '../explorer/derive';
import { LOCALES } from '../schema';
import { withEventDates } from './eventDates';
import { formatDateRange } from './format';

/** Every date in words the browser is given, against what lib/dates/format writes for it. */
function assertSameAsFormat(dated: DatedDataset, how: string) {
  const data = getDataset();
  assert.deepEqual(Object.keys(dated.dates).sort(), data.events.map((e) => e.id).sort(), `${how}: one entry per event`);
  let outside = 0;
  for (const e of data.events) {
    const d = dated.dates[e.id]!;
    for (const locale of LOCALES) {
      assert.equal(d.range[locale], formatDateRange(e.start, e.end, locale), `${how}: ${e.id} (${locale})`);
      for (const side of ['start', 'end'] as const) {
        const o = e.outsidePaper?.[side];
        const expected = o ? formatDateRange(o.value ?? e[side] ?? e.start, null, locale) : undefined;
        assert.equal(d.outside?.[side]?.[locale], expected, `${how}: ${e.id}'s ${side} from outside the paper (${locale})`);
        if (o) outside += 1;
      }
    }
  }
  // The real data has dates from outside the paper: the check above saw some.
  assert.ok(outside > 0);
}

describe('the events\' dates in words (lib/dates/eventDates)', () => {
  it('inline (the page carries the dataset) equal formatDateRange for every event, in both languages', () => {
    assertSameAsFormat(withEventDates(getDataset()), 'inline');
  });

  it('from the explorer\'s files (large datasets), through JSON, equal formatDateRange too', () => {
    const files = JSON.parse(JSON.stringify(explorerFiles(getDataset())));
    assertSameAsFormat(fromExplorerIndex(files.index, files.events), 'files');
  });

  it('are what the timeline labels its items with', () => {
    const dated = withEventDates(getDataset());
    for (const locale of LOCALES) {
      for (const view of toTimelineEvents(dated.events, dated.dates, locale)) {
        assert.equal(view.date, formatDateRange(view.start, view.end, locale), `${view.id} (${locale})`);
      }
    }
  });
});
