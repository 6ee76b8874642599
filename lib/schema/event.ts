import { z } from 'zod';
import { FootnoteNumber, Id, Localized, NonBlank } from './common';
import { IsoPartialDate } from './isoDate';
import { OutsidePaper } from './outsidePaper';

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
  /** How loosely the paper dates it: its own words ("the late 1980s") or a short explanation; drawn fuzzy. */
  approximate: NonBlank.optional(),
  places: z.array(Id).min(1, { message: 'must name at least one place' }),
  movements: z.array(Id),
  themes: z.array(Id),
  footnotes: z.array(FootnoteNumber).min(1, { message: 'must cite at least one of the paper’s footnotes' }),
  quotes: z.array(Quote).default([]),
  outsidePaper: OutsidePaper.optional(),
  related: z.array(Id).default([]),
});
export type HistoricalEvent = z.infer<typeof HistoricalEvent>;
