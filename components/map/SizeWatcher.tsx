'use client';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Leaflet measures its container once. In a course page the map may start hidden (a closed tab,
 * width 0); when it is shown, or resized, tell Leaflet and run `onShown` for the first real size.
 */
export function SizeWatcher({ onShown }: { onShown: () => void }) {
  const map = useMap();
  useEffect(function watchContainerSize() {
    const container = map.getContainer();
    let wasEmpty = container.clientWidth === 0 || container.clientHeight === 0;
    const observer = new ResizeObserver(() => {
      map.invalidateSize({ pan: false });
      const empty = container.clientWidth === 0 || container.clientHeight === 0;
      if (wasEmpty && !empty) onShown();
      wasEmpty = empty;
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [map, onShown]);
  return null;
}
