import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { BrowserOnly } from '@/components/shell/BrowserOnly';
import { EarlyDatasetRequest } from '@/components/shell/EarlyDatasetRequest';
import { ServerView } from '@/components/shell/ServerView';
import { Explorer } from '@/components/explorer/Explorer';
import { EventArticle } from '@/components/list/EventArticle';
import { SiteFooter } from '@/components/shell/SiteFooter';
import { AlternateLinks } from '@/components/shell/AlternateLinks';
import { OEmbedLink } from '@/components/shell/OEmbedLink';
import { SiteHeader } from '@/components/shell/SiteHeader';
import { formatDateRange, monthNames } from '@/lib/dates/format';
import { buildLookup } from '@/lib/dataset/lookup';
import { messagesFor } from '@/lib/i18n/messages';
import { eventPath, explicitLocalePath, homePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/schema';
import { BASE_PATH, SITE_URL } from '@/lib/site';
import { explorerData, loadSortedDataset } from './data';

export function eventParams() {
  const events = loadSortedDataset().events;
  // Benchmarks build synthetic datasets of up to 10,000 events; one page proves the route.
  const pages = process.env.BENCH_ONE_EVENT_PAGE ? events.slice(0, 1) : events;
  return pages.map((e) => ({ id: e.id }));
}

export function eventMetadata(locale: Locale, id: string): Metadata {
  const data = loadSortedDataset();
  const event = data.events.find((e) => e.id === id);
  if (!event) return {};
  const t = messagesFor(locale);
  const title = `${event.title[locale]} (${formatDateRange(event.start, event.end, locale)}) — ${t.siteTitle}`;
  const description = event.summary[locale];
  const url = SITE_URL ? `${SITE_URL}${eventPath(locale, id)}` : undefined;
  return {
    title,
    description,
    // The hreflang alternates are AlternateLinks' (with x-default): listing them here too gave
    // every event page each one twice.
    alternates: { canonical: url },
    openGraph: { title, description, type: 'article', url, locale: locale === 'es' ? 'es_BO' : 'en_GB', siteName: t.siteTitle },
  };
}

/**
 * An event's own page: the full event (readable without JavaScript, indexable, shareable);
 * with JavaScript, the explorer opens on it.
 */
export function EventRoute({ locale, id }: { locale: Locale; id: string }) {
  const data = loadSortedDataset();
  const source = explorerData(data, BASE_PATH);
  const event = data.events.find((e) => e.id === id);
  if (!event) notFound();
  const t = messagesFor(locale);
  const lookup = buildLookup(data);
  const article = (
    <div className="event-page">
      <p><Link href={homePath(locale)}>← {t.backToAll}</Link></p>
      <EventArticle event={event} dates={data.dates[event.id]!} lookup={lookup} locale={locale} t={t} headingLevel={2} />
    </div>
  );
  return (
    <>
      <AlternateLinks paths={{ en: eventPath('en', id), es: eventPath('es', id) }} />
      <OEmbedLink locale={locale} event={id} title={event.title[locale]} />
      <SiteHeader locale={locale} t={t} otherLanguageHref={`${BASE_PATH}${explicitLocalePath(t.otherLocale, eventPath(t.otherLocale, id))}`} />
      <main id="main">
        <h1 className="visually-hidden-desktop">{event.title[locale]}</h1>
        <EarlyDatasetRequest source={source} />
        <Suspense fallback={null}>
          <BrowserOnly><Explorer {...source} locale={locale} monthNames={monthNames(locale)} basePath={BASE_PATH} siteUrl={SITE_URL} initialEvent={id} /></BrowserOnly>
        </Suspense>
        <ServerView>{article}</ServerView>
      </main>
      <SiteFooter t={t} basePath={BASE_PATH} />
    </>
  );
}
