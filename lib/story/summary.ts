import type { Story } from '../schema/story';
import type { Locale } from '../schema/values';

/**
 * What the explorer knows of each story before its steps are loaded: enough to check
 * `story=`/`step=` and to name it in the toolbar (a few bytes each; the steps come on demand).
 */
export interface StorySummary {
  id: string;
  /** In the page's language. */
  title: string;
  steps: number;
}

export function storySummaries(stories: readonly Story[], locale: Locale): StorySummary[] {
  return stories.map((s) => ({ id: s.id, title: s.title[locale], steps: s.steps.length }));
}

/** Where a story's steps are published, under /data/ (scripts/publish-data.ts). */
export function storyFileName(id: string): string {
  return `stories/${id}.json`;
}
