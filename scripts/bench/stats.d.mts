export function quantile(values: unknown[], q: number): number | null;
export function round(x: number | null | undefined, d?: number): number | null;
export function fmt(x: number | null | undefined): string;
