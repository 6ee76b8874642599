'use client';
import { useEffect, useState, type RefObject } from 'react';

/**
 * The element's content width, kept current with a ResizeObserver. It also catches the moment a
 * hidden element (a closed tab in a course page) is first shown: its width goes from 0 to real.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(function observeWidth() {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const w = element.getBoundingClientRect().width;
      if (w > 0) setWidth(Math.round(w));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
