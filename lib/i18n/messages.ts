import type { Locale } from '../schema/common';
import { en, type Messages } from './en';
import { es } from './es';

export type { Messages };

/**
 * Both languages, for the server, the build and the exports. Code that runs in the browser
 * takes its page's language from lib/i18n/load instead, so a page ships one language.
 */
export const MESSAGES: Record<Locale, Messages> = { en, es };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
