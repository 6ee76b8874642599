'use client';
import { useCallback, useMemo, useRef } from 'react';
import { EMBED_PARAMS, embedOptionParams, parseEmbedOptions, showsMap } from '@/lib/embed/options';
import type { Dataset } from '@/lib/dataset/types';
import { homePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/schema';
import { parseRequestedState, serializeViewState } from '@/lib/url/parse';
import { showsEventTexts } from '@/lib/url/state';
import { DetailPanel } from '../explorer/DetailPanel';
import { ListPanel } from '../explorer/ListPanel';
import { MapPanel } from '../explorer/MapPanel';
import { TimelinePanel } from '../explorer/TimelinePanel';
import { UrlNotice } from '../explorer/UrlNotice';
import { useExplorerModel } from '../explorer/useExplorerModel';
import { currentQueryString, useQueryString } from '../explorer/urlStore';
import { DatasetError } from '../explorer/DatasetError';
import { MountInTransition } from '../explorer/MountInTransition';
import { useDataset, useTextStatus, useTextsFirst } from '../explorer/useDataset';
import { preloadMap } from '../map/preload';
import { postToHost, useHostMessages } from './useHostMessages';

interface Props {
  /** The dataset, or where to fetch it (see the main Explorer). */
  data?: Dataset;
  dataUrls?: string[];
  textUrl?: string;
  locale: Locale;
  basePath: string;
  siteUrl: string;
}

// As in the main Explorer: the map's code and basemap start downloading when this module first
// runs, if the embed's view shows the map. The URL is read once.
preloadMap(() => showsMap(parseEmbedOptions(currentQueryString()).view));

/**
 * The explorer without the site's chrome, for course pages: the same URL parameters as the main
 * view plus `view` and `height`. It reports its height and selections to the host page.
 */
export function EmbedExplorer({ data: inline, dataUrls, textUrl, ...props }: Props) {
  const loaded = useDataset(inline, dataUrls);
  useTextsFirst(loaded, textUrl, () => {
    const search = currentQueryString();
    return parseEmbedOptions(search).view === 'list' || showsEventTexts(parseRequestedState(search, EMBED_PARAMS));
  });
  if ('error' in loaded) return <DatasetError locale={props.locale} url={dataUrls?.[0]} error={loaded.error} />;
  return <MountInTransition><EmbedView data={loaded.data} textUrl={textUrl} {...props} /></MountInTransition>;
}

function EmbedView({ data, textUrl, locale, basePath, siteUrl }: Omit<Props, 'dataUrls'> & { data: Dataset }) {
  const text = useTextStatus(data, textUrl);
  const search = useQueryString();
  const options = useMemo(() => parseEmbedOptions(search), [search]);
  const extra = useCallback(() => embedOptionParams(options), [options]);
  const onSelected = useCallback((id: string | null) => postToHost({ type: 'bolivia-timeline:select', id }), []);
  const m = useExplorerModel({ data, text, locale, basePath, siteUrl, extraParams: EMBED_PARAMS, extra, onSelected, embedded: true });
  const rootRef = useRef<HTMLDivElement>(null);
  const { select } = m;
  useHostMessages(rootRef, useCallback((id: string) => select(id, { focus: false }), [select]));

  const fullView = `${basePath}${homePath(locale)}${(() => {
    const q = serializeViewState({ ...m.state, view: options.view === 'list' ? 'list' : 'explore' });
    return q ? `?${q}` : '';
  })()}`;
  const { t } = m;
  const mapHeight = Math.max(220, Math.min(480, options.height - 360));

  return (
    <div ref={rootRef} className={`embed embed-${options.view}`} data-count={m.visible.length} style={{ ['--map-height' as string]: `${mapHeight}px` }}>
      <h1 className="visually-hidden">{t.embedFrameTitle}</h1>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{m.announcement}</p>
      <UrlNotice notices={m.notices} t={t} />
      {text.status === 'failed' && <p className="notice text-failed" role="alert">{t.textLoadFailed(text.error)}</p>}
      <p className="embed-count">{m.resultText}</p>
      {options.view === 'list' ? (
        <ListPanel m={m} linkTarget="_blank" />
      ) : (
        <div className="embed-grid">
          {options.view !== 'map' && <TimelinePanel m={m} height={options.view === 'both' ? 200 : 236} />}
          {showsMap(options.view) && <MapPanel m={m} />}
          {m.selected && <DetailPanel m={m} pageTarget="_blank" />}
        </div>
      )}
      <footer className="embed-footer">
        <span>{t.siteTitle}</span>
        <a href={fullView} target="_blank" rel="noopener noreferrer">{t.openFullView}</a>
        <span>{t.embedAttribution}</span>
      </footer>
    </div>
  );
}
