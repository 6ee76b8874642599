'use client';
import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's content width, kept current with a ResizeObserver. It also catches the moment a
 * hidden element (a closed tab in a course page) is first shown: its width goes from 0 to real.
 * The first measure is a layout effect, so the first frame painted already has the real width:
 * on a phone, the items laid out for the fallback width would otherwise jump (layout shift).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(function observeWidth() {
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
