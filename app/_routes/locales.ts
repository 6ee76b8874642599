import { LOCALES, type Locale } from '@/lib/schema/values';

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export function localeParams() {
  return LOCALES.map((locale) => ({ locale }));
}
