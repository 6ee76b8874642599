import type { StoryView } from '../schema/story';
import { parseRequestedState, serializeViewState } from '../url/parse';
import { viewParams } from './viewParams';

/**
 * A step's view as the explorer's canonical query string (no "?"), e.g.
 * "t=1999..2001&event=water-war". Stories are validated at build time
 * (lib/dataset/storyChecks.ts), so the view's ids are taken on trust here.
 */
export function viewQuery(view: StoryView): string {
  return serializeViewState(parseRequestedState(viewParams(view).toString()));
}
