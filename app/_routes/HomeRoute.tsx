import { Suspense } from 'react';
import { BrowserOnly } from '@/components/shell/BrowserOnly';
import { EarlyDatasetRequest } from '@/components/shell/EarlyDatasetRequest';
import { ServerView } from '@/components/shell/ServerView';
import { Explorer } from '@/components/explorer/Explorer';
import { StaticEventList } from '@/components/list/StaticEventList';
import { SiteFooter } from '@/components/shell/SiteFooter';
import { AlternateLinks } from '@/components/shell/AlternateLinks';
import { OEmbedLink } from '@/components/shell/OEmbedLink';
import { SiteHeader } from '@/components/shell/SiteHeader';
import { monthNames } from '@/lib/dates/format';
import { messagesFor } from '@/lib/i18n/messages';
import { getStories } from '@/lib/dataset/load';
import { explicitLocalePath, homePath, storyPath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/schema';
import { BASE_PATH, SITE_URL } from '@/lib/site';
import { storySummaries } from '@/lib/story/summary';
import { explorerData, loadSortedDataset, staticListData } from './data';

/**
 * The home page. The server renders the full chronological list (readable without JavaScript,
 * and what a reader sees while the explorer loads: ServerView); the explorer replaces it in the browser.
 */
export function HomeRoute({ locale }: { locale: Locale }) {
  const data = loadSortedDataset();
  const source = explorerData(data, BASE_PATH);
  const t = messagesFor(locale);
  const staticList = <StaticEventList data={staticListData(data)} total={data.events.length} locale={locale} basePath={BASE_PATH} />;
  return (
    <>
      <AlternateLinks paths={{ en: homePath('en'), es: homePath('es') }} />
      <OEmbedLink locale={locale} title={t.siteTitle} />
      <SiteHeader locale={locale} t={t} otherLanguageHref={`${BASE_PATH}${explicitLocalePath(t.otherLocale, homePath(t.otherLocale))}`} />
      <main id="main">
        <h1 className="visually-hidden-desktop">{t.explorerHeading}</h1>
        <EarlyDatasetRequest source={source} />
        <Suspense fallback={null}>
          <BrowserOnly><Explorer {...source} locale={locale} monthNames={monthNames(locale)} basePath={BASE_PATH} siteUrl={SITE_URL ? `${SITE_URL}` : ''} stories={storySummaries(getStories(), locale)} /></BrowserOnly>
        </Suspense>
        <ServerView>{staticList}</ServerView>
      </main>
      <SiteFooter t={t} basePath={BASE_PATH} stories={getStories().map((s) => ({ href: `${BASE_PATH}${storyPath(locale, s.id)}`, title: s.title[locale] }))} />
    </>
  );
}
