import { z } from 'zod';
import { NonBlank } from './common';

/**
 * Where the paper itself states a record's date: its words, verbatim (a cross-check finds them
 * in the paper and the date's year, and month where the date gives one, in them). Each end is
 * explained once: by these words, by `approximate`, or by an `outsidePaper` note.
 */
export const PaperDate = z.strictObject({ start: NonBlank.optional(), end: NonBlank.optional() });
export type PaperDate = z.infer<typeof PaperDate>;
