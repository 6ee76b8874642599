'use client';
import { useState } from 'react';
import { useExplorer, useStore } from '../explorer/useExplorer';
import { preloadStoryPanel } from './StorySlot';
import { requestStoryFocus } from './storyFocus';

/**
 * The toolbar's Story control: opens the page's story (with several, a small menu of them). Its
 * steps and the panel's code load when it is pressed; while a story is open, it leaves it.
 */
export function StoryControl() {
  const store = useStore();
  const { t, stories } = store;
  const open = useExplorer((s) => s.state.story);
  const [failed, setFailed] = useState(false);
  if (stories.length === 0) return null;

  async function start(id: string) {
    preloadStoryPanel();
    try {
      const { showStory } = await import('./showStory');
      requestStoryFocus();
      await showStory(store, id, 1);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }
  const close = () => import('@/lib/explorer/storyNavigation').then((m) => m.storyNavigation(store).closeStory());
  const error = failed && <p role="alert" className="story-control-error">{t.storyLoadFailed}</p>;

  if (open || stories.length === 1) {
    const only = stories.find((s) => s.id === open) ?? stories[0]!;
    return (
      <>
        <button type="button" className="story-control" aria-pressed={!!open} title={`${t.guidedStory}: ${only.title}`}
          onClick={() => (open ? close() : start(only.id))} onPointerEnter={preloadStoryPanel} onFocus={preloadStoryPanel}>
          {t.storyOpen}
        </button>
        {error}
      </>
    );
  }
  return (
    <details className="downloads story-control">
      <summary onPointerEnter={preloadStoryPanel}>{t.storyOpen}</summary>
      <ul aria-label={t.guidedStory}>
        {stories.map((s) => (
          <li key={s.id}><button type="button" data-story={s.id} onClick={() => start(s.id)}>{s.title}</button></li>
        ))}
      </ul>
      {error}
    </details>
  );
}
