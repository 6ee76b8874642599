import type { Locale } from '../schema/common';

/**
 * The story panel's own strings, in both languages: loaded with the panel (components/story/
 * StoryPanel.tsx), so the page's first load does not carry them. `es` is typed against `en`.
 */
const en = {
  storyPrevious: 'Previous step',
  storyNext: 'Next step',
  storyLeave: 'Leave the story',
  storyKeys: 'Keys: ← and → go to the previous and next step (not while typing in a field). Leaving the story keeps this view.',
  storyRetry: 'Try again',
};
const es: typeof en = {
  storyPrevious: 'Paso anterior',
  storyNext: 'Paso siguiente',
  storyLeave: 'Salir del relato',
  storyKeys: 'Teclas: ← y → van al paso anterior y al siguiente (no mientras se escribe en un campo). Al salir del relato se conserva esta vista.',
  storyRetry: 'Reintentar',
};

export type StoryMessages = typeof en;
export const storyMessagesFor = (locale: Locale): StoryMessages => (locale === 'es' ? es : en);
