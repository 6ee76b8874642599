import { crossCheck, type FileNames } from './crossCheck';
import { parseDataFiles } from './parseFiles';
import type { Problem } from './problem';
import { checkStories } from './storyChecks';
import { parseStoryFile, storyFileNames } from './storyFiles';
import type { CheckContext, DataFiles, Dataset } from './types';
import { foldWhitespace } from '../paper/normalize';
import type { Story } from '../schema/story';

/** Stories are apart from the dataset: the explorer's pages carry the dataset, not the stories. */
export type Validation = { ok: true; dataset: Dataset; stories: Story[]; problems: [] } | { ok: false; problems: Problem[] };

function fileNames(files: DataFiles): FileNames {
  const eventFiles = new Map<string, string>();
  for (const f of files.events) {
    const json = f.json as { id?: unknown } | undefined;
    const id = typeof json?.id === 'string' ? json.id : f.file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (!eventFiles.has(id)) eventFiles.set(id, f.file);
  }
  return {
    events: (id) => eventFiles.get(id) ?? `data/events/${id}.json`,
    places: files.places.file,
    movements: files.movements.file,
    themes: files.themes.file,
    eras: files.eras.file,
    footnotes: files.footnotes.file,
    works: files.works.file,
  };
}

/** Every problem at once: shape first, then cross-references. Pure: no disk, no clock. */
export function validateDataFiles(files: DataFiles, ctx: CheckContext): Validation {
  const { dataset, problems, declared } = parseDataFiles(files);
  problems.push(...crossCheck(dataset, fileNames(files), ctx, declared));
  const storyFiles = files.stories ?? [];
  const stories = storyFiles.map((f) => parseStoryFile(f, problems)).filter((s) => s !== undefined);
  const paper = ctx.paperText === undefined ? undefined : foldWhitespace(ctx.paperText);
  problems.push(...checkStories(stories, storyFileNames(storyFiles), dataset, declared, paper));
  return problems.length === 0 ? { ok: true, dataset, stories, problems: [] } : { ok: false, problems };
}
