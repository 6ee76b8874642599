'use client';
import { memo, useState } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import type { UrlNotice as Notice } from '@/lib/url/parse';

/** A quiet notice listing what the URL asked for that was ignored; values are shown as text only. */
export const UrlNotice = memo(function UrlNotice({ notices, t }: { notices: Notice[]; t: Messages }) {
  const key = notices.map((n) => `${n.param}=${n.value}:${n.reason}`).join('|');
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (notices.length === 0 || dismissed === key) return null;
  return (
    <div className="url-notice" role="status">
      <p>{t.urlNoticeTitle}</p>
      <ul>
        {notices.slice(0, 8).map((n, i) => (
          <li key={i}>
            <code>{n.param}{n.value ? `=${n.value}` : ''}</code> — {t.urlNoticeReason(n.reason)}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(key)}>{t.dismiss}</button>
    </div>
  );
});
