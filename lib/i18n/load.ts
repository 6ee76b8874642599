import type { Locale } from '../schema/common';
import type { Messages } from './en';

const loading = new Map<Locale, Promise<Messages>>();

/**
 * One language's messages, for code that runs in the browser: each language is a chunk of its
 * own, and a page loads its own language only (lib/i18n/messages holds both, for the server).
 * The same promise for every caller, so React's `use` reads it at once after the first time; a
 * failed load is forgotten, so the next call tries again.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  let messages = loading.get(locale);
  if (!messages) {
    messages = locale === 'es' ? import('./es').then((m) => m.es) : import('./en').then((m) => m.en);
    loading.set(locale, messages);
    messages.catch(() => loading.delete(locale));
  }
  return messages;
}
