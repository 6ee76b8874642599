import type { Work } from '../schema';

/** A work as exported: the paper's misprints corrected, and a note of what the paper printed. */
export interface CorrectedWork {
  work: Work;
  /** "As printed in the paper: title: Boivia de pie!", or undefined when nothing was corrected. */
  note?: string;
}

type Name = NonNullable<Work['author']>[number];
const TEXT_FIELDS = ['title', 'containerTitle', 'collectionTitle', 'volume', 'issue', 'publisher', 'publisherPlace', 'page'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** "title" or "editor[0].family": the paths data/works.json uses in `corrections[].field`. */
const FIELD_PATH = /^(\w+)(?:\[(\d+)\]\.(family|given))?$/;

/**
 * Sets one corrected value, and only where the record still holds what the paper printed, so a
 * correction that no longer matches its record is not applied (nor claimed in the note).
 */
function applyCorrection(work: Work, field: string, printed: string, corrected: string): boolean {
  const match = FIELD_PATH.exec(field);
  if (!match) return false;
  const [, key, index, part] = match;
  if (part === undefined) {
    if (!(TEXT_FIELDS as readonly string[]).includes(key!) || work[key as TextField] !== printed) return false;
    work[key as TextField] = corrected;
    return true;
  }
  if (key !== 'author' && key !== 'editor') return false;
  const names = work[key];
  const name: Name | undefined = names?.[Number(index)];
  if (!names || !name || name[part as 'family' | 'given'] !== printed) return false;
  names[Number(index)] = { ...name, [part]: corrected };
  return true;
}

/**
 * Reference managers should get the work as it really is, so exports use the corrected values;
 * the paper's printed form goes into a note, so a reader can still match it to the paper.
 */
export function correctWork(work: Work): CorrectedWork {
  if (!work.corrections?.length) return { work };
  const copy: Work = { ...work, author: work.author && [...work.author], editor: work.editor && [...work.editor] };
  delete copy.corrections;
  const applied = work.corrections.filter((c) => applyCorrection(copy, c.field, c.printed, c.corrected));
  if (applied.length === 0) return { work: copy };
  return { work: copy, note: `As printed in the paper: ${applied.map((c) => `${c.field}: ${c.printed}`).join('; ')}` };
}
