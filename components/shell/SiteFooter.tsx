import type { Messages } from '@/lib/i18n/messages';

const FILES = [
  ['dataset.json', 'JSON'], ['events.csv', 'CSV'], ['events.geojson', 'GeoJSON'], ['timelinejs.json', 'TimelineJS'],
  ['bibliography.bib', 'BibTeX'], ['bibliography.ris', 'RIS'], ['bibliography.json', 'CSL-JSON'],
] as const;

/** A guided story to link from the footer: its page (base path included) and its title in the page's language. */
export interface FooterStory {
  href: string;
  title: string;
}

export function SiteFooter({ t, basePath, stories = [] }: { t: Messages; basePath: string; stories?: readonly FooterStory[] }) {
  return (
    <footer className="site-footer" id="source">
      <p>{t.sourceLine}</p>
      {stories.length > 0 && (
        <p className="story-links">
          {t.guidedStory}:{' '}
          {stories.map((s, i) => (
            <span key={s.href}>
              {i > 0 && ' · '}
              <a href={s.href}>{s.title}</a>
            </span>
          ))}
        </p>
      )}
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
