export const REAL: number;
export class UsageError extends Error {}
export interface BenchOptions {
  help: boolean;
  sizes: number[];
  runs: number;
  warmup: number;
  loads: number;
  seed: number;
  profile: boolean;
  unminified: boolean;
  keep: boolean;
  outDir: string;
  ref: string | null;
  waitIdleS: number;
  selectIds: string[] | null;
}
export function parseArgs(argv: string[], options: { repo: string }): BenchOptions;
