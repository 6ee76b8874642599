import { Story } from '../schema/story';
import type { Problem } from './problem';
import type { SourceFile } from './types';
import { problemsFromZod } from './zodProblems';

const fileIdOf = (file: string) => file.replace(/^.*\//, '').replace(/\.json$/, '');

/** Shape checks of one data/stories/<id>.json; a story that fails is left out, its problems named. */
export function parseStoryFile(source: SourceFile, problems: Problem[]): Story | undefined {
  const fileId = fileIdOf(source.file);
  if (source.readError) {
    problems.push({ file: source.file, id: fileId, path: '', message: source.readError });
    return undefined;
  }
  const raw = source.json as { id?: unknown } | undefined;
  const id = typeof raw?.id === 'string' && raw.id ? raw.id : fileId;
  const result = Story.safeParse(source.json);
  if (!result.success) {
    problems.push(...problemsFromZod(result.error, source.json, { file: source.file, id }));
    return undefined;
  }
  if (result.data.id !== fileId) {
    problems.push({ file: source.file, id, path: 'id', message: `"${result.data.id}" does not match the file name; name the file ${result.data.id}.json` });
  }
  return result.data;
}

/** Story id → its file, for messages (the first file that claims an id). */
export function storyFileNames(files: readonly SourceFile[]): (id: string) => string {
  const byId = new Map<string, string>();
  for (const f of files) {
    const raw = f.json as { id?: unknown } | undefined;
    const id = typeof raw?.id === 'string' ? raw.id : fileIdOf(f.file);
    if (!byId.has(id)) byId.set(id, f.file);
  }
  return (id) => byId.get(id) ?? `data/stories/${id}.json`;
}
