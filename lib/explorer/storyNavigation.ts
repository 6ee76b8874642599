import type { ExplorerStore } from './store';

export type StoryNavigation = ReturnType<typeof makeNavigation>;
const made = new WeakMap<ExplorerStore, StoryNavigation>();

/**
 * Walking a story: open it at a step, go to a step, next, previous, leave. Each step is a history
 * entry (Back returns to the step before) holding the step's view (its t, facets and event), so
 * the window and the map follow it as they follow any link; leaving keeps the view the reader is
 * on (only story= and step= go). Loaded with story mode, not with the page; one per store.
 */
export function storyNavigation(store: ExplorerStore): StoryNavigation {
  let navigation = made.get(store);
  if (!navigation) made.set(store, (navigation = makeNavigation(store)));
  return navigation;
}

function makeNavigation(store: ExplorerStore) {
  const state = () => store.getSnapshot().state;
  const goTo = (id: string, n: number) => {
    const next = store.storyStateAt(id, n);
    const now = state();
    if (next && !(now.story === id && now.step === next.step)) store.writeStoryState(next);
  };
  const step = (delta: number) => () => { const s = state(); if (s.story) goTo(s.story, (s.step ?? 1) + delta); };
  return {
    /** Opens a loaded story at a step (from 1; the first by default). */
    openStory: (id: string, n = 1) => goTo(id, n),
    goToStep: (n: number) => { const s = state(); if (s.story) goTo(s.story, n); },
    nextStep: step(1),
    previousStep: step(-1),
    closeStory: () => { const s = state(); if (s.story) store.writeStoryState({ ...s, story: null, step: null }); },
  };
}
