import { z } from 'zod';
import { FootnoteNumber, Id, Localized } from './common';
import { IsoPartialDate } from './isoDate';
import { OutsidePaper } from './outsidePaper';
import { PaperDate } from './paperDate';

export const Era = z.strictObject({
  id: Id,
  name: Localized,
  definition: Localized,
  start: IsoPartialDate,
  end: IsoPartialDate,
  paperDate: PaperDate.optional(),
  approximate: Localized.optional(),
  footnotes: z.array(FootnoteNumber),
  outsidePaper: OutsidePaper.optional(),
});
export type Era = z.infer<typeof Era>;
export const Eras = z.array(Era);
