import { z } from 'zod';
import { FootnoteNumber, Id, NonBlank } from './common';

export const Footnote = z.strictObject({
  number: FootnoteNumber,
  /** As printed in the paper, with the extraction's line wrapping and URL noise removed. */
  text: NonBlank,
  /** Every work the note cites, in order; "Ibid." resolved. */
  works: z.array(Id),
});
export type Footnote = z.infer<typeof Footnote>;
export const Footnotes = z.array(Footnote);
