import type { Story } from '../schema/story';

const isText = (v: unknown) => !!v && typeof v === 'object' && typeof (v as { en?: unknown }).en === 'string' && typeof (v as { es?: unknown }).es === 'string';

/**
 * A published story file (scripts/publish-data.ts) as the explorer takes it: the build validated
 * it with the schema (lib/schema/story.ts), so this checks only that the file is the story asked
 * for and has the shape the panel reads — a stale or foreign file fails loudly, zod stays out of the page.
 */
export function readStoryFile(json: unknown, id: string): Story {
  const story = json as Story;
  if (!story || typeof story !== 'object' || story.id !== id) throw new Error(`not the story "${id}"`);
  const ok = isText(story.title) && Array.isArray(story.steps) && story.steps.length > 0 && story.steps.every((step) =>
    isText(step.title) && isText(step.text) && Array.isArray(step.footnotes) && step.footnotes.every((n) => Number.isInteger(n))
    && !!step.view && typeof step.view === 'object' && (step.quote === undefined || typeof step.quote.text === 'string'));
  if (!ok) throw new Error(`story "${id}" is not in the published shape`);
  return story;
}
