/** oEmbed discovery: platforms that support it embed the page from a pasted URL. */
export function OEmbedLink({ href, title }: { href: string; title: string }) {
  return <link rel="alternate" type="application/json+oembed" href={href} title={title} />;
}
