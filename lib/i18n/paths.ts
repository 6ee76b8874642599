import type { Locale } from '../schema/common';

/**
 * Site paths per language. English also lives at the root ("/", "/events/x/") so links made
 * before the site had languages keep working; Spanish lives under "/es/".
 * Paths end in "/" because the static export writes folders with index.html (trailingSlash).
 */
export function localePrefix(locale: Locale): string {
  return locale === 'en' ? '' : `/${locale}`;
}

export function homePath(locale: Locale): string {
  return `${localePrefix(locale)}/`;
}

export function eventPath(locale: Locale, id: string): string {
  return `${localePrefix(locale)}/events/${id}/`;
}

/** Whether a browser path is an event's own page (eventPath, in any language, under any base path). */
export function isEventPath(pathname: string): boolean {
  return /\/events\/[^/]+\/$/.test(pathname);
}

/** A guided story's own page (readable without JavaScript, printable). */
export function storyPath(locale: Locale, id: string): string {
  return `${localePrefix(locale)}/stories/${id}/`;
}

export function embedPath(locale: Locale): string {
  return `${localePrefix(locale)}/embed/`;
}

/**
 * The language switch always names the language: "/en/…" rather than "/…", because "/" sends
 * Spanish-preferring browsers to Spanish, which would undo the reader's explicit choice.
 */
export function explicitLocalePath(locale: Locale, path: string): string {
  const bare = path.replace(/^\/(en|es)(?=\/)/, '');
  return `/${locale}${bare}`;
}
