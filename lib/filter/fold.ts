/** Anything outside ASCII, or the backtick (folded to an apostrophe). */
const NEEDS_FOLDING = /[^\x00-\x5f\x61-\x7f]/;

/**
 * Search folding: lower case, accents removed, so "potosi" finds "Potosí" and "tupaj" finds
 * "Túpaj" in either language. Apostrophes and quotes are normalised too.
 */
export function fold(text: string): string {
  // Plain ASCII (no backtick) only needs lower case: NFD and the replacements below were most of
  // the search index's build time at 10,000 events, and most words need neither.
  if (!NEEDS_FOLDING.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .toLowerCase();
}

/** Splits a query into folded words; every word must match (AND). */
export function queryTerms(query: string): string[] {
  return fold(query).split(/\s+/).filter((w) => w.length > 0).slice(0, 12);
}

/**
 * Ranges [start, end) of `text` that match any term, for highlighting. Folding keeps the
 * string length for Latin text (one base letter per accented letter after NFD stripping),
 * so indices in the folded text map back to the original.
 */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0) return [];
  const folded = foldSameLength(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(term, from);
      if (at < 0) break;
      ranges.push([at, at + term.length]);
      from = at + Math.max(term.length, 1);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Folds character by character so the result has exactly the input's length. */
function foldSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = fold(ch);
    out += f.length === ch.length ? f : ch.length === 1 ? (f[0] ?? ch) : f.padEnd(ch.length, ' ').slice(0, ch.length);
  }
  return out;
}
