import { Fragment } from 'react';

const URL_PATTERN = /https?:\/\/[^\s<>"“”‘’]+/g;
const TRAILING = /[.,;:)\]’'"]+$/;

/**
 * Shows text as text (never as HTML) and turns the URLs in it into links. Used for footnotes,
 * which print their sources' addresses inline.
 */
export function LinkedText({ text }: { text: string }) {
  const nodes: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = match[0];
    const url = raw.replace(TRAILING, '');
    const index = match.index ?? 0;
    nodes.push(text.slice(last, index));
    nodes.push(
      <a key={index} href={url} rel="noopener noreferrer" target="_blank" className="url">
        {url}
      </a>,
    );
    last = index + url.length;
  }
  nodes.push(text.slice(last));
  return <>{nodes.map((n, i) => <Fragment key={i}>{n}</Fragment>)}</>;
}
