import { z } from 'zod';
import { FootnoteNumber, Id, Localized, NonBlank } from './common';
import { IsoPartialDate } from './isoDate';
import { OutsidePaper } from './outsidePaper';

export const Era = z.strictObject({
  id: Id,
  name: Localized,
  definition: Localized,
  start: IsoPartialDate,
  end: IsoPartialDate,
  approximate: NonBlank.optional(),
  footnotes: z.array(FootnoteNumber),
  outsidePaper: OutsidePaper.optional(),
});
export type Era = z.infer<typeof Era>;
export const Eras = z.array(Era);
