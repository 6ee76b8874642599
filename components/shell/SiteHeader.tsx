import Link from 'next/link';
import type { Messages } from '@/lib/i18n/messages';
import { homePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/schema';
import { LanguageSwitch } from './LanguageSwitch';

interface Props {
  locale: Locale;
  t: Messages;
  /** This page in the other language, with the base path. */
  otherLanguageHref: string;
}

export function SiteHeader({ locale, t, otherLanguageHref }: Props) {
  const link = { href: otherLanguageHref, label: t.readInOther, lang: t.otherLocale };
  return (
    <header className="site-header">
      <div className="brand">
        <p className="site-title"><Link href={homePath(locale)}>{t.siteTitle}</Link></p>
        <p className="tagline">{t.siteTagline}</p>
      </div>
      <nav aria-label={t.language}>
        <LanguageSwitch {...link} />
      </nav>
    </header>
  );
}
