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

/**
 * The site's header. Its title links home without prefetching: Next would otherwise fetch and
 * parse the home page's route payload while the page is still starting (two long tasks on a
 * throttled phone), for a link that mostly leads to the page already open, and whose target is
 * a small file on the same host when it does not.
 */
export function SiteHeader({ locale, t, otherLanguageHref }: Props) {
  const link = { href: otherLanguageHref, label: t.readInOther, lang: t.otherLocale };
  return (
    <header className="site-header">
      <div className="brand">
        <p className="site-title"><Link href={homePath(locale)} prefetch={false}>{t.siteTitle}</Link></p>
        <p className="tagline">{t.siteTagline}</p>
      </div>
      <nav aria-label={t.language}>
        <LanguageSwitch {...link} />
      </nav>
    </header>
  );
}
