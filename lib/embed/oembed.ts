import { embedPath, localePrefix } from '../i18n/paths';
import type { Locale } from '../schema';
import { embedSnippet } from './snippet';
import { EMPTY_STATE } from '../url/state';

/**
 * oEmbed 1.0 "rich" responses, published as static JSON per page and language (no server to
 * answer ?url= queries): /oembed/home.json and /oembed/events/<id>.json, and under /oembed/es/
 * for the Spanish pages, announced by a discovery <link rel="alternate"
 * type="application/json+oembed"> on each page.
 */
export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

export interface OEmbedInput {
  /** The site's absolute address, with its sub-path ("https://example.org/bolivia"). */
  siteUrl: string;
  locale: Locale;
  title: string;
  providerName: string;
  event?: string;
  height?: number;
}

export function oembedFor(input: OEmbedInput): OEmbed {
  const height = input.height ?? 600;
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.providerName,
    provider_url: `${input.siteUrl}${localePrefix(input.locale)}/`,
    html: embedSnippet({
      embedUrl: `${input.siteUrl}${embedPath(input.locale)}`,
      scriptUrl: `${input.siteUrl}/embed.js`,
      state: { ...EMPTY_STATE, event: input.event ?? null },
      options: { view: 'timeline', height },
      responsive: true,
      title: input.title,
    }),
    width: 800,
    height,
  };
}

/** "/oembed/events/water-war.json", "/oembed/es/home.json": the file, under the site's root. */
export function oembedPath(eventId?: string, locale: Locale = 'en'): string {
  return `/oembed${localePrefix(locale)}/${eventId ? `events/${eventId}` : 'home'}.json`;
}

/**
 * oEmbed consumers fetch absolute URLs, and the files name the site's address: without a known
 * address (SITE_URL unset) there are no files and no discovery link, never a development one.
 */
export function oembedHref(siteUrl: string, eventId: string | undefined, locale: Locale): string | undefined {
  return siteUrl ? `${siteUrl}${oembedPath(eventId, locale)}` : undefined;
}
