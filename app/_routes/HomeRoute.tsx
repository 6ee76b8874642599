import { EventList } from '@/components/list/EventList';
import { SiteFooter } from '@/components/shell/SiteFooter';
import { SiteHeader } from '@/components/shell/SiteHeader';
import { buildLookup } from '@/lib/dataset/lookup';
import { messagesFor } from '@/lib/i18n/messages';
import { eventPath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/schema';
import { loadSortedDataset } from './data';

export function HomeRoute({ locale }: { locale: Locale }) {
  const data = loadSortedDataset();
  const t = messagesFor(locale);
  const lookup = buildLookup(data);
  return (
    <>
      <SiteHeader locale={locale} t={t} />
      <main id="main">
        <h1>{t.eventsHeading}</h1>
        <p className="count">{t.eventCount(data.events.length)}</p>
        <EventList events={data.events} lookup={lookup} locale={locale} t={t} hrefFor={(id) => eventPath(locale, id)} />
      </main>
      <SiteFooter t={t} />
    </>
  );
}
