import { notFound } from 'next/navigation';
import { EventRoute, eventMetadata, eventParams } from '../../../_routes/EventRoute';
import { isLocale } from '../../../_routes/locales';

export const dynamicParams = false;

export function generateStaticParams() {
  return eventParams();
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  return isLocale(locale) ? eventMetadata(locale, id) : {};
}

export default async function LocaleEventPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  return <EventRoute locale={locale} id={id} />;
}
