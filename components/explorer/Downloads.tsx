'use client';
import { memo, useState } from 'react';
import type { DatedDataset } from '@/lib/dataset/types';
import type { DownloadFormat } from '@/lib/export/formats';
import type { Messages } from '@/lib/i18n/messages';
import type { HistoricalEvent } from '@/lib/schema';
import type { Locale } from '@/lib/schema/values';

interface Props {
  formats: readonly DownloadFormat[];
  events: readonly HistoricalEvent[];
  data: DatedDataset;
  locale: Locale;
  /** File name without extension. */
  base: string;
  siteUrl: string;
  t: Messages;
  label: string;
}

/**
 * Downloads of exactly the given events (the current view, or one event). The export code loads
 * only when a download is asked for, so it costs the page nothing until then.
 */
export const Downloads = memo(function Downloads({ formats, events, data, locale, base, siteUrl, t, label }: Props) {
  const [error, setError] = useState(false);
  async function download(format: DownloadFormat) {
    try {
      const { buildDownload } = await import('@/lib/export/download');
      const file = buildDownload(format, events, data, locale, base, siteUrl);
      // CSV gets a BOM inside eventsToCsv, so spreadsheet programs read the accents.
      const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
      const a = document.createElement('a');
      a.href = url;
      a.download = file.name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setError(false);
    } catch {
      setError(true);
    }
  }
  return (
    <details className="downloads">
      <summary>{label}</summary>
      <ul>
        {formats.map((f) => (
          <li key={f}>
            <button type="button" onClick={() => download(f)} data-format={f}>{t.downloadFormat(f)}</button>
          </li>
        ))}
      </ul>
      {error && <p role="alert">{t.downloadFailed}</p>}
    </details>
  );
});
