/**
 * After `next build`: content first on every exported page (see lib/build/deferScripts.ts).
 * Reads EXPORT_DIR (default out/) like the other build steps. Fails the build when a page still
 * loads a Next chunk with a script tag of its own (Next changed its HTML), or when no page was
 * rewritten at all: a page left as it was would block on its scripts again, silently.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkDeferred, deferScripts } from '../lib/build/deferScripts';

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
const failures: string[] = [];
for (const file of htmlFiles(outDir)) {
  files++;
  const { html, scripts } = deferScripts(readFileSync(file, 'utf8'));
  const problem = checkDeferred(html);
  if (problem) failures.push(`${file}: ${problem}`);
  if (scripts.length === 0) continue;
  writeFileSync(file, html);
  pages++;
}
if (failures.length > 0 || pages === 0) {
  console.error(`content first FAILED: ${pages} of ${files} pages in ${outDir}/ rewritten`);
  for (const f of failures.slice(0, 10)) console.error(`  ${f}`);
  if (failures.length > 10) console.error(`  … and ${failures.length - 10} more`);
  if (pages === 0) console.error('  no page was rewritten: Next\'s HTML no longer matches lib/build/deferScripts.ts');
  process.exit(1);
}
console.log(`content first: ${pages} of ${files} pages in ${outDir}/ start their scripts after the first paint (the other ${files - pages} load no Next script)`);
