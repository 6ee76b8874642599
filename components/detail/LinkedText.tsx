import { Fragment } from 'react';
import { plainText, type Highlight } from './plainText';

const URL_PATTERN = /https?:\/\/[^\s<>"“”‘’]+/g;
const TRAILING = /[.,;:)\]’'"]+$/;

/**
 * Shows text as text (never as HTML) and turns the URLs in it into links. Used for footnotes,
 * which print their sources' addresses inline. `highlight` marks search matches, in the links'
 * text too.
 */
export function LinkedText({ text, highlight = plainText }: { text: string; highlight?: Highlight }) {
  const nodes: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = match[0];
    const url = raw.replace(TRAILING, '');
    const index = match.index ?? 0;
    nodes.push(highlight(text.slice(last, index)));
    nodes.push(
      <a key={index} href={url} rel="noopener noreferrer" target="_blank" className="url">
        {highlight(url)}
      </a>,
    );
    last = index + url.length;
  }
  nodes.push(highlight(text.slice(last)));
  return <>{nodes.map((n, i) => <Fragment key={i}>{n}</Fragment>)}</>;
}
