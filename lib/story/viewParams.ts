import type { StoryView } from '../schema/story';

/**
 * A step's view as the query parameters it stands for, in the URL's own forms: `t` as
 * "FROM..TO" (an open side left empty), lists comma-separated. The URL parser then reads it
 * exactly as it reads a link.
 */
export function viewParams(view: StoryView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.t !== undefined) {
    params.set('t', typeof view.t === 'string' ? view.t : `${view.t.from ?? ''}..${view.t.to ?? ''}`);
  }
  for (const key of ['place', 'movement', 'theme', 'scope'] as const) {
    const values = view[key];
    if (values && values.length > 0) params.set(key, values.join(','));
  }
  if (view.event !== undefined) params.set('event', view.event);
  return params;
}
