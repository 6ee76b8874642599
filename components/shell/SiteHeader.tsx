import Link from 'next/link';
import type { Messages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/schema';
import { homePath } from '@/lib/i18n/paths';

export function SiteHeader({ locale, t, children }: { locale: Locale; t: Messages; children?: React.ReactNode }) {
  return (
    <header className="site-header">
      <div className="brand">
        <p className="site-title"><Link href={homePath(locale)}>{t.siteTitle}</Link></p>
        <p className="tagline">{t.siteTagline}</p>
      </div>
      {children}
    </header>
  );
}
