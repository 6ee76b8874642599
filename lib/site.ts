/**
 * Build-time settings for where the site is published (see README, "Host it anywhere").
 * BASE_PATH: a sub-path such as "/bolivia"; SITE_URL: the absolute origin and path, used for
 * citations, Open Graph and oEmbed. Both are read from the environment at build time.
 */
export const BASE_PATH = (process.env.NEXT_PUBLIC_BASE_PATH ?? '').replace(/\/$/, '');
export const SITE_URL = (process.env.SITE_URL ?? '').replace(/\/$/, '');
