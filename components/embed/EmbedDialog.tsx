'use client';
import { memo, useState } from 'react';
import { lazyPart } from '../explorer/lazyPart';
import type { Props } from './EmbedDialogBox';

const Box = lazyPart(() => import('./EmbedDialogBox').then((m) => m.EmbedDialogBox));

/**
 * "Embed this view": the button, on the page from the start, and the dialog it opens, whose code
 * (the snippet, its options, the preview) loads when the pointer reaches the button or it gets
 * focus, and at the latest on the click, which opens the dialog as soon as the code is there.
 */
export const EmbedDialog = memo(function EmbedDialog(props: Props) {
  const [opening, setOpening] = useState(0);
  return (
    <>
      <button
        type="button"
        className="embed-button"
        onPointerEnter={Box.preload}
        onPointerDown={Box.preload}
        onFocus={Box.preload}
        onClick={() => setOpening((n) => n + 1)}
        aria-haspopup="dialog"
      >
        {props.t.embedThisView}
      </button>
      {opening > 0 && <Box {...props} opening={opening} />}
    </>
  );
});
