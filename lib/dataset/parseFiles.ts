import { z } from 'zod';
import { Era, Footnote, HistoricalEvent, Place, Taxon, Work } from '../schema';
import type { Problem } from './problem';
import type { DataFiles, Dataset, SourceFile } from './types';
import { problemsFromZod } from './zodProblems';


function recordId(item: unknown, fallback: string): string {
  if (item && typeof item === 'object') {
    const record = item as Record<string, unknown>;
    if (typeof record.id === 'string' && record.id) return record.id;
    if (typeof record.number === 'number') return `footnote ${record.number}`;
  }
  return fallback;
}

/** Parses a file holding a list of records; each bad record is reported under its own id. */
function parseList<T>(source: SourceFile, schema: z.ZodType<T>, problems: Problem[]): T[] {
  if (source.readError) {
    problems.push({ file: source.file, path: '', message: source.readError });
    return [];
  }
  if (!Array.isArray(source.json)) {
    problems.push({ file: source.file, path: '', message: 'must be a list (a JSON array) of records' });
    return [];
  }
  const out: T[] = [];
  source.json.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) out.push(result.data);
    else problems.push(...problemsFromZod(result.error, item, { file: source.file, id: recordId(item, `item ${index + 1}`) }));
  });
  return out;
}

/**
 * Shape checks of one record file (data/events/<id>.json, data/stories/<id>.json): a record that
 * fails is left out with its problems named, and its id must be its file's name.
 */
export function parseRecordFile<S extends z.ZodType<{ id: string }>>(source: SourceFile, schema: S, problems: Problem[]): z.infer<S> | undefined {
  const fileId = source.file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (source.readError) {
    problems.push({ file: source.file, id: fileId, path: '', message: source.readError });
    return undefined;
  }
  const id = recordId(source.json, fileId);
  const result = schema.safeParse(source.json);
  if (!result.success) {
    problems.push(...problemsFromZod(result.error, source.json, { file: source.file, id }));
    return undefined;
  }
  const record = result.data as z.infer<S>;
  if (record.id !== fileId) {
    problems.push({ file: source.file, id, path: 'id', message: `"${record.id}" does not match the file name; name the file ${record.id}.json` });
  }
  return record;
}

/** Ids of every record in a list file, valid or not, so a bad record is not also reported as missing. */
function rawIds(source: SourceFile): Set<string> {
  const items = Array.isArray(source.json) ? source.json : [];
  return new Set(items.map((item) => (item as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string'));
}

export interface DeclaredIds {
  places: Set<string>;
  movements: Set<string>;
  themes: Set<string>;
  events: Set<string>;
}

/** Shape checks: every record against its zod schema. Records that fail are left out. */
export function parseDataFiles(files: DataFiles): { dataset: Dataset; problems: Problem[]; declared: DeclaredIds } {
  const problems: Problem[] = [];
  const dataset: Dataset = {
    events: files.events.map((f) => parseRecordFile(f, HistoricalEvent, problems)).filter((e) => e !== undefined),
    places: parseList(files.places, Place, problems),
    movements: parseList(files.movements, Taxon, problems),
    themes: parseList(files.themes, Taxon, problems),
    eras: parseList(files.eras, Era, problems),
    footnotes: parseList(files.footnotes, Footnote, problems),
    works: parseList(files.works, Work, problems),
  };
  const declared: DeclaredIds = {
    places: rawIds(files.places),
    movements: rawIds(files.movements),
    themes: rawIds(files.themes),
    events: new Set(files.events.map((f) => (f.json as { id?: unknown } | undefined)?.id).filter((id): id is string => typeof id === 'string')),
  };
  return { dataset, problems, declared };
}
