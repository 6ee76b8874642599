import { matchRanges } from '@/lib/filter/fold';
import { plainText, type Highlight } from '../detail/plainText';

/** Wraps the parts of `text` that match the search terms in <mark>. Text only, never HTML. */
export function highlighter(terms: readonly string[]): Highlight {
  if (terms.length === 0) return plainText;
  return function highlight(text: string): React.ReactNode {
    const ranges = matchRanges(text, terms);
    if (ranges.length === 0) return text;
    const out: React.ReactNode[] = [];
    let last = 0;
    ranges.forEach(([a, b], i) => {
      out.push(text.slice(last, a));
      out.push(<mark key={i}>{text.slice(a, b)}</mark>);
      last = b;
    });
    out.push(text.slice(last));
    return out;
  };
}
