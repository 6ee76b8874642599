'use client';
import { lazy, Suspense } from 'react';
import { useStore } from '../explorer/useExplorer';

const load = () => import('./StoryPanel');
const StoryPanel = lazy(load);

/** Starts loading the story panel's code (a pointer over the Story control, its press). */
export function preloadStoryPanel(): void {
  void load();
}

/**
 * Where the detail panel is, while a story is open: the story panel, whose code (and the
 * story's steps) load only then — the page's first load does not carry them.
 */
export function StorySlot({ embedded = false }: { embedded?: boolean }) {
  const { t, landmark } = useStore();
  const fallback = <aside className="detail story-panel" aria-label={landmark(t.guidedStory)} aria-busy="true"><p>{t.storyLoading}</p></aside>;
  return <Suspense fallback={fallback}><StoryPanel embedded={embedded} /></Suspense>;
}
