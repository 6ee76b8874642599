import { oembedHref } from '@/lib/embed/oembed';
import type { Locale } from '@/lib/schema';
import { SITE_URL } from '@/lib/site';

/**
 * oEmbed discovery: platforms that support it embed the page from a pasted URL. The link names
 * the page's own language's file, and is left out when the build has no SITE_URL (no files then).
 */
export function OEmbedLink({ locale, event, title }: { locale: Locale; event?: string; title: string }) {
  const href = oembedHref(SITE_URL, event, locale);
  return href ? <link rel="alternate" type="application/json+oembed" href={href} title={title} /> : null;
}
