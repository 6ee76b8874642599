'use client';
import { useState } from 'react';
import type { Messages } from '@/lib/i18n/messages';

/** Copies a citation; where the clipboard is refused (sandboxed frames), shows it to copy by hand. */
export function CiteButton({ text, t }: { text: string; t: Messages }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <div className="cite">
      <button type="button" onClick={copy}>{t.citeThis}</button>
      <span role="status" className="cite-status">{state === 'copied' ? t.copied : ''}</span>
      {state === 'failed' && (
        <label className="cite-fallback">
          {t.copyFailed}
          <textarea readOnly value={text} rows={4} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
