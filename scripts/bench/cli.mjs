/**
 * The bench's command line (the flags are documented in scripts/bench.mjs's opening comment,
 * which `--help` prints). Pure: it reads the arguments it is given, never process.argv.
 */
import path from 'node:path';

/** The size that means the real data (the bench builds the repository's own data/ for it). */
export const REAL = 40;

export class UsageError extends Error {}

/**
 * The options in `argv` (without node and the script), out resolved against `repo`.
 * A flag's value is the next argument unless that is itself a flag. Throws UsageError.
 */
export function parseArgs(argv, { repo }) {
  const opt = (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[i + 1] : fallback;
  };
  const flag = (name) => argv.includes(`--${name}`);
  const sizes = String(opt('sizes', '40,1000,10000')).split(',').map((s) => s.trim()).filter(Boolean)
    .map((s) => (s === 'real' ? REAL : Number(s)));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new UsageError('--sizes takes whole numbers, e.g. --sizes 40,1000,10000 (40 = the real data)');
  }
  const number = (name, fallback) => {
    const v = Number(opt(name, fallback));
    if (!Number.isFinite(v) || v < 0) throw new UsageError(`--${name} takes a number, not ${opt(name, fallback)}`);
    return v;
  };
  const selectIds = opt('select-ids', null);
  return {
    help: flag('help'),
    sizes,
    runs: number('runs', '30'),
    warmup: number('warmup', '3'),
    loads: number('loads', '5'),
    seed: number('seed', '1'),
    profile: flag('profile'),
    unminified: flag('unminified'),
    keep: flag('keep'),
    outDir: path.resolve(repo, opt('out', 'bench-results')),
    ref: opt('ref', null),
    waitIdleS: number('wait-idle', '300'),
    selectIds: selectIds === null ? null : selectIds.split(',').map((s) => s.trim()).filter(Boolean),
  };
}
