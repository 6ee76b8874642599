import { readExplorerText, type EventText } from '../dataset/explorerFiles';
import type { HistoricalEvent } from '../schema';

/** The events' texts: 'ready' once every event has its summary. */
export type TextStatus = { status: 'ready' } | { status: 'pending' } | { status: 'failed'; error: string };
export const TEXT_READY: TextStatus = Object.freeze({ status: 'ready' });
export const TEXT_PENDING: TextStatus = Object.freeze({ status: 'pending' });

/**
 * The events' summaries and quotations, apart from the events: a large dataset's texts arrive in
 * a file of their own after the events (lib/dataset/explorerFiles), and the event objects, which
 * caches everywhere key on, never change. `withText` joins an event to its text by id (one joined
 * object per event, kept); before the texts are there it gives the event as it is.
 */
export interface TextStore {
  status(): TextStatus;
  /** The event with its summary and quotations (the event itself when they are in it already, or not there yet). */
  withText(event: HistoricalEvent): HistoricalEvent;
  subscribe(listener: () => void): () => void;
  /** The text file arrived: checked whole (an error fails the store and throws), then joined. */
  add(events: readonly HistoricalEvent[], file: unknown): void;
  fail(error: string): void;
}

/** The texts of a dataset that carries them in its events: always ready. */
export function inlineTexts(): TextStore {
  const carried = () => { throw new Error('texts inline'); };
  return { status: () => TEXT_READY, withText: (e) => e, subscribe: () => () => {}, add: carried, fail: carried };
}

/** The texts of a dataset whose text file is still to come. */
export function lateTexts(): TextStore {
  let status: TextStatus = TEXT_PENDING;
  let texts: ReadonlyMap<string, EventText> = new Map();
  const joined = new WeakMap<HistoricalEvent, HistoricalEvent>();
  const listeners = new Set<() => void>();
  const settle = (next: TextStatus) => {
    if (status.status !== 'pending') throw new Error(`the texts were ${status.status} already`);
    status = next;
    for (const l of [...listeners]) l();
  };
  return {
    status: () => status,
    withText(e) {
      const text = texts.get(e.id);
      if (!text) return e;
      let out = joined.get(e);
      if (!out) joined.set(e, (out = { ...e, summary: text.summary, quotes: text.quotes }));
      return out;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
    add(events, file) {
      let read: Map<string, EventText>;
      try {
        read = readExplorerText({ events: events as HistoricalEvent[] }, file);
      } catch (e) {
        settle({ status: 'failed', error: e instanceof Error ? e.message : String(e) });
        throw e;
      }
      texts = read;
      settle(TEXT_READY);
    },
    fail: (error) => settle({ status: 'failed', error }),
  };
}
