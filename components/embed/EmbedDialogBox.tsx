'use client';
import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { EMBED_VIEWS, MAX_HEIGHT, MIN_HEIGHT, type EmbedView } from '@/lib/embed/options';
import { embedSnippet, embedSrc } from '@/lib/embed/snippet';
import { embedPath, homePath } from '@/lib/i18n/paths';
import { serializeViewState } from '@/lib/url/parse';
import type { Messages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/schema/values';
import { EMPTY_STATE, type ViewState } from '@/lib/url/state';
import type { StorySummary } from '@/lib/story/summary';
import './EmbedDialogBox.css';

export interface Props {
  t: Messages;
  /** The view the snippet reproduces. */
  state: ViewState;
  locale: Locale;
  basePath: string;
  /** The guided stories, each offered as what to embed instead of the view. */
  stories?: readonly StorySummary[];
}

/**
 * The embed dialog itself, a chunk of its own (EmbedDialog loads it when the reader reaches for
 * the button): the iframe snippet for exactly the current filters and selection, with options, a
 * live preview, a copy button and a plain link. A native modal <dialog> keeps focus inside and
 * closes with Escape; focus returns to the button that opened it. It opens each time `opening`
 * changes.
 */
export function EmbedDialogBox({ opening, ...props }: Props & { opening: number }) {
  const { state } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(0);
  // What the dialog opens with: the view follows the page's each time; height and responsiveness
  // are kept from one opening to the next.
  const [initialView, setInitialView] = useState<EmbedView>('timeline');
  const [height, setHeight] = useState(600);
  const [responsive, setResponsive] = useState(true);

  // A new request to open: the body renders first, then the dialog opens (before the paint), so
  // showModal() focuses its first control.
  if (opening !== opened) {
    setOpened(opening);
    setInitialView(state.view === 'list' ? 'list' : 'timeline');
    setOpen(true);
  }
  useLayoutEffect(() => {
    if (open && !ref.current?.open) ref.current?.showModal();
  }, [open, opened]);

  /** A modal dialog lets Tab leave for the browser's own controls; keep it cycling inside instead. */
  function trapFocus(event: React.KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])')]
      .filter((el) => !el.hasAttribute('disabled') && !el.closest('[inert]'));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog ref={ref} className="embed-dialog" aria-labelledby={titleId} onClose={() => setOpen(false)} onKeyDown={trapFocus}>
      {open && (
        <EmbedDialogBody
          {...props}
          titleId={titleId}
          dialog={ref}
          initialView={initialView}
          height={height}
          onHeight={setHeight}
          responsive={responsive}
          onResponsive={setResponsive}
        />
      )}
    </dialog>
  );
}

interface BodyProps extends Props {
  titleId: string;
  dialog: RefObject<HTMLDialogElement | null>;
  initialView: EmbedView;
  height: number;
  onHeight: (height: number) => void;
  responsive: boolean;
  onResponsive: (responsive: boolean) => void;
}

/**
 * The dialog's content, rendered only while it is open: the snippet, the plain link and their
 * inputs were rendered again at every change of the view behind a closed dialog (React writes a
 * text field's name and type again at every render, and the style recalculation follows).
 */
function EmbedDialogBody({ t, state: viewState, locale, basePath, stories = [], titleId, dialog: ref, initialView, height, onHeight, responsive, onResponsive }: BodyProps) {
  const [view, setView] = useState<EmbedView>(initialView);
  // What to embed: the view as it is (a story's step included), or a story from its first step.
  const [content, setContent] = useState('');
  const story = stories.find((s) => s.id === content);
  const state: ViewState = story ? { ...EMPTY_STATE, story: story.id, step: 1 } : viewState;
  const [copied, setCopied] = useState(false);

  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const options = { view, height: Math.min(Math.max(height || 600, MIN_HEIGHT), MAX_HEIGHT) };
  const snippet = embedSnippet({
    embedUrl: `${origin}${basePath}${embedPath(locale)}`,
    scriptUrl: `${origin}${basePath}/embed.js`,
    state,
    options,
    responsive,
    title: t.embedFrameTitle,
  });
  const query = serializeViewState(state);
  const plainLink = `${origin}${basePath}${homePath(locale)}${query ? `?${query}` : ''}`;
  const labels: Record<EmbedView, string> = { timeline: t.embedViewTimeline, map: t.embedViewMap, both: t.embedViewBoth, list: t.embedViewList };

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
    } catch {
      const area = ref.current?.querySelector('textarea');
      area?.focus();
      area?.select();
    }
  }

  return (
    <div className="dialog-body">
      <div className="dialog-head">
        <h2 id={titleId}>{t.embedDialogTitle}</h2>
        <button type="button" onClick={() => ref.current?.close()} aria-label={t.close}>×</button>
      </div>
      <p>{t.embedIntro}</p>
      <div className="options">
        {stories.length > 0 && (
          <label>
            {t.embedContent}{' '}
            <select value={content} onChange={(e) => setContent(e.target.value)} data-option="content">
              <option value="">{t.embedContentView}</option>
              {stories.map((s) => <option key={s.id} value={s.id}>{`${t.guidedStory}: ${s.title}`}</option>)}
            </select>
          </label>
        )}
        <label>
          {t.embedView}{' '}
          <select value={view} onChange={(e) => setView(e.target.value as EmbedView)} data-option="view">
            {EMBED_VIEWS.map((v) => <option key={v} value={v}>{labels[v]}</option>)}
          </select>
        </label>
        <label>
          {t.embedHeight}{' '}
          <input type="number" min={MIN_HEIGHT} max={MAX_HEIGHT} step={20} value={height} onChange={(e) => onHeight(Number(e.target.value))} data-option="height" />
        </label>
        <label>
          <input type="checkbox" checked={responsive} onChange={(e) => onResponsive(e.target.checked)} data-option="responsive" /> {t.embedResponsive}
        </label>
      </div>
      <label>
        {t.embedSnippet}
        <textarea readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} data-snippet />
      </label>
      <p>
        <button type="button" onClick={copy}>{t.embedCopy}</button>{' '}
        <span role="status">{copied ? t.embedCopied : ''}</span>
      </p>
      <p className="plain-link">{t.embedPlainLink} <a href={plainLink}>{plainLink}</a></p>
      <iframe
        className="preview"
        title={`${t.embedPreview}: ${t.embedFrameTitle}`}
        src={embedSrc(`${basePath}${embedPath(locale)}`, state, options)}
        data-bolivia-timeline
        // A picture of the result: it updates live, but keyboard focus and Escape stay with the dialog.
        inert
      />
    </div>
  );
}
