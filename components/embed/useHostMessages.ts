'use client';
import { useEffect, type RefObject } from 'react';
import { readHostMessage, type EmbedToHost, type HostToEmbed } from '@/lib/embed/protocol';

/** Posts to the host page, if there is one. The data is public (a height, an event id), so any origin may read it. */
export function postToHost(message: EmbedToHost): void {
  if (typeof window === 'undefined' || window.parent === window) return;
  window.parent.postMessage(message, '*');
}

/**
 * Talks to the host page: says it is ready, reports its content height whenever it changes,
 * and opens an event or a story's step when the host asks (a course page's #event=… deep link).
 */
export function useHostMessages(rootRef: RefObject<HTMLElement | null>, onShow: (message: HostToEmbed) => void): void {
  useEffect(function reportHeight() {
    const root = rootRef.current;
    if (!root) return;
    let last = 0;
    // The whole page's content: the embed root plus the padding of <main> around it.
    const page = root.closest('main') ?? root;
    const report = () => {
      const height = Math.ceil(page.getBoundingClientRect().bottom + window.scrollY);
      if (height > 0 && height !== last) {
        last = height;
        postToHost({ type: 'bolivia-timeline:resize', height });
      }
    };
    const observer = new ResizeObserver(report);
    observer.observe(root);
    report();
    return () => observer.disconnect();
  }, [rootRef]);

  useEffect(function listenToHost() {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      const message = readHostMessage(event.data);
      if (message) onShow(message);
    };
    window.addEventListener('message', onMessage);
    postToHost({ type: 'bolivia-timeline:ready' });
    return () => window.removeEventListener('message', onMessage);
  }, [onShow]);
}
