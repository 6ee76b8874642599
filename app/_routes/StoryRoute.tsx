import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SiteFooter } from '@/components/shell/SiteFooter';
import { AlternateLinks } from '@/components/shell/AlternateLinks';
import { SiteHeader } from '@/components/shell/SiteHeader';
import { StoryArticle } from '@/components/story/StoryArticle';
import { getStories } from '@/lib/dataset/load';
import { buildLookup } from '@/lib/dataset/lookup';
import { messagesFor } from '@/lib/i18n/messages';
import { explicitLocalePath, homePath, storyPath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/schema';
import { BASE_PATH, SITE_URL } from '@/lib/site';
import { stepViewHref } from '@/lib/story/stepViewHref';
import { loadSortedDataset } from './data';
import './story.css';

export function storyParams() {
  return getStories().map((s) => ({ id: s.id }));
}

export function storyMetadata(locale: Locale, id: string): Metadata {
  const story = getStories().find((s) => s.id === id);
  if (!story) return {};
  const t = messagesFor(locale);
  const title = `${story.title[locale]} — ${t.guidedStory} — ${t.siteTitle}`;
  const description = story.introduction[locale];
  const url = SITE_URL ? `${SITE_URL}${storyPath(locale, id)}` : undefined;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, type: 'article', url, locale: locale === 'es' ? 'es_BO' : 'en_GB', siteName: t.siteTitle },
  };
}

/**
 * A guided story's own page: its steps as an ordered list, each with its text, the paper's
 * quotation and footnotes, and a link to its view in the explorer. No JavaScript of its own:
 * it reads the same without it, and prints as a handout.
 */
export function StoryRoute({ locale, id }: { locale: Locale; id: string }) {
  const story = getStories().find((s) => s.id === id);
  if (!story) notFound();
  const t = messagesFor(locale);
  const lookup = buildLookup(loadSortedDataset());
  const path = storyPath(locale, id);
  return (
    <>
      <AlternateLinks paths={{ en: storyPath('en', id), es: storyPath('es', id) }} />
      <SiteHeader locale={locale} t={t} otherLanguageHref={`${BASE_PATH}${explicitLocalePath(t.otherLocale, storyPath(t.otherLocale, id))}`} />
      <main id="main" className="story-page">
        <p className="story-back no-print"><Link href={homePath(locale)} prefetch={false}>← {t.backToAll}</Link></p>
        <StoryArticle
          story={story}
          stepHrefs={story.steps.map((_, i) => `${BASE_PATH}${stepViewHref(story, i, locale)}`)}
          lookup={lookup}
          locale={locale}
          t={t}
          printUrl={`${SITE_URL || BASE_PATH}${path}`}
        />
      </main>
      <SiteFooter t={t} basePath={BASE_PATH} />
    </>
  );
}
