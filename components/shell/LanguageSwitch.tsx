'use client';
import { useQueryString } from '../explorer/browserUrl';
import type { Locale } from '@/lib/schema';

interface Props {
  /** The same page in the other language (with the base path). */
  href: string;
  label: string;
  lang: Locale;
}

/**
 * Switches language and keeps the current view: the query string (filters, selection) goes
 * along. It reads the explorer's own URL store (the router is not told of the explorer's
 * writes); the server's HTML links to the page without a query.
 */
export function LanguageSwitch({ href, label, lang }: Props) {
  const search = useQueryString();
  return (
    <a className="language-switch" href={search ? `${href}?${search}` : href} hrefLang={lang} lang={lang}>
      {label}
    </a>
  );
}
