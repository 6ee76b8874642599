import type { Messages } from '@/lib/i18n/messages';

const FILES = [
  ['dataset.json', 'JSON'], ['events.csv', 'CSV'], ['events.geojson', 'GeoJSON'], ['timelinejs.json', 'TimelineJS'],
  ['bibliography.bib', 'BibTeX'], ['bibliography.ris', 'RIS'], ['bibliography.json', 'CSL-JSON'],
] as const;

export function SiteFooter({ t, basePath }: { t: Messages; basePath: string }) {
  return (
    <footer className="site-footer" id="source">
      <p>{t.sourceLine}</p>
      <p className="data-files">
        {t.fullData}{' '}
        {FILES.map(([file, label], i) => (
          <span key={file}>
            {i > 0 && ' · '}
            <a href={`${basePath}/data/${file}`} download>{label}</a>
          </span>
        ))}
      </p>
      <p>{t.dataLicenceShort} {t.dataLicence}</p>
    </footer>
  );
}
