import { Suspense } from 'react';
import { Explorer } from '@/components/explorer/Explorer';
import { EventList } from '@/components/list/EventList';
import { SiteFooter } from '@/components/shell/SiteFooter';
import { AlternateLinks } from '@/components/shell/AlternateLinks';
import { SiteHeader } from '@/components/shell/SiteHeader';
import { buildLookup } from '@/lib/dataset/lookup';
import { messagesFor } from '@/lib/i18n/messages';
import { eventPath, explicitLocalePath, homePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/schema';
import { BASE_PATH, SITE_URL } from '@/lib/site';
import { loadSortedDataset } from './data';

/**
 * The home page. The server renders the full chronological list (readable without JavaScript,
 * and the Suspense fallback of the static export); the explorer replaces it in the browser.
 */
export function HomeRoute({ locale }: { locale: Locale }) {
  const data = loadSortedDataset();
  const t = messagesFor(locale);
  const lookup = buildLookup(data);
  const staticList = (
    <div className="static-list">
      <p className="count">{t.eventCount(data.events.length)}</p>
      <EventList events={data.events} lookup={lookup} locale={locale} t={t} hrefFor={(id) => `${BASE_PATH}${eventPath(locale, id)}`} />
    </div>
  );
  return (
    <>
      <AlternateLinks paths={{ en: `${BASE_PATH}${homePath('en')}`, es: `${BASE_PATH}${homePath('es')}` }} origin={SITE_URL} />
      <SiteHeader locale={locale} t={t} otherLanguageHref={`${BASE_PATH}${explicitLocalePath(t.otherLocale, homePath(t.otherLocale))}`} />
      <main id="main">
        <h1 className="visually-hidden-desktop">{t.explorerHeading}</h1>
        <Suspense fallback={staticList}>
          <Explorer data={data} locale={locale} basePath={BASE_PATH} siteUrl={SITE_URL ? `${SITE_URL}` : ''} />
        </Suspense>
      </main>
      <SiteFooter t={t} />
    </>
  );
}
