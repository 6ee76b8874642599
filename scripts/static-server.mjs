/**
 * Serving an exported site (out/) as a static host does, with no dependencies: folders'
 * index.html, the export's 404.html for missing files, nothing outside the folder, text gzipped
 * when the browser accepts it, and the headers of the site's own `_headers` file (the one
 * Netlify and Cloudflare Pages read; scripts/headers.mjs), matched against the path inside the
 * site, after the base path. The file itself is not served, as those hosts do not serve it.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { headersFor, parseHeaders } from './headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.geojson': 'application/geo+json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.ttf': 'font/ttf', '.eot': 'application/vnd.ms-fontobject',
  '.csv': 'text/csv; charset=utf-8', '.bib': 'application/x-bibtex; charset=utf-8', '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

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

/**
 * A request handler for the site in `root` published under `base` ('' or '/sub/path').
 * `headers: false` serves without the `_headers` file (for a page that is not the site's).
 */
export function staticSite(root, { base = '', headers = true } = {}) {
  root = path.resolve(root);
  base = base.replace(/\/$/, '');
  const headersFile = path.join(root, '_headers');
  const rules = headers && existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];

  function resolveFile(urlPath) {
    let decoded;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return undefined;
    }
    const file = path.resolve(root, `.${decoded}`);
    if (file !== root && !file.startsWith(root + path.sep)) return undefined;
    if (file === headersFile) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) {
      const index = path.join(file, 'index.html');
      return existsSync(index) ? index : undefined;
    }
    if (existsSync(file)) return file;
    if (existsSync(`${file}.html`)) return `${file}.html`;
    return undefined;
  }

  return (req, res) => {
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
    // Text is gzipped when the browser accepts it, as every real static host does.
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && /^(text|application\/(json|geo\+json|javascript|manifest)|image\/svg)/.test(type);
    const exists = existsSync(target);
    const body = gzip && exists ? gzippedBody(target) : null;
    const site = Object.fromEntries(Object.entries(headersFor(rules, pathname)).map(([name, { value }]) => [name, value]));
    res.writeHead(status, {
      ...site, 'Content-Type': type, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding',
      ...(body ? { 'Content-Encoding': 'gzip', 'Content-Length': body.length } : {}),
    });
    if (req.method === 'HEAD') return res.end();
    if (!exists) return res.end('Not found');
    if (body) return res.end(body);
    createReadStream(target).pipe(res);
  };
}
