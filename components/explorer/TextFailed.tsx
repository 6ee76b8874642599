'use client';
import { useExplorer, useStore } from './useExplorer';

/** Where the texts' file could not be had: said once, at the top. */
export function TextFailed() {
  const { t } = useStore();
  const text = useExplorer((s) => s.text);
  return text.status === 'failed' ? <p className="notice text-failed" role="alert">{t.textLoadFailed(text.error)}</p> : null;
}
