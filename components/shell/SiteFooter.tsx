import type { Messages } from '@/lib/i18n/messages';

export function SiteFooter({ t }: { t: Messages }) {
  return (
    <footer className="site-footer" id="source">
      <p>{t.sourceLine}</p>
      <p>{t.dataLicence}</p>
    </footer>
  );
}
