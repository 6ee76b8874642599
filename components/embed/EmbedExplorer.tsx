'use client';
import { useCallback, useMemo, useRef } from 'react';
import { EMBED_PARAMS, embedOptionParams, parseEmbedOptions, showsMap } from '@/lib/embed/options';
import type { HostToEmbed } from '@/lib/embed/protocol';
import type { StorySummary } from '@/lib/story/summary';
import type { DatedDataset } from '@/lib/dataset/types';
import { homePath } from '@/lib/i18n/paths';
import { parseRequestedState, serializeViewState } from '@/lib/url/parse';
import { showsEventTexts } from '@/lib/url/state';
import { DetailPanel, ListPanel, loadTextPanels, preloadTextPanels, usePanelsWhenIdle } from '../explorer/LazyPanels';
import { TextFailed } from '../explorer/TextFailed';
import { ExplorerProvider, ExplorerStart, type DatasetProps } from '../explorer/ExplorerStart';
import { MapPanel } from '../explorer/MapPanel';
import { TimelinePanel } from '../explorer/TimelinePanel';
import { UrlNotice } from '../explorer/UrlNotice';
import { browserUrl, currentQueryString, useQueryString } from '../explorer/browserUrl';
import { useExplorer, useStore } from '../explorer/useExplorer';
import { preloadMap } from '../map/preload';
import { StorySlot } from '../story/StorySlot';
import { postToHost, useHostMessages } from './useHostMessages';

interface Props extends DatasetProps {
  basePath: string;
  siteUrl: string;
  /** The guided stories `story=` may name (ids, titles, step counts). */
  stories?: StorySummary[];
  /** As the main explorer's (ExplorerProps). */
  monthNames: string[];
}

/** Whether the embed opens on the detail (an event) or the list, whose code the view then awaits. */
const opensOnPanel = (search: string) => parseEmbedOptions(search).view === 'list' || parseRequestedState(search, EMBED_PARAMS).event !== null;

// As in the main Explorer: the panels' code, where the embed opens on one, and the map's code and
// basemap, if its view shows the map (after the panels'), start downloading when this module
// first runs. The URL is read once.
const panelsFirst = preloadTextPanels(() => opensOnPanel(currentQueryString()));
preloadMap(() => showsMap(parseEmbedOptions(currentQueryString()).view), panelsFirst);

/** The embed's own parameters (`view`, `height`) as they are now, kept when the store writes the URL. */
const embedParams = () => embedOptionParams(parseEmbedOptions(browserUrl.read()));
const onSelected = (id: string | null) => postToHost({ type: 'bolivia-timeline:select', id });

/**
 * The explorer without the site's chrome, for course pages: the same URL parameters as the main
 * view plus `view` and `height`. It reports its height and selections to the host page.
 */
export function EmbedExplorer({ data, dataUrls, textUrl, ...props }: Props) {
  const opensOnTexts = () => {
    const search = currentQueryString();
    return parseEmbedOptions(search).view === 'list' || showsEventTexts(parseRequestedState(search, EMBED_PARAMS));
  };
  const partsFirst = () => (opensOnPanel(currentQueryString()) ? loadTextPanels() : null);
  return (
    <ExplorerStart data={data} dataUrls={dataUrls} textUrl={textUrl} locale={props.locale} opensOnTexts={opensOnTexts} partsFirst={partsFirst}>
      {(loaded: DatedDataset) => (
        <ExplorerProvider options={{ data: loaded, textUrl, ...props, extraParams: EMBED_PARAMS, extra: embedParams, onSelected, embedded: true }}>
          {() => <EmbedView />}
        </ExplorerProvider>
      )}
    </ExplorerStart>
  );
}

function EmbedView() {
  const store = useStore();
  const { t, basePath, locale } = store;
  const search = useQueryString();
  const options = useMemo(() => parseEmbedOptions(search), [search]);
  const rootRef = useRef<HTMLDivElement>(null);
  usePanelsWhenIdle();
  useHostMessages(rootRef, useCallback((message: HostToEmbed) => {
    if ('id' in message) store.select(message.id, { focus: false });
    else import('../story/showStory').then((m) => m.showStory(store, message.story, message.step)).catch(() => {});
  }, [store]));
  const state = useExplorer((s) => s.state);
  const hasSelection = useExplorer((s) => s.selected !== null);
  const storyOpen = state.story !== null;

  const q = serializeViewState({ ...state, view: options.view === 'list' ? 'list' : 'explore' });
  const fullView = `${basePath}${homePath(locale)}${q ? `?${q}` : ''}`;
  const mapHeight = Math.max(220, Math.min(480, options.height - 360));

  return (
    <div ref={rootRef} className={`embed embed-${options.view}`} data-count={useExplorer((s) => s.visible.length)} style={{ ['--map-height' as string]: `${mapHeight}px` }}>
      <h1 className="visually-hidden">{t.embedFrameTitle}</h1>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{useExplorer((s) => s.announcement)}</p>
      <UrlNotice notices={useExplorer((s) => s.notices)} t={t} />
      <TextFailed />
      <p className="embed-count">{useExplorer((s) => s.resultText)}</p>
      {options.view === 'list' ? (
        <>
          {storyOpen && <StorySlot embedded />}
          <ListPanel linkTarget="_blank" />
        </>
      ) : (
        <div className="embed-grid">
          {options.view !== 'map' && <TimelinePanel height={options.view === 'both' ? 200 : 236} />}
          {showsMap(options.view) && <MapPanel />}
          {storyOpen ? <StorySlot embedded /> : hasSelection && <DetailPanel pageTarget="_blank" />}
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
