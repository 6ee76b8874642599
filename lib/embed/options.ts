/**
 * The embed's own URL parameters, on top of the explorer's (`t`, `place`, … `event`):
 *   view=timeline|map|both|list   what to show (default: timeline)
 *   height=NNN                    the iframe height the snippet sets, in px (200–3000, default 600)
 */
export const EMBED_VIEWS = ['timeline', 'map', 'both', 'list'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

export const EMBED_PARAMS = ['view', 'height'] as const;
export const DEFAULT_HEIGHT = 600;
export const MIN_HEIGHT = 200;
export const MAX_HEIGHT = 3000;

export interface EmbedOptions {
  view: EmbedView;
  height: number;
}

export function parseEmbedOptions(search: string | URLSearchParams): EmbedOptions {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const height = Number(params.get('height'));
  return {
    view: (EMBED_VIEWS as readonly string[]).includes(view ?? '') ? (view as EmbedView) : 'timeline',
    height: Number.isInteger(height) && height >= MIN_HEIGHT && height <= MAX_HEIGHT ? height : DEFAULT_HEIGHT,
  };
}

/** The embed's extra parameters for the URL, omitting defaults. */
export function embedOptionParams(options: EmbedOptions): [string, string][] {
  const out: [string, string][] = [];
  if (options.view !== 'timeline') out.push(['view', options.view]);
  if (options.height !== DEFAULT_HEIGHT) out.push(['height', String(options.height)]);
  return out;
}

export function showsMap(view: EmbedView): boolean {
  return view === 'map' || view === 'both';
}
