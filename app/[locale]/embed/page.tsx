import { notFound } from 'next/navigation';
import { EmbedRoute, embedMetadata } from '../../_routes/EmbedRoute';
import { isLocale } from '../../_routes/locales';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return isLocale(locale) ? embedMetadata(locale) : {};
}

export default async function LocaleEmbed({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <EmbedRoute locale={locale} />;
}
