/** One thing wrong with the data, said so a curator can find and fix it. */
export interface Problem {
  /** Repository-relative path of the file, e.g. "data/events/water-war.json". */
  file: string;
  /** The record's id (or footnote number) where one applies. */
  id?: string;
  /** Dotted field path inside the record, e.g. "quotes[0].text"; "" for the whole record. */
  path: string;
  /** Plain-language reason. */
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.id].filter(Boolean).join(' · ');
  return problem.path ? `${where} · ${problem.path}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** "quotes", 0, "text" → "quotes[0].text" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}
