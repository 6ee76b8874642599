/** The bench's numbers: nearest-rank percentiles, rounding for the JSON, and the table's format. */

/** The `q` quantile (0–1) of the finite numbers in `values`, nearest rank; null when there are none. */
export function quantile(values, q) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  // Nearest-rank: the p95 of 30 samples is the 29th smallest.
  const rank = Math.max(1, Math.ceil(q * v.length));
  return v[rank - 1];
}

/** `x` to `d` decimals as a number; null and undefined stay null. */
export const round = (x, d = 1) => (x === null || x === undefined ? null : Number(x.toFixed(d)));

/** A table cell: one decimal below 100, whole numbers from 100, a dash for a missing value. */
export const fmt = (x) => (x === null || x === undefined ? '—' : x >= 100 ? String(Math.round(x)) : x.toFixed(1));
