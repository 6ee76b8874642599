import { z } from 'zod';
import { FootnoteNumber, Id, Localized, NonBlank } from './common';
import { IsoPartialDate } from './isoDate';
import { OutsidePaper } from './outsidePaper';
import { PaperDate } from './paperDate';

import { SCOPES } from './values';

export { SCOPES, type Scope } from './values';

export const Quote = z.strictObject({
  /** Verbatim from the paper's body text; a cross-check finds it there. */
  text: NonBlank,
  /** The footnote the quoted sentence carries. */
  footnote: FootnoteNumber,
});

export const HistoricalEvent = z.strictObject({
  $schema: z.string().optional(),
  id: Id,
  scope: z.enum(SCOPES),
  title: Localized,
  summary: Localized,
  /** Inclusive on both ends, at the precision the paper gives. */
  start: IsoPartialDate,
  end: IsoPartialDate.optional(),
  /** The paper's own words for the start and end it states (see PaperDate). */
  paperDate: PaperDate.optional(),
  /** How loosely the paper dates it: its own words ("the late 1980s") and how the span was read from them; drawn fuzzy. */
  approximate: Localized.optional(),
  /** Regional or world context may have none (the paper names no place); a Bolivian event needs one (cross-check). */
  places: z.array(Id),
  movements: z.array(Id),
  themes: z.array(Id),
  /** Empty only with `uncited`, which says why (a cross-check enforces it). */
  footnotes: z.array(FootnoteNumber),
  /** Why the paper's statement carries no footnote; shown where the footnotes would be. */
  uncited: Localized.optional(),
  quotes: z.array(Quote).default([]),
  outsidePaper: OutsidePaper.optional(),
  related: z.array(Id).default([]),
});
export type HistoricalEvent = z.infer<typeof HistoricalEvent>;
