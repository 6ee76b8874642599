import { z } from 'zod';
import { explainInvalidIsoDate } from '../dates/isoDate';

export { ISO_DATE_SHAPE, explainInvalidIsoDate, precisionOf, type Precision } from '../dates/isoDate';

/** A partial ISO date ("1780", "2000-01", "2003-10-17"); see lib/dates/isoDate. */
export const IsoPartialDate = z.string().check((ctx) => {
  const reason = explainInvalidIsoDate(ctx.value);
  if (reason) ctx.issues.push({ code: 'custom', message: reason, input: ctx.value });
});
