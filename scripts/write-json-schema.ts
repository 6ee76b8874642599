/**
 * `npm run schema`: writes JSON Schema for every data file from the zod schemas, so an editor
 * autocompletes and flags fields while someone curates. The data files point at these via "$schema".
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ROOT } from '../lib/dataset/load';
import { Eras, Footnotes, HistoricalEvent, Places, Story, Taxa, Works } from '../lib/schema';

const out = path.join(ROOT, 'data', 'schema');
mkdirSync(out, { recursive: true });
const schemas: Record<string, z.ZodType> = {
  'event.schema.json': HistoricalEvent,
  'places.schema.json': Places,
  'taxa.schema.json': Taxa,
  'eras.schema.json': Eras,
  'footnotes.schema.json': Footnotes,
  'works.schema.json': Works,
  'story.schema.json': Story,
};
for (const [file, schema] of Object.entries(schemas)) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  writeFileSync(path.join(out, file), `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(schemas).length} JSON Schemas to ${path.relative(ROOT, out)}/`);
