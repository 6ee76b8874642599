/**
 * The embed's message protocol with its host page (window.postMessage). Public: course pages
 * and public/embed.js rely on these shapes; add fields, never rename them.
 *
 * From the embed to its host:
 *   { type: "bolivia-timeline:ready" }                 the embed is running
 *   { type: "bolivia-timeline:resize", height: 812 }   its content height in CSS px, on every change
 *   { type: "bolivia-timeline:select", id: "water-war" | null }   the reader chose (or closed) an event
 * From the host to the embed:
 *   { type: "bolivia-timeline:show", id: "water-war" } open this event (e.g. from the page's #event=…)
 */
export const MESSAGE_PREFIX = 'bolivia-timeline:';

export type EmbedToHost =
  | { type: 'bolivia-timeline:ready' }
  | { type: 'bolivia-timeline:resize'; height: number }
  | { type: 'bolivia-timeline:select'; id: string | null };

export type HostToEmbed = { type: 'bolivia-timeline:show'; id: string };

/** Accepts only a well-formed "show" message with a kebab-case id; anything else is ignored. */
export function readHostMessage(data: unknown): HostToEmbed | null {
  if (!data || typeof data !== 'object') return null;
  const message = data as { type?: unknown; id?: unknown };
  if (message.type !== 'bolivia-timeline:show' || typeof message.id !== 'string') return null;
  return /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(message.id) && message.id.length <= 80 ? { type: message.type, id: message.id } : null;
}
