import { notFound } from 'next/navigation';
import { HomeRoute } from '../_routes/HomeRoute';
import { isLocale } from '../_routes/locales';

export default async function LocaleHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <HomeRoute locale={locale} />;
}
