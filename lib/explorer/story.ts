import type { Messages } from '../i18n/messages';
import type { Locale } from '../schema';
import type { Story, StoryStep } from '../schema/story';
import { stepState } from '../story/stepViewHref';
import type { StorySummary } from '../story/summary';
import { hasFilters, type ViewState } from '../url/state';
import { memo } from './memo';

/** The open story as the snapshot gives it: the same object while the story and its step are the same. */
export interface StorySlice {
  story: Story;
  /** From 0; the URL's `step=` is index + 1. */
  index: number;
  /** The number of steps. */
  count: number;
  step: StoryStep;
}

/**
 * The story mode's part of the store: which stories are known (their summaries, from the page),
 * which are loaded (their steps arrive on demand), and each step as the state it writes. The
 * store's actions call these; nothing here writes the URL.
 */
export function createStories(summaries: readonly StorySummary[]) {
  const loaded = new Map<string, Story>();
  const sliceOf = memo((story: Story | undefined, step: number | null): StorySlice | null => {
    if (!story || step === null) return null;
    const index = Math.min(Math.max(step, 1), story.steps.length) - 1;
    return { story, index, count: story.steps.length, step: story.steps[index]! };
  });
  return {
    summaries,
    /** Makes a loaded story's steps available; one the page does not list is ignored. */
    provide(story: Story): boolean {
      if (loaded.get(story.id) === story || !summaries.some((s) => s.id === story.id)) return false;
      loaded.set(story.id, story);
      return true;
    },
    loaded: (id: string) => loaded.get(id),
    /** The open story, once its steps are loaded; null without a story or while it loads. */
    slice: (state: ViewState) => sliceOf(state.story ? loaded.get(state.story) : undefined, state.step),
    /**
     * The state of step `n` (from 1, clamped to the story's steps): the step's view as its
     * link gives it (t, facets, event), with story= and step=; null while the story is not loaded.
     */
    stateAt(id: string, n: number): ViewState | null {
      const story = loaded.get(id);
      if (!story) return null;
      return stepState(story, Math.min(Math.max(Math.trunc(n), 1), story.steps.length) - 1);
    },
  };
}

/** What the live region says at each step: "Step 3 of 11: Tolata and the reawakening." */
export function storyAnnouncement(slice: StorySlice, locale: Locale, t: Messages): string {
  return `${t.storyStepOf(slice.index + 1, slice.count)}: ${slice.step.title[locale]}.`;
}

type Stories = ReturnType<typeof createStories>;

/** Whether a state says what to show (years, a filter, a search, an event), beyond a story's step. */
const hasView = (s: ViewState) => hasFilters(s) || s.event !== null;
type Action = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;

/**
 * The store's part of story mode: the stories it knows, their steps once loaded, and writing a
 * step's state. Walking a story (./storyNavigation) is built on these, loaded with story mode.
 */
export function storyActions(stories: Stories, store: {
  state: () => ViewState;
  /** Writes this state: a new history entry, or ('replace') the current one. */
  write: (next: ViewState, mode?: 'push' | 'replace') => void;
  action: Action;
  emit: () => void;
}) {
  const { state, action } = store;
  return {
    /** The stories the page knows of (the toolbar's Story control). */
    stories: stories.summaries,
    /**
     * A story's steps, loaded on demand: the snapshot's `story` follows. A link naming the story
     * and no view (`/embed/?story=<id>`) is then given its step's view, in the same entry.
     */
    provideStory: action((story: Story) => {
      if (!stories.provide(story)) return;
      const s = state();
      const next = s.story === story.id && !hasView(s) ? stories.stateAt(story.id, s.step ?? 1) : null;
      if (next) store.write({ ...next, view: s.view }, 'replace');
      else store.emit();
    }),
    /** Step `n` (from 1, clamped) of a loaded story as the state it shows; null while it is not loaded. */
    storyStateAt: stories.stateAt,
    /** Writes a story's state (a step, or the view left when leaving): a new entry by default. */
    writeStoryState: action((next: ViewState, mode?: 'push' | 'replace') => store.write(next, mode)),
  };
}
