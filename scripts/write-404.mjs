#!/usr/bin/env node
/**
 * After `next build`: a real, self-contained 404 page (both languages, no JavaScript needed),
 * with links that respect BASE_PATH. Static hosts (GitHub Pages, Netlify, S3 website hosting)
 * serve out/404.html for missing paths.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
const outDir = process.env.EXPORT_DIR ?? 'out';
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Page not found — Bolivian Social Mobilisations</title>
<style>
  body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1d1d1f; background: #fbfaf7; margin: 0; padding: 2rem 1rem; line-height: 1.5; }
  main { max-width: 40rem; margin: 0 auto; }
  a { color: #1f4f8a; }
  h1 { font-size: 1.5rem; }
</style>
</head>
<body>
<main>
  <h1>Page not found</h1>
  <p>There is no page at this address. The link may be mistyped, or the page may have moved.</p>
  <p><a href="${base}/">Go to the timeline and map</a> · <a href="${base}/?view=list">See all events as a list</a></p>
  <div lang="es">
    <h2>Página no encontrada</h2>
    <p>No hay ninguna página en esta dirección. El enlace puede estar mal escrito o la página puede haberse movido.</p>
    <p><a href="${base}/es/">Ir a la línea de tiempo y el mapa</a> · <a href="${base}/es/?view=list">Ver todos los acontecimientos en una lista</a></p>
  </div>
</main>
</body>
</html>
`;
writeFileSync(path.join(outDir, '404.html'), html);
console.log(`wrote ${outDir}/404.html`);
