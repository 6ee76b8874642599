import { z } from 'zod';
import { Id, Localized } from './common';
import { IsoPartialDate } from './isoDate';

/**
 * A date detail the paper does not give. With a `value`, it is a finer date inside the
 * paper's own (the paper says 1974; the day is 29 January 1974). Without one, the date in
 * the record itself does not come from the paper.
 */
export const OutsideDate = z.strictObject({ value: IsoPartialDate.optional(), note: Localized });

export const OutsidePlace = z.strictObject({ id: Id, note: Localized });

export const OutsidePaper = z.strictObject({
  start: OutsideDate.optional(),
  end: OutsideDate.optional(),
  places: z.array(OutsidePlace).optional(),
});
export type OutsidePaper = z.infer<typeof OutsidePaper>;
