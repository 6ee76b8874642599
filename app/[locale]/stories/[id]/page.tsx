import { notFound } from 'next/navigation';
import { StoryRoute, storyMetadata, storyParams } from '../../../_routes/StoryRoute';
import { isLocale } from '../../../_routes/locales';

export const dynamicParams = false;

export function generateStaticParams() {
  return storyParams();
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  return isLocale(locale) ? storyMetadata(locale, id) : {};
}

export default async function LocaleStoryPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  return <StoryRoute locale={locale} id={id} />;
}
