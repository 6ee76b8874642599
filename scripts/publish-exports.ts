/**
 * After publish-data.ts: writes the "take the data with you" files for the whole dataset under
 * public/data/ (generated, not committed), so the static export serves them beside dataset.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getDataset, ROOT } from '../lib/dataset/load';
import { sortEvents } from '../lib/dataset/lookup';
import { withEventDates } from '../lib/dates/eventDates';
import { sortWorks, toBibTeX, toCslJson, toRis } from '../lib/export/bibliography';
import { datasetCsv } from '../lib/export/csv';
import { eventsToGeoJson } from '../lib/export/geojson';
import { eventsToTimelineJs } from '../lib/export/timelinejs';
import { SITE_URL } from '../lib/site';

const data = withEventDates(getDataset());
const events = sortEvents(data.events);
// The whole bibliography, not only the works events cite: the paper's notes cite them all.
const works = sortWorks(data.works);
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const files: Record<string, string> = {
  'events.csv': datasetCsv(data, 'en', { baseUrl: SITE_URL || undefined }),
  'events.geojson': json(eventsToGeoJson(events, data)),
  'bibliography.bib': toBibTeX(works),
  'bibliography.ris': toRis(works),
  'bibliography.json': json(toCslJson(works)),
  'timelinejs.json': json(eventsToTimelineJs(events, data, 'en')),
};

const out = path.join(ROOT, 'public', 'data');
mkdirSync(out, { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(path.join(out, name), text);
console.log(`published ${path.relative(ROOT, out)}/{${Object.keys(files).join(',')}}`);
