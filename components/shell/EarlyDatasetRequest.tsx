import { preload } from 'react-dom';
import { earlyRequestScript } from './earlyRequest';

/**
 * For a page whose explorer fetches its dataset (app/_routes/data.ts): the index and event
 * files are preloaded from <head> and an inline script reads them while the rest of the page loads
 * (components/shell/earlyRequest). Renders nothing otherwise.
 */
export function EarlyDatasetRequest({ source }: { source: { dataUrls: string[] } | object }) {
  if (!('dataUrls' in source)) return null;
  // fetch() requests same-origin files in CORS mode; the preload must match to be reused.
  for (const url of source.dataUrls) preload(url, { as: 'fetch', crossOrigin: 'anonymous' });
  return <script dangerouslySetInnerHTML={{ __html: earlyRequestScript(source.dataUrls) }} />;
}
