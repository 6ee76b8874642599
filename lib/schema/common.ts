import { z } from 'zod';

/** Ids are kebab-case so they read well in URLs (`?event=water-war`) and file names. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export const Id = z.string().regex(ID_PATTERN, {
  message: 'is not a kebab-case id (lower-case letters and digits separated by single hyphens)',
});

/** The paper has 88 footnotes; a number outside 1–88 cannot be one of them. */
export const FOOTNOTE_COUNT = 88;

export const FootnoteNumber = z
  .number({ message: 'must be a footnote number' })
  .int({ message: 'must be a whole footnote number' })
  .min(1, { message: `is not a footnote of the paper (it has footnotes 1–${FOOTNOTE_COUNT})` })
  .max(FOOTNOTE_COUNT, { message: `is not a footnote of the paper (it has footnotes 1–${FOOTNOTE_COUNT})` });

const NonBlank = z.string().trim().min(1, { message: 'must not be empty' });

/** Text we write ourselves is required in both languages the app speaks. */
export const Localized = z.strictObject({ en: NonBlank, es: NonBlank });
export type Localized = z.infer<typeof Localized>;

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export const Note = NonBlank;
export { NonBlank };
