#!/usr/bin/env node
/**
 * A small static file server for the exported site (out/), with no dependencies, that sends the
 * headers of the site's own public/_headers as Netlify and Cloudflare Pages do (scripts/static-server.mjs).
 * Usage: node scripts/serve.mjs [dir] [--port 3000] [--host 127.0.0.1] [--base /sub/path]
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { staticSite } from './static-server.mjs';

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}
const root = path.resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'out');
const port = Number(option('port', process.env.PORT ?? '3000'));
const host = option('host', '127.0.0.1');
const base = option('base', '').replace(/\/$/, '');

if (!existsSync(root)) {
  console.error(`Nothing to serve: ${root} does not exist. Run \`npm run build\` first.`);
  process.exit(1);
}

const server = createServer(staticSite(root, { base }));
server.listen(port, host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${host}:${port}${base}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
