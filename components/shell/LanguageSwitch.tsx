'use client';
import { useSearchParams } from 'next/navigation';
import type { Locale } from '@/lib/schema';

interface Props {
  /** The same page in the other language (with the base path). */
  href: string;
  label: string;
  lang: Locale;
}

/** Switches language and keeps the current view: the query string (filters, selection) goes along. */
export function LanguageSwitch({ href, label, lang }: Props) {
  const search = useSearchParams().toString();
  return <LanguageLink href={search ? `${href}?${search}` : href} label={label} lang={lang} />;
}

export function LanguageLink({ href, label, lang }: Props) {
  return (
    <a className="language-switch" href={href} hrefLang={lang} lang={lang}>
      {label}
    </a>
  );
}
