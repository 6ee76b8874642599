import type { Messages } from '@/lib/i18n/messages';
import { homePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/schema';
import { BASE_PATH } from '@/lib/site';
import { HomeLink } from './HomeLink';
import { LanguageSwitch } from './LanguageSwitch';

interface Props {
  locale: Locale;
  t: Messages;
  /** This page in the other language, with the base path. */
  otherLanguageHref: string;
}

/**
 * The site's header, a server component: only the title's link (HomeLink) and the language
 * switch (which carries the view's query along) run in the browser. The title's link is no
 * next/link: it mostly leads to the page already open, and when it does not, its target is a
 * small file on the same host.
 */
export function SiteHeader({ locale, t, otherLanguageHref }: Props) {
  const link = { href: otherLanguageHref, label: t.readInOther, lang: t.otherLocale };
  return (
    <header className="site-header">
      <div className="brand">
        <p className="site-title"><HomeLink href={`${BASE_PATH}${homePath(locale)}`}>{t.siteTitle}</HomeLink></p>
        <p className="tagline">{t.siteTagline}</p>
      </div>
      <nav aria-label={t.language}>
        <LanguageSwitch {...link} />
      </nav>
    </header>
  );
}
