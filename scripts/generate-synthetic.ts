/**
 * A synthetic, valid dataset of N events over the real places, movements and themes, for
 * benchmarking (see scripts/bench.mjs). Deterministic for a given seed.
 *
 *   npx tsx scripts/generate-synthetic.ts --n 10000 --out /tmp/bench-10000 [--seed 1]
 *
 * Writes DIR/data/: places, movements, themes, eras, footnotes, works and geo/ copied unchanged
 * from this repository's data/, and N files in DIR/data/events/. Then validates DIR with the
 * project's own loader (the same checks as `DATA_ROOT=DIR npm run validate`) and exits 1,
 * listing every problem, if anything is wrong.
 */
import { cpSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDataset } from '../lib/dataset/load';
import { formatProblem } from '../lib/dataset/problem';

const REPO = path.resolve(__dirname, '..');
const COPIED = ['places.json', 'movements.json', 'themes.json', 'eras.json', 'footnotes.json', 'works.json'];
const FIRST_YEAR = 1780;
const LAST_YEAR = 2010;
const FOOTNOTES = 88;

function usage(message?: string): never {
  if (message) console.error(message);
  console.error('usage: npx tsx scripts/generate-synthetic.ts --n N --out DIR [--seed S]');
  process.exit(2);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) usage(`--${name} needs a value`);
  return value;
}

/** mulberry32: small, fast, deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)); // inclusive
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const some = <T>(items: readonly T[], n: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, some };
}
type Rng = ReturnType<typeof rng>;

// Lorem-like vocabulary, with a few accented words so search folding is exercised.
const WORDS_EN = [
  'assembly', 'blockade', 'march', 'strike', 'council', 'union', 'federation', 'neighbourhood', 'miners', 'peasants',
  'water', 'gas', 'coca', 'land', 'reform', 'road', 'market', 'harvest', 'highland', 'valley', 'river', 'plaza',
  'committee', 'cooperative', 'congress', 'petition', 'hunger', 'vigil', 'barricade', 'rotation', 'community', 'ayllu',
  'tribute', 'tax', 'wage', 'school', 'radio', 'railway', 'factory', 'mine', 'festival', 'council', 'commons', 'protest',
];
const WORDS_ES = [
  'asamblea', 'bloqueo', 'marcha', 'huelga', 'consejo', 'sindicato', 'federación', 'vecinal', 'mineros', 'campesinos',
  'agua', 'gas', 'coca', 'tierra', 'reforma', 'camino', 'mercado', 'cosecha', 'altiplano', 'valle', 'río', 'plaza',
  'comité', 'cooperativa', 'congreso', 'petición', 'ayuno', 'vigilia', 'barricada', 'rotación', 'comunidad', 'ayllu',
  'tributo', 'impuesto', 'salario', 'escuela', 'radio', 'ferrocarril', 'fábrica', 'mina', 'fiesta', 'común', 'protesta',
];
const LOREM = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit', 'sed', 'do', 'eiusmod', 'tempor', 'incididunt', 'labore', 'dolore', 'magna', 'aliqua'];
const SYNTHETIC_DATE = { en: 'A synthetic date, made for benchmarking.', es: 'Una fecha sintética, hecha para medir el rendimiento.' };
const APPROXIMATE = ['the late years of the decade', 'over several years', 'around this time', 'the early part of the decade', 'during the following years'];

function sentence(r: Rng, words: readonly string[], n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(r.next() < 0.6 ? r.pick(words) : r.pick(LOREM));
  const text = parts.join(' ');
  return `${capitalise(text)}.`;
}

function capitalise(text: string): string {
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A year like the real data's: a few from the colonial era onwards, most between 1952 and 2010, densest after 1985. */
function year(r: Rng): number {
  const u = r.next();
  if (u < 0.08) return r.int(FIRST_YEAR, 1951);
  if (u < 0.45) return r.int(1952, LAST_YEAR);
  return r.int(1985, LAST_YEAR);
}

interface Dates { start: string; end?: string; approximate?: string }

function dates(r: Rng): Dates {
  const y = year(r);
  const u = r.next();
  const precision = u < 0.55 ? 'year' : u < 0.85 ? 'month' : 'day';
  const m = r.int(1, 12);
  const d = r.int(1, daysIn(y, m));
  const start = precision === 'year' ? String(y) : precision === 'month' ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
  if (r.next() >= 0.3) return { start };
  // ~30% have an end, at the same precision, after the start and no later than LAST_YEAR.
  if (precision === 'year') {
    const endYear = Math.min(LAST_YEAR, y + r.int(1, r.next() < 0.8 ? 5 : 20));
    if (endYear <= y) return { start };
    return { start, end: String(endYear), ...(r.next() < 0.4 ? { approximate: r.pick(APPROXIMATE) } : {}) };
  }
  if (precision === 'month') {
    const months = y * 12 + (m - 1) + r.int(1, 18);
    const ey = Math.floor(months / 12);
    if (ey > LAST_YEAR) return { start };
    return { start, end: `${ey}-${pad((months % 12) + 1)}` };
  }
  const t = Date.UTC(y, m - 1, d) + r.int(1, 30) * 86_400_000;
  const e = new Date(t);
  if (e.getUTCFullYear() > LAST_YEAR) return { start };
  return { start, end: `${e.getUTCFullYear()}-${pad(e.getUTCMonth() + 1)}-${pad(e.getUTCDate())}` };
}

interface Place { id: string; country: string }
interface Taxon { id: string }

/**
 * One story over the whole span: the real stories name real events, which a synthetic dataset
 * does not have, and the site's story pages need at least one story to build.
 */
function writeSyntheticStory(dataDir: string): void {
  const text = (en: boolean) => Array.from({ length: 6 }, (_, i) => (en
    ? `Synthetic sentence number ${i + 1} of a step written for benchmarking.`
    : `Frase sintética número ${i + 1} de un paso escrito para medir el rendimiento.`)).join(' ');
  const step = (n: number, view: Record<string, unknown>) => ({
    title: { en: `Synthetic step ${n}`, es: `Paso sintético ${n}` },
    text: { en: text(true), es: text(false) },
    footnotes: [1],
    view,
  });
  const story = {
    $schema: '../schema/story.schema.json',
    id: 'synthetic-story',
    title: { en: 'A synthetic story', es: 'Un relato sintético' },
    introduction: { en: 'A story for benchmarking.', es: 'Un relato para medir el rendimiento.' },
    steps: [step(1, { t: `${FIRST_YEAR}..${LAST_YEAR}` }), step(2, {})],
  };
  mkdirSync(path.join(dataDir, 'stories'), { recursive: true });
  writeFileSync(path.join(dataDir, 'stories', 'synthetic-story.json'), `${JSON.stringify(story, null, 2)}\n`);
}

function main() {
  const args = process.argv.slice(2);
  const n = Number(option(args, 'n'));
  const out = option(args, 'out');
  const seed = Number(option(args, 'seed') ?? '1');
  if (!Number.isInteger(n) || n < 1) usage('--n must be a positive whole number');
  if (!out) usage('--out is required');
  if (!Number.isFinite(seed)) usage('--seed must be a number');
  const root = path.resolve(out);
  const dataDir = path.join(root, 'data');
  const eventsDir = path.join(dataDir, 'events');
  if (path.relative(REPO, root) === '') {
    usage('--out must not be this repository (its data/ would be replaced)');
  }

  // A clean data folder: stale event files from an earlier run would change N.
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(eventsDir, { recursive: true });
  const source = path.join(REPO, 'data');
  for (const file of COPIED) copyFileSync(path.join(source, file), path.join(dataDir, file));
  cpSync(path.join(source, 'geo'), path.join(dataDir, 'geo'), { recursive: true });
  // Keeps the events' "$schema" lines resolvable for an editor; not needed by the loader.
  if (existsSync(path.join(source, 'schema'))) cpSync(path.join(source, 'schema'), path.join(dataDir, 'schema'), { recursive: true });

  const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(dataDir, file), 'utf8')) as T;
  const places = read<Place[]>('places.json');
  const movements = read<Taxon[]>('movements.json').map((m) => m.id);
  const themes = read<Taxon[]>('themes.json').map((t) => t.id);
  const bolivian = places.filter((p) => p.country === 'BO').map((p) => p.id);
  const abroad = places.filter((p) => p.country !== 'BO').map((p) => p.id);
  if (bolivian.length === 0) throw new Error('data/places.json has no Bolivian place');

  const r = rng(seed);
  const width = String(n).length;
  const ids: string[] = [];
  for (let i = 1; i <= n; i++) {
    const region = abroad.length > 0 && r.next() < 0.05;
    const a = r.pick(WORDS_EN);
    const b = r.pick(WORDS_EN);
    const id = `synthetic-${pad(i, width)}-${a}-${b}`;
    ids.push(id);
    const { start, end, approximate } = dates(r);
    const placeIds = region ? r.some(abroad, 1) : r.some(bolivian, r.next() < 0.8 ? 1 : 2);
    const footnotes = r.some(Array.from({ length: FOOTNOTES }, (_, k) => k + 1), r.int(1, 4)).sort((x, y) => x - y);
    const event = {
      $schema: '../schema/event.schema.json',
      id,
      scope: region ? 'region' : 'bolivia',
      title: {
        en: `Synthetic ${a} ${b} ${i}`,
        es: `${capitalise(r.pick(WORDS_ES))} ${r.pick(WORDS_ES)} sintético (synthetic) ${i}`,
      },
      summary: {
        en: [sentence(r, WORDS_EN, r.int(10, 18)), sentence(r, WORDS_EN, r.int(10, 18)), `A synthetic event for benchmarking (${i}).`].join(' '),
        es: [sentence(r, WORDS_ES, r.int(10, 18)), sentence(r, WORDS_ES, r.int(10, 18)), `Un evento sintético (synthetic) para medir el rendimiento (${i}).`].join(' '),
      },
      start,
      ...(end ? { end } : {}),
      // Bilingual like the real notes; the synthetic reading is the same words in both.
      ...(approximate ? { approximate: { en: approximate, es: approximate } } : {}),
      // Every end must say where it comes from (lib/dataset/checkDateSources.ts): here, nowhere.
      outsidePaper: { start: { note: SYNTHETIC_DATE }, ...(end ? { end: { note: SYNTHETIC_DATE } } : {}) },
      places: placeIds,
      movements: r.some(movements, r.pick([0, 0, 1, 1, 1, 2, 3])),
      themes: r.some(themes, r.int(1, 3)),
      footnotes,
      quotes: [],
      ...(i > 1 && r.next() < 0.2 ? { related: [ids[r.int(0, i - 2)]!] } : {}),
    };
    writeFileSync(path.join(eventsDir, `${id}.json`), `${JSON.stringify(event, null, 2)}\n`);
  }

  writeSyntheticStory(dataDir);

  // Validate with the project's own loader (what `DATA_ROOT=DIR npm run validate` runs).
  const { dataset, problems, notices } = loadDataset(root);
  for (const notice of notices) console.warn(`note: ${notice}`);
  if (problems.length > 0 || !dataset) {
    for (const problem of problems.slice(0, 200)) console.error(formatProblem(problem));
    if (problems.length > 200) console.error(`… and ${problems.length - 200} more`);
    console.error(`\nThe synthetic dataset in ${dataDir} is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}).`);
    process.exit(1);
  }
  console.log(`wrote ${n} synthetic events (seed ${seed}) to ${path.relative(process.cwd(), eventsDir) || eventsDir}; data/ is valid: ${dataset.events.length} events, ${dataset.places.length} places`);
}

main();
