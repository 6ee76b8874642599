import type { DatedDataset } from '../dataset/types';
import type { HistoricalEvent } from '../schema';
import type { Locale } from '../schema/values';
import { toBibTeX } from './bibtex';
import { toCslJson } from './cslJson';
import { eventsToCsv } from './csv';
import { eventsToGeoJson } from './geojson';
import { eventsToDatasetJson } from './json';
import { toRis } from './ris';
import { eventsToTimelineJs } from './timelinejs';
import { worksForEvents } from './works';

import type { DownloadFormat } from './formats';

export { DOWNLOAD_FORMATS, type DownloadFormat } from './formats';

export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

/** Builds one download; `base` names the file ("bolivia-mobilisations-2000-2005"). */
export function buildDownload(format: DownloadFormat, events: readonly HistoricalEvent[], data: DatedDataset, locale: Locale, base: string, siteUrl = ''): DownloadFile {
  switch (format) {
    case 'csv':
      return { name: `${base}.csv`, type: 'text/csv;charset=utf-8', text: eventsToCsv(events, data, locale, { baseUrl: siteUrl }) };
    case 'geojson':
      return { name: `${base}.geojson`, type: 'application/geo+json', text: JSON.stringify(eventsToGeoJson(events, data), null, 2) };
    case 'json':
      return { name: `${base}.json`, type: 'application/json', text: JSON.stringify(eventsToDatasetJson(events, data), null, 2) };
    case 'timelinejs':
      return { name: `${base}.timelinejs.json`, type: 'application/json', text: JSON.stringify(eventsToTimelineJs(events, data, locale), null, 2) };
    case 'bibtex':
      return { name: `${base}.bib`, type: 'application/x-bibtex;charset=utf-8', text: toBibTeX(worksForEvents(events, data)) };
    case 'ris':
      return { name: `${base}.ris`, type: 'application/x-research-info-systems;charset=utf-8', text: toRis(worksForEvents(events, data)) };
    case 'csl':
      return { name: `${base}.csl.json`, type: 'application/vnd.citationstyles.csl+json', text: JSON.stringify(toCslJson(worksForEvents(events, data)), null, 2) };
  }
}
