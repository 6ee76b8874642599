#!/usr/bin/env node
/**
 * Lighthouse 12.2.3 (its mobile preset: simulated throttling) on the built site served with its
 * own _headers, each page several times, and the median of each score:
 *
 *   npm run lighthouse -- [--runs 3] [--dir out] [/ /es/ /events/water-war/]
 *
 * Lighthouse is run with `npx lighthouse@12.2.3` (fetched into npm's cache on first use, not a
 * dependency of the site: 13 needs Node 22). Reports go to bench-results/lighthouse/.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, SYSTEM_CHROMIUM_ARGS } from '../e2e/support/browser.mjs';
import { staticSite } from './static-server.mjs';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const RUNS = Number(opt('runs', '3'));
const SITE = path.resolve(ROOT, opt('dir', 'out'));
const PAGES = args.filter((a, i) => a.startsWith('/') && !args[i - 1]?.startsWith('--'));
const OUT = path.join(ROOT, 'bench-results', 'lighthouse');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

async function main() {
  const found = findChromium();
  if (!found) throw new Error('No Chromium found (see e2e/support/browser.mjs).');
  const handler = staticSite(SITE);
  const server = createServer((req, res) => handler(req, res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  mkdirSync(OUT, { recursive: true });
  const rows = [];
  try {
    for (const page of PAGES.length ? PAGES : ['/', '/es/', '/events/water-war/']) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const file = path.join(OUT, `${page.replace(/\W+/g, '_') || 'home'}-${i + 1}.json`);
        // Asynchronously: this process serves the pages Lighthouse loads.
        await promisify(execFile)('npx', ['--yes', 'lighthouse@12.2.3', origin + page, '--quiet', '--output=json', `--output-path=${file}`,
          `--chrome-flags=--headless=new ${SYSTEM_CHROMIUM_ARGS.join(' ')}`], { env: { ...process.env, CHROME_PATH: found.path ?? '' } });
        const lhr = JSON.parse(readFileSync(file, 'utf8'));
        const run = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
        run.tbt = lhr.audits['total-blocking-time'].numericValue;
        run.lcp = lhr.audits['largest-contentful-paint'].numericValue;
        runs.push(run);
        console.error(`${page} ${i + 1}/${RUNS}: ${CATEGORIES.map((c) => `${c} ${run[c]}`).join(', ')}; TBT ${Math.round(run.tbt)} ms, LCP ${Math.round(run.lcp)} ms`);
      }
      rows.push({ page, runs });
    }
  } finally {
    server.close();
  }
  console.log(`| page (median of ${RUNS}) | performance | accessibility | best practices | SEO | TBT (ms) | LCP (ms) |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { page, runs } of rows) {
    const m = (k) => Math.round(median(runs.map((r) => r[k])));
    console.log(`| ${page} | ${m('performance')} (${runs.map((r) => r.performance).join(', ')}) | ${m('accessibility')} | ${m('best-practices')} | ${m('seo')} | ${m('tbt')} | ${m('lcp')} |`);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
