import { homePath } from '../i18n/paths';
import type { Story } from '../schema/story';
import type { Locale } from '../schema/values';
import { viewQuery } from './viewQuery';

/**
 * The explorer's link for one step of a story (index from 0), without the base path: the
 * step's view in the URL's canonical form, e.g. "/es/?t=1999..2001&event=water-war".
 * The explorer's story mode will add `story=<id>&step=<n>` here, so every link to a step
 * (the story's page, the published dataset) gains them at once.
 */
export function stepViewHref(story: Story, index: number, locale: Locale): string {
  const step = story.steps[index];
  if (!step) throw new Error(`story "${story.id}" has no step ${index + 1}`);
  const query = viewQuery(step.view);
  return query ? `${homePath(locale)}?${query}` : homePath(locale);
}
