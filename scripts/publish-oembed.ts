/**
 * Before `next build`: static oEmbed JSON for the home view and every event (public/oembed/).
 * oEmbed needs absolute URLs: set SITE_URL (e.g. https://example.org/bolivia) when you build
 * for publication; without it the files use http://localhost:3000 and say so.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getDataset, ROOT } from '../lib/dataset/load';
import { oembedFor, oembedPath } from '../lib/embed/oembed';
import { messagesFor } from '../lib/i18n/messages';

const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
if (!process.env.SITE_URL) console.warn('note: SITE_URL is not set; oEmbed files use http://localhost:3000');
const t = messagesFor('en');
const data = getDataset();
const out = path.join(ROOT, 'public');
const write = (file: string, json: unknown) => {
  mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
  writeFileSync(path.join(out, file), `${JSON.stringify(json, null, 2)}\n`);
};
write(oembedPath(), oembedFor({ siteUrl, title: t.siteTitle, providerName: t.siteTitle }));
for (const event of data.events) {
  write(oembedPath(event.id), oembedFor({ siteUrl, title: `${event.title.en} — ${t.siteTitle}`, providerName: t.siteTitle, event: event.id }));
}
console.log(`published oEmbed for the home view and ${data.events.length} events`);
