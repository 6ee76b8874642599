/**
 * Before `next build`: static oEmbed JSON for the home view and every event, in each language
 * (public/oembed/, generated). oEmbed needs absolute URLs, so the files are written only when
 * SITE_URL names the published address (e.g. https://example.org/bolivia); without it there
 * are none, and the pages carry no discovery link (components/shell/OEmbedLink.tsx).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getDataset, ROOT } from '../lib/dataset/load';
import { oembedFiles } from '../lib/embed/oembedFiles';
import { SITE_URL } from '../lib/site';

const out = path.join(ROOT, 'public');
// Files from an earlier build with another SITE_URL (or with one, where this build has none) must not ship.
rmSync(path.join(out, 'oembed'), { recursive: true, force: true });
const files = oembedFiles(getDataset(), SITE_URL);
for (const [file, json] of files) {
  mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
  writeFileSync(path.join(out, file), `${JSON.stringify(json, null, 2)}\n`);
}
console.log(SITE_URL
  ? `published ${files.size} oEmbed files for ${SITE_URL} (home and every event, English and Spanish)`
  : 'oEmbed: SITE_URL is not set, so no oEmbed files and no discovery links (set SITE_URL to the published address to have them)');
