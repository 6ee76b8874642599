/**
 * Before `next build`: publishes the validated dataset and the basemap under public/ so the
 * static export serves them (/data/dataset.json, /data/*.geojson). public/data is generated.
 * The map draws the basemap from /data/basemap.json, the two GeoJSON files projected once here
 * (lib/geo/basemapSvg); the GeoJSON files stay published as they are, for download.
 * Also the explorer's own split of the dataset for large datasets (lib/dataset/explorerFiles):
 * explorer-index.json, explorer-events-<n>.json and explorer-text.json, compact, as only the
 * explorer reads them. And stories/<id>.json, each story's steps for the explorer's story mode.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toDatasetDocument } from '../lib/dataset/document';
import { EXPLORER_TEXT_FILE, explorerFileNames } from '../lib/dataset/explorerFiles';
import { explorerFiles } from '../lib/dataset/writeExplorerFiles';
import { getDataset, getStories, ROOT } from '../lib/dataset/load';
import { BASEMAP_FILE, basemapDrawing } from '../lib/geo/basemapSvg';
import { storyFileName } from '../lib/story/summary';

const out = path.join(ROOT, 'public', 'data');
mkdirSync(out, { recursive: true });
const data = getDataset();
writeFileSync(path.join(out, 'dataset.json'), `${JSON.stringify(toDatasetDocument(data, getStories()), null, 2)}\n`);
const { index, events, text } = explorerFiles(data);
const [indexName, ...eventNames] = explorerFileNames(data.events.length);
for (const stale of readdirSync(out).filter((f) => /^explorer-events-\d+\.json$/.test(f))) rmSync(path.join(out, stale));
writeFileSync(path.join(out, indexName!), JSON.stringify(index));
events.forEach((file, i) => writeFileSync(path.join(out, eventNames[i]!), JSON.stringify(file)));
writeFileSync(path.join(out, EXPLORER_TEXT_FILE), JSON.stringify(text));
// Each story's steps, for the explorer's story mode to fetch when a story is opened (not in the
// page: the first load stays the same size). The same validated stories as their pages.
const storiesOut = path.join(out, 'stories');
rmSync(storiesOut, { recursive: true, force: true });
mkdirSync(storiesOut, { recursive: true });
for (const story of getStories()) {
  writeFileSync(path.join(out, storyFileName(story.id)), JSON.stringify({ ...story, $schema: undefined }));
}
const geo = (file: string) => path.join(ROOT, 'data', 'geo', file);
for (const file of ['bolivia-departments.geojson', 'south-america-context.geojson']) copyFileSync(geo(file), path.join(out, file));
const readGeo = (file: string) => JSON.parse(readFileSync(geo(file), 'utf8'));
writeFileSync(path.join(out, BASEMAP_FILE), JSON.stringify(basemapDrawing(readGeo('south-america-context.geojson'), readGeo('bolivia-departments.geojson'))));
console.log(`published ${path.relative(ROOT, out)}/dataset.json, the explorer's index and text files, the stories' steps and the basemap`);
