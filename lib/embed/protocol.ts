/**
 * The embed's message protocol with its host page (window.postMessage). Public: course pages
 * and public/embed.js rely on these shapes; add fields, never rename them.
 *
 * From the embed to its host:
 *   { type: "bolivia-timeline:ready" }                 the embed is running
 *   { type: "bolivia-timeline:resize", height: 812 }   its content height in CSS px, on every change
 *   { type: "bolivia-timeline:select", id: "water-war" | null }   the reader chose (or closed) an event
 *   { type: "bolivia-timeline:step", id: "from-katari-to-el-alto", step: 3 }
 *                                                      a story's step is shown (from 1): on opening
 *                                                      the story and at every step change after
 * From the host to the embed:
 *   { type: "bolivia-timeline:show", id: "water-war" } open this event (e.g. from the page's #event=…)
 *   { type: "bolivia-timeline:show", story: "from-katari-to-el-alto", step: 3 }
 *                                                      show this story at this step (from 1; beyond
 *                                                      its last, the last)
 */
export const MESSAGE_PREFIX = 'bolivia-timeline:';

export type EmbedToHost =
  | { type: 'bolivia-timeline:ready' }
  | { type: 'bolivia-timeline:resize'; height: number }
  | { type: 'bolivia-timeline:select'; id: string | null }
  | { type: 'bolivia-timeline:step'; id: string; step: number };

export type HostToEmbed =
  | { type: 'bolivia-timeline:show'; id: string }
  | { type: 'bolivia-timeline:show'; story: string; step: number };

const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= 80 && /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(v);

/**
 * Accepts only a well-formed "show" message: an event's kebab-case `id`, or a story's `story`
 * with a whole `step` from 1 — one or the other, never both; anything else is ignored.
 */
export function readHostMessage(data: unknown): HostToEmbed | null {
  if (!data || typeof data !== 'object') return null;
  const message = data as { type?: unknown; id?: unknown; story?: unknown; step?: unknown };
  if (message.type !== 'bolivia-timeline:show') return null;
  const { type, id, story, step } = message;
  if (!('story' in message || 'step' in message)) return isId(id) ? { type, id } : null;
  return !('id' in message) && isId(story) && Number.isInteger(step) && (step as number) >= 1 && (step as number) < 1000 ? { type, story, step: step as number } : null;
}
