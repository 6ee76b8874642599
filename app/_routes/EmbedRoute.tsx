import type { Metadata } from 'next';
import { Suspense } from 'react';
import { BrowserOnly } from '@/components/shell/BrowserOnly';
import { EarlyDatasetRequest } from '@/components/shell/EarlyDatasetRequest';
import { ServerView } from '@/components/shell/ServerView';
import { EmbedExplorer } from '@/components/embed/EmbedExplorer';
import { StaticEventList } from '@/components/list/StaticEventList';
import { AlternateLinks } from '@/components/shell/AlternateLinks';
import { monthNames } from '@/lib/dates/format';
import { messagesFor } from '@/lib/i18n/messages';
import { embedPath, homePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/schema';
import { BASE_PATH, SITE_URL } from '@/lib/site';
import { getStories } from '@/lib/dataset/load';
import { storySummaries } from '@/lib/story/summary';
import { explorerData, loadSortedDataset, staticListData } from './data';

export function embedMetadata(locale: Locale): Metadata {
  const t = messagesFor(locale);
  return { title: t.embedFrameTitle, robots: { index: false } };
}

/**
 * /embed/: the timeline (and, by choice, the map or the list) for iframes in course pages.
 * Without JavaScript it shows the server-rendered list, with links that open in a new tab.
 */
export function EmbedRoute({ locale }: { locale: Locale }) {
  const data = loadSortedDataset();
  const source = explorerData(data, BASE_PATH);
  const t = messagesFor(locale);
  const fallback = (
    <div className="embed embed-static">
      <h1 className="visually-hidden">{t.embedFrameTitle}</h1>
      <p className="embed-nojs">{t.embedNoScript}</p>
      <StaticEventList data={staticListData(data)} total={data.events.length} locale={locale} basePath={BASE_PATH} linkTarget="_blank" />
      <footer className="embed-footer">
        <span>{t.siteTitle}</span>
        <a href={`${BASE_PATH}${homePath(locale)}`} target="_blank" rel="noopener noreferrer">{t.openFullView}</a>
        <span>{t.embedAttribution}</span>
      </footer>
    </div>
  );
  return (
    <main id="main" className="embed-main" aria-label={t.embedFrameTitle}>
      <AlternateLinks paths={{ en: embedPath('en'), es: embedPath('es') }} />
      <EarlyDatasetRequest source={source} />
      <Suspense fallback={null}>
        <BrowserOnly><EmbedExplorer {...source} locale={locale} monthNames={monthNames(locale)} basePath={BASE_PATH} siteUrl={SITE_URL} stories={storySummaries(getStories(), locale)} /></BrowserOnly>
      </Suspense>
      <ServerView>{fallback}</ServerView>
    </main>
  );
}
