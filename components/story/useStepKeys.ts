'use client';
import { useEffect } from 'react';

/** Where ← and → belong to what has focus: text fields, the map (it pans), sliders. */
const OWNS_ARROWS = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="slider"], .leaflet-container';

/**
 * ← and → step through the story from anywhere on the page, unless focus is where the arrows
 * mean something else, or a key there already used them (the timeline moves between its events).
 */
export function useStepKeys(next: () => void, previous: () => void): void {
  useEffect(function listenForStepKeys() {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      if (e.target instanceof Element && e.target.closest(OWNS_ARROWS)) return;
      e.preventDefault();
      (e.key === 'ArrowRight' ? next : previous)();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [next, previous]);
}
