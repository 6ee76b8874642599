import { z } from 'zod';
import { FootnoteNumber, Id, Localized, NonBlank } from './common';

/** A step's text is short enough to read at a glance beside the map, long enough to say something. */
export const STEP_WORDS = { min: 40, max: 120 } as const;

/** Words as a reader counts them: runs of non-space characters holding a letter or a digit ("—" is not one). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const StepText = NonBlank.superRefine((text, ctx) => {
  const n = countWords(text);
  if (n < STEP_WORDS.min || n > STEP_WORDS.max) {
    ctx.addIssue({ code: 'custom', message: `has ${n} words; a step's text has ${STEP_WORDS.min}–${STEP_WORDS.max}` });
  }
});

/** Both languages, each 40–120 words. */
export const StepLocalized = z.strictObject({ en: StepText, es: StepText });

/**
 * What a step shows: the URL's own parameters (README, "The URL is the state"), so a step means
 * exactly what its link means. Values are checked by the URL's parser (lib/url/parse.ts) against
 * the dataset's ids, not here: a step and a link cannot disagree on what is valid.
 */
export const StoryView = z.strictObject({
  /** Whole years, both inclusive: "1952..2005", "2000..", "2003", or { from, to } (null = open). */
  t: z.union([
    z.string(),
    z.strictObject({ from: z.number().int().nullable(), to: z.number().int().nullable() }),
  ]).optional(),
  place: z.array(z.string()).optional(),
  movement: z.array(z.string()).optional(),
  theme: z.array(z.string()).optional(),
  scope: z.array(z.string()).optional(),
  /** The event the step opens and highlights. */
  event: z.string().optional(),
});
export type StoryView = z.infer<typeof StoryView>;

export const StoryQuote = z.strictObject({
  /** Verbatim from the paper's body text; a cross-check finds it there. */
  text: NonBlank,
  /**
   * The footnote the quoted sentence carries. Omitted only where the sentence is the paper's own
   * argument and carries none (the author's conclusion about Evo Morales does not).
   */
  footnote: FootnoteNumber.optional(),
});
export type StoryQuote = z.infer<typeof StoryQuote>;

export const StoryStep = z.strictObject({
  title: Localized,
  /** Our own words, both languages. */
  text: StepLocalized,
  /** The paper's footnotes whose sentences support the step. */
  footnotes: z.array(FootnoteNumber).min(1, { message: 'must cite at least one of the paper’s footnotes' }),
  quote: StoryQuote.optional(),
  view: StoryView,
});
export type StoryStep = z.infer<typeof StoryStep>;

/** A guided story: an ordered walk through the paper's argument, one view of the explorer per step. */
export const Story = z.strictObject({
  $schema: z.string().optional(),
  /** Also the file name: data/stories/<id>.json. */
  id: Id,
  title: Localized,
  introduction: Localized,
  steps: z.array(StoryStep).min(2, { message: 'must have at least two steps' }).max(20, { message: 'must have at most 20 steps' }),
});
export type Story = z.infer<typeof Story>;
