import type { Metadata } from 'next';
import { messagesFor } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/schema/values';

/** Title and description for every page of a language; pages refine them. */
export function siteMetadata(locale: Locale): Metadata {
  const t = messagesFor(locale);
  return {
    title: `${t.siteTitle} — ${t.siteTagline}`,
    description: t.sourceLine,
  };
}
