import { Story } from '../schema/story';
import type { Problem } from './problem';
import type { SourceFile } from './types';
import { parseRecordFile } from './parseFiles';

const fileIdOf = (file: string) => file.replace(/^.*\//, '').replace(/\.json$/, '');

/** Shape checks of one data/stories/<id>.json; a story that fails is left out, its problems named. */
export function parseStoryFile(source: SourceFile, problems: Problem[]): Story | undefined {
  return parseRecordFile(source, Story, problems);
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
