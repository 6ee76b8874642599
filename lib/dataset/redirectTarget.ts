/**
 * Where an old event id leads now. Pure and free of zod, so the browser can use it to honour an
 * old id in `?event=` (the list itself is validated on the server, lib/dataset/redirects.ts).
 */
export interface EventRedirect {
  /** The id the event was published under. */
  from: string;
  /** The id it has now (or an id that was itself renamed later: the chain is followed). */
  to: string;
  /** When it was renamed (ISO date). */
  date: string;
  /** Why, in a line. */
  reason: string;
}

/** The list as `from → to`, for lookups. */
export function redirectMap(redirects: readonly EventRedirect[]): ReadonlyMap<string, string> {
  return new Map(redirects.map((r) => [r.from, r.to]));
}

/**
 * The current id for `id`: itself when it was never renamed, else the end of its chain of
 * renames. Null when the chain loops (checkRedirects rejects such a list before it is published).
 */
export function currentEventId(map: ReadonlyMap<string, string>, id: string): string | null {
  const seen = new Set<string>();
  let at = id;
  while (map.has(at)) {
    if (seen.has(at)) return null;
    seen.add(at);
    at = map.get(at)!;
  }
  return at;
}
