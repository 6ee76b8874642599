import { z } from 'zod';
import { FootnoteNumber, Id, Localized } from './common';

/** A movement/actor or a theme (one of the paper's concepts): named, defined, footnoted. */
export const Taxon = z.strictObject({
  id: Id,
  name: Localized,
  definition: Localized,
  footnotes: z.array(FootnoteNumber),
});
export type Taxon = z.infer<typeof Taxon>;
export const Taxa = z.array(Taxon);
