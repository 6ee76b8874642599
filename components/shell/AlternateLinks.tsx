import type { Locale } from '@/lib/schema';

/**
 * hreflang alternates for a page (React hoists <link> into <head>). English is canonical at the
 * root paths, Spanish under /es/; x-default is the root.
 */
export function AlternateLinks({ paths, origin }: { paths: Record<Locale, string>; origin: string }) {
  return (
    <>
      <link rel="alternate" hrefLang="en" href={`${origin}${paths.en}`} />
      <link rel="alternate" hrefLang="es" href={`${origin}${paths.es}`} />
      <link rel="alternate" hrefLang="x-default" href={`${origin}${paths.en}`} />
    </>
  );
}
