import type { Locale } from '@/lib/schema';
import { messagesFor } from '@/lib/i18n/messages';
import '../../app/globals.css';

/** The <html> shell shared by every root layout; `lang` follows the page's language. */
export function Document({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const t = messagesFor(locale);
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">{t.skipToContent}</a>
        {children}
      </body>
    </html>
  );
}
