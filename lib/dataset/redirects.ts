import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Id } from '../schema/common';
import { IsoPartialDate } from '../schema/isoDate';
import { ROOT } from './load';
import { currentEventId, redirectMap, type EventRedirect } from './redirectTarget';

/**
 * Published event ids never disappear: data/redirects.json lists every renamed id, append only
 * (a link printed in a syllabus lives for years). Each old id gets a page that sends the reader
 * on (scripts/write-redirects.ts), and the explorer can honour it in `?event=` (redirectTarget.ts).
 */
export const EventRedirectSchema = z.strictObject({
  from: Id,
  to: Id,
  date: IsoPartialDate,
  reason: z.string().trim().min(1, { message: 'must say why the id changed' }),
}) satisfies z.ZodType<EventRedirect>;

export const RedirectsSchema = z.array(EventRedirectSchema);

export const REDIRECTS_FILE = path.join('data', 'redirects.json');

/**
 * What is wrong with the list against the events there are now, one line each (empty: nothing).
 * An old id must not be an event's id again (its page would be overwritten), must be listed once,
 * and must lead, through any later renames, to an event that exists.
 */
export function checkRedirects(redirects: readonly EventRedirect[], eventIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const map = redirectMap(redirects);
  const seen = new Set<string>();
  for (const r of redirects) {
    if (seen.has(r.from)) problems.push(`${r.from}: listed twice`);
    seen.add(r.from);
    if (eventIds.has(r.from)) problems.push(`${r.from}: is an event's id again; an old id cannot be reused`);
    const target = currentEventId(map, r.from);
    if (target === null) problems.push(`${r.from}: its renames loop`);
    else if (!eventIds.has(target)) problems.push(`${r.from}: leads to "${target}", which is not an event`);
  }
  return problems;
}

/**
 * The renamed ids in data/redirects.json, validated (throws, naming the file, when it is not
 * valid). A data folder without the file (a synthetic dataset for the benchmark) renamed nothing.
 */
export function loadRedirects(root = ROOT): EventRedirect[] {
  const file = path.join(root, REDIRECTS_FILE);
  if (!existsSync(file)) return [];
  const parsed = RedirectsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${REDIRECTS_FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
