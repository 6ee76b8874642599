import { homePath } from '../i18n/paths';
import type { Story } from '../schema/story';
import type { Locale } from '../schema/values';
import { parseRequestedState, serializeViewState } from '../url/parse';
import type { ViewState } from '../url/state';
import { viewParams } from './viewParams';

/**
 * One step of a story (index from 0) as the explorer's state: the step's view, read as its link
 * would be (lib/url/parse), with `story` and `step` (from 1). The ids are taken on trust here:
 * stories are validated at build time (lib/dataset/storyChecks.ts); the explorer parses strictly.
 */
export function stepState(story: Story, index: number): ViewState {
  const step = story.steps[index];
  if (!step) throw new Error(`story "${story.id}" has no step ${index + 1}`);
  return { ...parseRequestedState(viewParams(step.view).toString()), story: story.id, step: index + 1 };
}

/** A step's query string in the URL's canonical form (no "?"), e.g. "t=1999..2001&event=water-war&story=s&step=8". */
export function stepQuery(story: Story, index: number): string {
  return serializeViewState(stepState(story, index));
}

/**
 * The explorer's link for one step of a story (index from 0), without the base path: the step's
 * view and `story=<id>&step=<n>`, e.g. "/es/?t=1999..2001&event=water-war&story=s&step=8". Every
 * link to a step (the story's page, the published dataset) is made here.
 */
export function stepViewHref(story: Story, index: number, locale: Locale): string {
  return `${homePath(locale)}?${stepQuery(story, index)}`;
}
