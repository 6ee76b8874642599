/**
 * The download formats, apart from the exporters themselves: the toolbar lists them without
 * loading the export code, which it imports only when a download is asked for.
 */
export const DOWNLOAD_FORMATS = ['csv', 'geojson', 'json', 'timelinejs', 'bibtex', 'ris', 'csl'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];
