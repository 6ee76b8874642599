/**
 * Before `next build`: publishes the validated dataset and the basemap under public/ so the
 * static export serves them (/data/dataset.json, /geo/*.geojson). public/data is generated.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toDatasetDocument } from '../lib/dataset/document';
import { getDataset, ROOT } from '../lib/dataset/load';

const out = path.join(ROOT, 'public', 'data');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'dataset.json'), `${JSON.stringify(toDatasetDocument(getDataset()), null, 2)}\n`);
for (const file of ['bolivia-departments.geojson', 'south-america-context.geojson']) {
  copyFileSync(path.join(ROOT, 'data', 'geo', file), path.join(out, file));
}
console.log(`published ${path.relative(ROOT, out)}/dataset.json and the basemap`);
