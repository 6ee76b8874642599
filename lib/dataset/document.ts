import type { Story } from '../schema/story';
import { stepQuery } from '../story/stepViewHref';
import type { Dataset } from './types';

/** A story as published: as curated, with each step's link as the explorer's query string (its view, story= and step=). */
function storyDocument(story: Story) {
  return {
    id: story.id,
    title: story.title,
    introduction: story.introduction,
    steps: story.steps.map((step, i) => ({
      title: step.title,
      text: step.text,
      footnotes: step.footnotes,
      quote: step.quote ? { text: step.quote.text, footnote: step.quote.footnote ?? null } : null,
      view: step.view,
      query: stepQuery(story, i),
    })),
  };
}

/**
 * The published shape of the dataset (`npm run --silent dataset`, /data/dataset.json).
 * This is a public interface: keep these names stable and only add to them.
 */
export function toDatasetDocument(data: Dataset, stories: readonly Story[] = []) {
  return {
    source: {
      author: 'April Carrière',
      title: 'Social Movements and the Bolivian State: Anarchistic Trends in Practice and Theory',
      note: 'Every event cites the footnote numbers of this paper. Footnote and work texts are as printed in the paper.',
    },
    events: data.events.map((e) => ({
      id: e.id,
      scope: e.scope,
      title: e.title,
      summary: e.summary,
      start: e.start,
      end: e.end ?? null,
      paperDate: e.paperDate ?? null,
      approximate: e.approximate ?? null,
      places: e.places,
      movements: e.movements,
      themes: e.themes,
      footnotes: e.footnotes,
      uncited: e.uncited ?? null,
      quotes: e.quotes,
      outsidePaper: e.outsidePaper ?? null,
      related: e.related,
    })),
    places: data.places,
    movements: data.movements,
    themes: data.themes,
    eras: data.eras,
    footnotes: data.footnotes,
    works: data.works,
    stories: stories.map(storyDocument),
  };
}
export type DatasetDocument = ReturnType<typeof toDatasetDocument>;
