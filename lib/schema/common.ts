import { z } from 'zod';

import { FOOTNOTE_COUNT, ID_PATTERN } from './values';

export { FOOTNOTE_COUNT, ID_PATTERN, LOCALES, type Locale } from './values';

export const Id = z.string().regex(ID_PATTERN, {
  message: 'is not a kebab-case id (lower-case letters and digits separated by single hyphens)',
});


export const FootnoteNumber = z
  .number({ message: 'must be a footnote number' })
  .int({ message: 'must be a whole footnote number' })
  .min(1, { message: `is not a footnote of the paper (it has footnotes 1–${FOOTNOTE_COUNT})` })
  .max(FOOTNOTE_COUNT, { message: `is not a footnote of the paper (it has footnotes 1–${FOOTNOTE_COUNT})` });

const NonBlank = z.string().trim().min(1, { message: 'must not be empty' });

/** Text we write ourselves is required in both languages the app speaks. */
export const Localized = z.strictObject({ en: NonBlank, es: NonBlank });
export type Localized = z.infer<typeof Localized>;


export const Note = NonBlank;
export { NonBlank };
