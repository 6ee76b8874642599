import type { ExplorerStore } from '@/lib/explorer/store';
import { storyNavigation } from '@/lib/explorer/storyNavigation';
import { loadStory } from './loadStory';

/**
 * Opens a story at a step (from 1), its steps loaded first: for the toolbar's Story control and
 * the host page's "show" message. Loaded with story mode, not with the page.
 */
export async function showStory(store: ExplorerStore, id: string, step: number): Promise<void> {
  if (!store.stories.some((s) => s.id === id)) return;
  store.provideStory(await loadStory(store.basePath, id));
  storyNavigation(store).openStory(id, step);
}
