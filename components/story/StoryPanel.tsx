'use client';
import { useEffect, useRef, useState } from 'react';
import { storyPath } from '@/lib/i18n/paths';
import { storyMessagesFor } from '@/lib/i18n/storyMessages';
import { StepFootnotes } from './StepFootnotes';
import { storyNavigation } from '@/lib/explorer/storyNavigation';
import { useExplorer, useStore } from '../explorer/useExplorer';
import { useReducedMotion } from '../explorer/useReducedMotion';
import { postToHost } from '../embed/useHostMessages';
import { loadStory } from './loadStory';
import { takeStoryFocusRequest } from './storyFocus';
import { useStepGlide } from './useStepGlide';
import { useStepKeys } from './useStepKeys';
import './storyPanel.css';

/**
 * Story mode's panel, where the detail panel is: "Step n of N", the step's title and text, the
 * paper's quotation and footnotes, Previous / Next / Leave, and ← / → anywhere but a text field.
 * The store moves the timeline and the map to the step's view (its event selected on both).
 * Loaded on demand (StorySlot), with the story's steps (loadStory).
 */
export default function StoryPanel({ embedded = false }: { embedded?: boolean }) {
  const store = useStore();
  const { t: common, locale, lookup, basePath } = store;
  const t = { ...common, ...storyMessagesFor(locale) };
  const id = useExplorer((s) => s.state.story);
  const slice = useExplorer((s) => s.story);
  const [failed, setFailed] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const walk = storyNavigation(store);
  const loaded = !!slice && slice.story.id === id;

  useEffect(function loadSteps() {
    if (!id || loaded) return;
    let live = true;
    loadStory(basePath, id).then((story) => { if (live) store.provideStory(story); }, () => { if (live) setFailed(id); });
    return () => { live = false; };
  }, [id, loaded, basePath, store, attempt]);

  useStepKeys(walk.nextStep, walk.previousStep);

  const index = slice?.index ?? -1;
  useStepGlide(store, index, useReducedMotion());
  const shownId = loaded ? slice.story.id : null;
  useEffect(function tellHostTheStep() {
    // In an embed, every step shown (the first included) is told to the host page.
    if (embedded && shownId) postToHost({ type: 'bolivia-timeline:step', id: shownId, step: index + 1 });
  }, [embedded, shownId, index]);
  useEffect(function keepFocusOnTheStory() {
    if (index < 0) return;
    const active = document.activeElement as HTMLButtonElement | null;
    // Opened from the toolbar, or a button that the step just disabled (Next at the last step): the step's title.
    if (takeStoryFocusRequest() || (active && active.disabled)) titleRef.current?.focus();
  }, [index]);

  const label = store.landmark(t.guidedStory);
  const leave = <button type="button" className="story-leave" onClick={walk.closeStory}>{t.storyLeave}</button>;
  if (!slice || !loaded) {
    return (
      <aside className="detail story-panel" aria-label={label} aria-busy={failed !== id}>
        {failed === id
          ? <p role="alert">{t.storyLoadFailed} <button type="button" onClick={() => { setFailed(null); setAttempt((n) => n + 1); }}>{t.storyRetry}</button></p>
          : <p>{t.storyLoading}</p>}
        {leave}
      </aside>
    );
  }
  const { story, step, count } = slice;
  const n = index + 1;
  const prefix = `story-${n}-`;
  return (
    <aside className="detail story-panel" aria-label={label} data-story={story.id} data-step={n}>
      <p className="story-panel-kind">
        {t.guidedStory}:{' '}
        <a href={`${basePath}${storyPath(locale, story.id)}`} target={embedded ? '_blank' : undefined} rel={embedded ? 'noopener noreferrer' : undefined}>{story.title[locale]}</a>
      </p>
      <div className="story-nav" role="group" aria-label={t.storyStepOf(n, count)}>
        <p className="story-step-number" aria-hidden="true">{t.storyStepOf(n, count)}</p>
        <button type="button" className="story-previous" onClick={walk.previousStep} disabled={n === 1}>← {t.storyPrevious}</button>
        <button type="button" className="story-next" onClick={walk.nextStep} disabled={n === count}>{t.storyNext} →</button>
      </div>
      <h2 ref={titleRef} tabIndex={-1} className="story-step-title">
        <span className="visually-hidden">{t.storyStepOf(n, count)}: </span>{step.title[locale]}
      </h2>
      <p className="story-step-text">{step.text[locale]}</p>
      {step.quote && (
        <figure className="story-quote">
          <blockquote lang="en" className="paper-quote">
            <p>
              “{step.quote.text}”
              {step.quote.footnote !== undefined && <sup><a href={`#${prefix}fn-${step.quote.footnote}`} aria-label={t.footnoteLabel(step.quote.footnote)}>{step.quote.footnote}</a></sup>}
            </p>
          </blockquote>
          <figcaption className="hint">{t.fromThePaper}{step.quote.footnote === undefined && ` (${t.storyQuoteNoFootnote})`}</figcaption>
        </figure>
      )}
      <StepFootnotes numbers={step.footnotes} lookup={lookup} t={t} idPrefix={prefix} />
      <p className="hint story-keys">{t.storyKeys}</p>
      {leave}
    </aside>
  );
}
