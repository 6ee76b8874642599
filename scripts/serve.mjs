#!/usr/bin/env node
/**
 * A small static file server for the exported site (out/), with no dependencies.
 * Usage: node scripts/serve.mjs [dir] [--port 3000] [--host 127.0.0.1] [--base /sub/path]
 * Serves folders' index.html, the export's 404.html for missing files, and nothing outside [dir].
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import path from 'node:path';

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}
const root = path.resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'out');
const port = Number(option('port', process.env.PORT ?? '3000'));
const host = option('host', '127.0.0.1');
const base = option('base', '').replace(/\/$/, '');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.geojson': 'application/geo+json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8', '.bib': 'application/x-bibtex; charset=utf-8', '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

if (!existsSync(root)) {
  console.error(`Nothing to serve: ${root} does not exist. Run \`npm run build\` first.`);
  process.exit(1);
}

function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = path.resolve(root, `.${decoded}`);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = path.join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  if (existsSync(file)) return file;
  if (existsSync(`${file}.html`)) return `${file}.html`;
  return undefined;
}

/**
 * Gzipped files, compressed once per version of the file: static hosts and CDNs keep compressed
 * copies too, so a large dataset.json is not compressed again on every request (which, on a
 * 2-core machine, took CPU from the browser being measured).
 */
const gzipped = new Map();
function gzippedBody(file) {
  const { mtimeMs, size } = statSync(file);
  const hit = gzipped.get(file);
  if (hit && hit.mtimeMs === mtimeMs && hit.size === size) return hit.body;
  const body = gzipSync(readFileSync(file));
  gzipped.set(file, { mtimeMs, size, body });
  return body;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname = url.pathname;
  if (base) {
    if (pathname === base) pathname = '/';
    else if (pathname.startsWith(`${base}/`)) pathname = pathname.slice(base.length);
    else pathname = '/__outside_base__';
  }
  const file = resolveFile(pathname);
  const status = file ? 200 : 404;
  const target = file ?? path.join(root, '404.html');
  const type = TYPES[path.extname(target)] ?? 'application/octet-stream';
  // Like GitHub Pages and most static hosts: public files may be read from any origin, which a
  // sandboxed embed (an opaque origin) needs to fetch the basemap.
  // Text is gzipped when the browser accepts it, as every real static host does.
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && /^(text|application\/(json|geo\+json|javascript|manifest)|image\/svg)/.test(type);
  const exists = existsSync(target);
  const body = gzip && exists ? gzippedBody(target) : null;
  res.writeHead(status, {
    'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff', 'Access-Control-Allow-Origin': '*',
    Vary: 'Accept-Encoding', ...(body ? { 'Content-Encoding': 'gzip', 'Content-Length': body.length } : {}),
  });
  if (req.method === 'HEAD') return res.end();
  if (!exists) return res.end('Not found');
  if (body) return res.end(body);
  createReadStream(target).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${host}:${port}${base}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
