import { citationParts } from '@/lib/citation/formatWork';
import type { Work } from '@/lib/schema';

/** One work the paper cites, Chicago-like, as catalogued, with what the paper printed instead noted beside it. */
export function WorkCitation({ work }: { work: Work }) {
  const p = citationParts(work);
  return (
    <cite className="work" data-work={work.id}>
      {p.authors && <>{p.authors}. </>}
      {p.titleIsWhole ? <i>{p.title}</i> : <>“{p.title}”</>}
      {p.rest && <>. {p.rest}</>}.
      {p.url && (
        <>
          {' '}
          <a href={p.url} rel="noopener noreferrer" target="_blank" className="url">{p.url}</a>
        </>
      )}
      {work.corrections?.map((c) => (
        <span key={c.field + c.printed} className="correction"> [{c.printed} → {c.corrected}]</span>
      ))}
    </cite>
  );
}
