import { notFound } from 'next/navigation';
import { Document } from '@/components/shell/Document';
import { isLocale, localeParams } from '../_routes/locales';
import { siteMetadata } from '../_routes/siteMetadata';

export const dynamicParams = false;
export const generateStaticParams = localeParams;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return isLocale(locale) ? siteMetadata(locale) : {};
}

export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <Document locale={locale}>{children}</Document>;
}
