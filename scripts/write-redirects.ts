/**
 * After `next build`: a page at every renamed event's old address, in every language
 * (data/redirects.json, lib/build/redirectPage.ts), so no printed link ends at a 404. Fails the
 * build when the list does not fit the events (lib/dataset/redirects.ts, checkRedirects).
 * Reads EXPORT_DIR (default out/), BASE_PATH and SITE_URL like the other build steps.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { redirectPages } from '../lib/build/redirectPage';
import { getDataset } from '../lib/dataset/load';
import { checkRedirects, loadRedirects } from '../lib/dataset/redirects';
import { currentEventId, redirectMap } from '../lib/dataset/redirectTarget';

const outDir = process.env.EXPORT_DIR ?? 'out';
const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
const siteUrl = (process.env.SITE_URL ?? '').replace(/\/$/, '');
const redirects = loadRedirects();
const events = new Map(getDataset().events.map((e) => [e.id, e]));
const problems = checkRedirects(redirects, new Set(events.keys()));
if (problems.length > 0) {
  for (const p of problems) console.error(`data/redirects.json · ${p}`);
  process.exit(1);
}
const map = redirectMap(redirects);
const pages = redirectPages(redirects.map((r) => r.from), (from) => events.get(currentEventId(map, from)!)!, { basePath, siteUrl });
for (const page of pages) {
  const dir = path.join(outDir, ...page.path.split('/').filter(Boolean));
  if (existsSync(path.join(dir, 'index.html'))) throw new Error(`${page.path} is a page already: an old id cannot redirect from it`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), page.html);
}
console.log(`old event ids: ${redirects.length} in data/redirects.json, ${pages.length} pages that send the reader on`);
