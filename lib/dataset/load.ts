
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, type Problem } from './problem';
import type { DataFiles, DepartmentFeature, SourceFile } from './types';
import { validateDataFiles } from './validate';
import type { Dataset } from './types';
import type { Story } from '../schema/story';

/** The repository root: scripts and `next build` run from it; DATA_ROOT overrides. */
export const ROOT = process.env.DATA_ROOT ?? process.cwd();

/**
 * The paper's text is not redistributed with the data; it is read from the shared seed folder
 * beside the repository (or PAPER_PATH) to check quotations word for word.
 */
export function paperPath(): string {
  return process.env.PAPER_PATH ?? path.resolve(ROOT, '..', 'shared', 'seed', '000_aa702d8891511126.txt');
}

function readSource(root: string, relative: string): SourceFile {
  const file = relative.split(path.sep).join('/');
  let text: string;
  try {
    text = readFileSync(path.join(root, relative), 'utf8');
  } catch {
    return { file, json: undefined, readError: 'cannot be read (is the file missing?)' };
  }
  try {
    return { file, json: JSON.parse(text) };
  } catch (error) {
    return { file, json: undefined, readError: `is not valid JSON: ${(error as Error).message}` };
  }
}

/** The JSON files of a folder, in name order; none when the folder does not exist. */
function jsonFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
}

export function readDataFiles(root = ROOT): DataFiles {
  const eventFiles = jsonFiles(path.join(root, 'data', 'events'));
  return {
    events: eventFiles.map((f) => readSource(root, path.join('data', 'events', f))),
    places: readSource(root, path.join('data', 'places.json')),
    movements: readSource(root, path.join('data', 'movements.json')),
    themes: readSource(root, path.join('data', 'themes.json')),
    eras: readSource(root, path.join('data', 'eras.json')),
    footnotes: readSource(root, path.join('data', 'footnotes.json')),
    works: readSource(root, path.join('data', 'works.json')),
    stories: jsonFiles(path.join(root, 'data', 'stories')).map((f) => readSource(root, path.join('data', 'stories', f))),
  };
}

export function readDepartments(root = ROOT): DepartmentFeature[] {
  const json = JSON.parse(readFileSync(path.join(root, 'data', 'geo', 'bolivia-departments.geojson'), 'utf8'));
  return json.features as DepartmentFeature[];
}

export function readPaper(): string | undefined {
  const file = paperPath();
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}


export interface LoadResult {
  dataset?: Dataset;
  /** The guided stories (data/stories/), validated with the dataset; set when the dataset is. */
  stories?: Story[];
  problems: Problem[];
  /** Things worth saying that do not stop the build. */
  notices: string[];
}

/** Reads and validates everything under data/. */
export function loadDataset(root = ROOT, now = new Date()): LoadResult {
  const notices: string[] = [];
  const problems: Problem[] = [];
  const paperText = readPaper();
  if (paperText === undefined) {
    const message = `the paper's text was not found at ${paperPath()}, so quotations were not checked against it (set PAPER_PATH)`;
    // CI always has the shared seed beside the clone: there, a missing paper is an error.
    if (process.env.CI) problems.push({ file: 'data/events/', path: 'quotes', message });
    else notices.push(message);
  }
  const result = validateDataFiles(readDataFiles(root), { paperText, departments: readDepartments(root), now });
  problems.push(...result.problems);
  const ok = result.ok && problems.length === 0;
  return { dataset: ok ? result.dataset : undefined, stories: ok ? result.stories : undefined, problems, notices };
}

let cached: { dataset: Dataset; stories: Story[] } | undefined;

function getValidated(): { dataset: Dataset; stories: Story[] } {
  if (cached) return cached;
  const { dataset, stories, problems } = loadDataset();
  if (!dataset) {
    throw new Error(`The data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(formatProblem).join('\n')}`);
  }
  cached = { dataset, stories: stories ?? [] };
  return cached;
}

/** For the app's server components: the validated dataset, or a thrown error listing every problem. */
export function getDataset(): Dataset {
  return getValidated().dataset;
}

/** The validated guided stories (data/stories/), in file-name order; throws like getDataset. */
export function getStories(): Story[] {
  return getValidated().stories;
}
