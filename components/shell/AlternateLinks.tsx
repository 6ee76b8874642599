import type { Locale } from '@/lib/schema';
import { SITE_URL } from '@/lib/site';

/**
 * hreflang alternates for a page (React hoists <link> into <head>). English is canonical at the
 * root paths, Spanish under /es/; x-default is the root. `paths` are the site's own
 * (homePath(…), eventPath(…)): SITE_URL already ends with the sub-path, if any.
 *
 * Only with SITE_URL: hreflang links must be absolute URLs, and a relative one is ignored by
 * search engines and flagged by Lighthouse, so a build that does not know its address has none.
 */
export function AlternateLinks({ paths }: { paths: Record<Locale, string> }) {
  if (!SITE_URL) return null;
  return (
    <>
      <link rel="alternate" hrefLang="en" href={`${SITE_URL}${paths.en}`} />
      <link rel="alternate" hrefLang="es" href={`${SITE_URL}${paths.es}`} />
      <link rel="alternate" hrefLang="x-default" href={`${SITE_URL}${paths.en}`} />
    </>
  );
}
