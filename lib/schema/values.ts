/**
 * Plain values shared by the schemas and the browser code, kept free of zod so that importing
 * them never pulls zod into a client bundle.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** `world`: the paper's references outside Latin America (the First International). */
export const SCOPES = ['bolivia', 'region', 'world'] as const;
export type Scope = (typeof SCOPES)[number];

/** Ids are kebab-case so they read well in URLs (`?event=water-war`) and file names. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The paper has 88 footnotes; a number outside 1–88 cannot be one of them. */
export const FOOTNOTE_COUNT = 88;

/** The earliest year the project expects: the data's checks and the URL's years both stop here. */
export const EARLIEST_YEAR = 1500;
