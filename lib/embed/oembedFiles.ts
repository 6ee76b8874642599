import type { Dataset } from '../dataset/types';
import { messagesFor } from '../i18n/messages';
import { LOCALES } from '../schema/values';
import { oembedFor, oembedPath, type OEmbed } from './oembed';

/**
 * Every oEmbed file the site publishes, by path: the home view and each event, in each
 * language. None without the site's address: a file naming a guessed one would hand platforms
 * a dead embed.
 */
export function oembedFiles(data: Pick<Dataset, 'events'>, siteUrl: string): Map<string, OEmbed> {
  const files = new Map<string, OEmbed>();
  if (!siteUrl) return files;
  for (const locale of LOCALES) {
    const t = messagesFor(locale);
    const common = { siteUrl, locale, providerName: t.siteTitle };
    files.set(oembedPath(undefined, locale), oembedFor({ ...common, title: t.siteTitle }));
    for (const event of data.events) {
      files.set(oembedPath(event.id, locale), oembedFor({ ...common, title: `${event.title[locale]} — ${t.siteTitle}`, event: event.id }));
    }
  }
  return files;
}
