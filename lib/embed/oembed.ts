import { embedSnippet } from './snippet';
import { EMPTY_STATE } from '../url/state';

/**
 * oEmbed 1.0 "rich" responses, published as static JSON per page (no server to answer
 * ?url= queries): /oembed/home.json and /oembed/events/<id>.json, announced by a discovery
 * <link rel="alternate" type="application/json+oembed"> on each page.
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

export function oembedFor(input: { siteUrl: string; title: string; providerName: string; event?: string; height?: number }): OEmbed {
  const height = input.height ?? 600;
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.providerName,
    provider_url: `${input.siteUrl}/`,
    html: embedSnippet({
      embedUrl: `${input.siteUrl}/embed/`,
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

export function oembedPath(eventId?: string): string {
  return eventId ? `/oembed/events/${eventId}.json` : '/oembed/home.json';
}
