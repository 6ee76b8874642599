import { serializeViewState } from '../url/parse';
import type { ViewState } from '../url/state';
import { embedOptionParams, type EmbedOptions } from './options';

export interface SnippetInput {
  /** Absolute URL of the embed page, e.g. "https://example.org/es/embed/". */
  embedUrl: string;
  /** Absolute URL of public/embed.js. */
  scriptUrl: string;
  state: ViewState;
  options: EmbedOptions;
  /** Full width of its column (responsive) or a fixed 800 px. */
  responsive: boolean;
  title: string;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The query string of an embed for a view: the explorer's state (minus `view`) plus the embed's options. */
export function embedQuery(state: ViewState, options: EmbedOptions): string {
  return serializeViewState({ ...state, view: 'explore' }, embedOptionParams(options));
}

export function embedSrc(embedUrl: string, state: ViewState, options: EmbedOptions): string {
  const q = embedQuery(state, options);
  return q ? `${embedUrl}?${q}` : embedUrl;
}

/**
 * The snippet a teacher pastes into a course page: an iframe that works on its own at its
 * height (scrolling inside), and the optional host script that fits its height to the content.
 */
export function embedSnippet(input: SnippetInput): string {
  const src = embedSrc(input.embedUrl, input.state, input.options);
  const width = input.responsive ? '100%' : '800';
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(input.title)}" width="${width}" height="${input.options.height}"`,
    `  style="border:0;max-width:100%" loading="lazy" data-bolivia-timeline></iframe>`,
    `<script src="${escapeAttribute(input.scriptUrl)}" async></script>`,
  ].join('\n');
}
