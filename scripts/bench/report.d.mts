export const INTERACTIONS: readonly ['filter', 'search', 'zoom', 'select'];
export const BUDGET: { firstRenderMs: number; interactionP95Ms: number; longTaskMs: number; smallInteractionP95Ms: number; smallTaskP95Ms: number; linearSlack: number };
export interface Check { budget: string; value: number | null; pass: boolean }
export type Interaction = Record<string, unknown> & { p50: number | null; p95: number | null; taskP95: number | null; errors: string[] };
export interface SizeResult {
  n: number;
  events: number;
  failed?: string;
  firstRender: { median: number | null };
  interactions: Record<'filter' | 'search' | 'zoom' | 'select', Interaction>;
  longTasks: { longestMs: number | null };
  profiles?: unknown;
}
export function table(results: SizeResult[]): string;
export function workTable(results: SizeResult[], measure: 'work' | 'busy' | 'task' | 'frame'): string;
export function budgets(results: SizeResult[]): Check[];
export function printReport(results: SizeResult[], checks: Check[], log: (line: string) => void): void;
export const METHOD: Record<string, unknown>;
