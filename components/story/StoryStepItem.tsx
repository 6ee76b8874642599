import type { Lookup } from '@/lib/dataset/lookup';
import type { Messages } from '@/lib/i18n/messages';
import type { Locale, StoryStep } from '@/lib/schema';
import { StepFootnotes } from './StepFootnotes';

interface Props {
  step: StoryStep;
  /** 1-based, as the reader counts. */
  number: number;
  total: number;
  /** The explorer's link for this step, base path included. */
  viewHref: string;
  lookup: Lookup;
  locale: Locale;
  t: Messages;
}

/** One step of a guided story as text: its title, our words, the paper's quotation and footnotes, and a link to its view. */
export function StoryStepItem({ step, number, total, viewHref, lookup, locale, t }: Props) {
  const prefix = `s${number}-`;
  const titleId = `step-${number}-title`;
  return (
    <li className="story-step" id={`step-${number}`} data-step={number} aria-labelledby={titleId}>
      <p className="story-step-number">{t.storyStepOf(number, total)}</p>
      <h2 id={titleId} className="story-step-title">{step.title[locale]}</h2>
      <p className="story-step-text">{step.text[locale]}</p>
      {step.quote && (
        <blockquote lang="en" className="paper-quote">
          <p>
            “{step.quote.text}”
            {step.quote.footnote !== undefined
              ? <sup><a href={`#${prefix}fn-${step.quote.footnote}`} aria-label={t.footnoteLabel(step.quote.footnote)}>{step.quote.footnote}</a></sup>
              : <span className="hint" lang={locale}> ({t.storyQuoteNoFootnote})</span>}
          </p>
        </blockquote>
      )}
      <p className="story-step-view no-print">
        <a href={viewHref} data-step-view={number}>
          {t.storyShowStep}<span className="visually-hidden">: {step.title[locale]}</span>
        </a>
      </p>
      <StepFootnotes numbers={step.footnotes} lookup={lookup} t={t} idPrefix={prefix} />
    </li>
  );
}
