import type { Lookup } from '@/lib/dataset/lookup';
import type { Messages } from '@/lib/i18n/messages';
import type { Locale, Story } from '@/lib/schema';
import { StoryStepItem } from './StoryStepItem';

interface Props {
  story: Story;
  /** Each step's link to the explorer, in step order, base path included. */
  stepHrefs: readonly string[];
  lookup: Lookup;
  locale: Locale;
  t: Messages;
  /** Where this page lives, for the printed handout. */
  printUrl: string;
}

/** A guided story as a document: readable without JavaScript, and a handout when printed. */
export function StoryArticle({ story, stepHrefs, lookup, locale, t, printUrl }: Props) {
  const total = story.steps.length;
  return (
    <article className="story" data-story={story.id} aria-labelledby="story-title">
      <p className="story-kind">{t.guidedStory} · {t.storySteps(total)}</p>
      <h1 id="story-title" className="story-title">{story.title[locale]}</h1>
      <p className="story-introduction">{story.introduction[locale]}</p>
      <ol className="story-steps">
        {story.steps.map((step, i) => (
          <StoryStepItem key={i} step={step} number={i + 1} total={total} viewHref={stepHrefs[i]!} lookup={lookup} locale={locale} t={t} />
        ))}
      </ol>
      <p className="print-url">{t.storyPrintedFrom} {printUrl}</p>
    </article>
  );
}
