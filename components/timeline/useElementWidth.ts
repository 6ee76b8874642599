'use client';
import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's content width, kept current with a ResizeObserver; null until it has a width.
 * The first measure is a layout effect, so the first frame painted already has the real width:
 * nothing is laid out for a guessed width and then moved (a layout shift on phones, and with
 * 10,000 events a second layout). A hidden element (a closed tab in a course page) stays null
 * until it is first shown.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
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
