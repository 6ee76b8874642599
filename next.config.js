// @ts-check
/**
 * Static export: `npm run build` writes a self-contained site to out/.
 * BASE_PATH lets the same build live under a sub-path (e.g. GitHub Pages' /<repo>/).
 * @type {import('next').NextConfig}
 */
const basePath = process.env.BASE_PATH ? process.env.BASE_PATH.replace(/\/$/, '') : '';

const nextConfig = {
  output: 'export',
  // With output: 'export', distDir is where the static site is written (default out/).
  // EXPORT_DIR lets a second build (e.g. under a sub-path, for its e2e test) sit beside out/.
  ...(process.env.EXPORT_DIR ? { distDir: process.env.EXPORT_DIR } : {}),
  // Hosts that do not rewrite extension-less URLs still find /events/x/index.html.
  trailingSlash: true,
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};

module.exports = nextConfig;
