/**
 * After `next build`: content first on every exported page (see lib/build/deferScripts.ts).
 * Reads EXPORT_DIR (default out/) like the other build steps.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deferScripts } from '../lib/build/deferScripts';

const outDir = process.env.EXPORT_DIR ?? 'out';

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(file);
    else if (entry.name.endsWith('.html')) yield file;
  }
}

let pages = 0;
let files = 0;
for (const file of htmlFiles(outDir)) {
  files++;
  const { html, scripts } = deferScripts(readFileSync(file, 'utf8'));
  if (scripts.length === 0) continue;
  writeFileSync(file, html);
  pages++;
}
console.log(`content first: ${pages} of ${files} pages in ${outDir}/ start their scripts after the first paint`);
