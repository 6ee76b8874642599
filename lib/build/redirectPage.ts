import { eventPath, explicitLocalePath } from '../i18n/paths';
import { LOCALES, type Locale } from '../schema/values';

/**
 * The page left at an old event id's address: it sends the reader on to the event's page now,
 * without JavaScript (a meta refresh), keeping the query and hash where JavaScript runs, tells
 * search engines where the page is (canonical), and shows a link for anyone the refresh does not
 * move (some readers and hosts block it). Plain HTML: no Next, no React.
 */
const WORDS: Record<Locale, { title: string; moved: string; link: string }> = {
  en: { title: 'This event has moved', moved: 'This event’s page has a new address.', link: 'Go to' },
  es: { title: 'Este evento cambió de dirección', moved: 'La página de este evento tiene una nueva dirección.', link: 'Ir a' },
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface RedirectPage {
  locale: Locale;
  /** Where the event is now, as the reader's browser should go (with the base path). */
  href: string;
  /** The same, absolute, when the site's URL is known at build time (else `href`). */
  canonical: string;
  /** The event's title now, in this language. */
  title: string;
}

export function redirectPageHtml({ locale, href, canonical, title }: RedirectPage): string {
  const w = WORDS[locale];
  const to = escapeHtml(href);
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url=${to}">
<link rel="canonical" href="${escapeHtml(canonical)}">
<title>${escapeHtml(w.title)} — ${escapeHtml(title)}</title>
<script>location.replace(${JSON.stringify(href).replace(/</g, '\\u003c')} + location.search + location.hash)</script>
</head>
<body>
<main>
<h1>${escapeHtml(w.title)}</h1>
<p>${escapeHtml(w.moved)} ${escapeHtml(w.link)} <a href="${to}">${escapeHtml(title)}</a>.</p>
</main>
</body>
</html>
`;
}

/** What redirectPages needs of an event: its id now and its title in each language. */
export interface RedirectedEvent { id: string; title: Record<Locale, string> }

/**
 * Every page the old ids need: one per address an event page had (English at the root and under
 * /en/, Spanish under /es/), as paths under the site's root. `target` gives each old id's event now.
 */
export function redirectPages(
  oldIds: readonly string[],
  target: (oldId: string) => RedirectedEvent,
  { basePath, siteUrl }: { basePath: string; siteUrl: string },
): { path: string; html: string }[] {
  return oldIds.flatMap((from) => {
    const event = target(from);
    return LOCALES.flatMap((locale) => {
      const to = eventPath(locale, event.id);
      const html = redirectPageHtml({ locale, href: `${basePath}${to}`, canonical: `${siteUrl || basePath}${to}`, title: event.title[locale] });
      const old = eventPath(locale, from);
      const paths = locale === 'en' ? [old, explicitLocalePath(locale, old)] : [old];
      return paths.map((path) => ({ path, html }));
    });
  });
}
