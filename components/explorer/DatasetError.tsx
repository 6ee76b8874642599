'use client';
import { use } from 'react';
import { loadMessages } from '@/lib/i18n/load';
import type { Locale } from '@/lib/schema/values';

/** The dataset could not be fetched (offline, moved): say so, and where the data still is. */
export function DatasetError({ locale, url, error }: { locale: Locale; url?: string; error: string }) {
  const t = use(loadMessages(locale));
  return (
    <p className="dataset-error" role="alert" data-url={url}>
      {t.datasetLoadFailed(error)}
    </p>
  );
}
