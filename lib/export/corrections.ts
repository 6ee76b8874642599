import type { Work } from '../schema';

/** A work as exported, and a note of what the paper printed where the record corrects it. */
export interface CorrectedWork {
  work: Work;
  /** "As printed in the paper: title: Boivia de pie!", or undefined when nothing was corrected. */
  note?: string;
}

/**
 * data/works.json holds each work as the catalogue has it (corrected); `corrections[]` keeps
 * what the paper printed in its place, and that text is checked against the footnotes. Exports
 * give reference managers the corrected record and the printed form in a note, so a reader can
 * still match the entry to the paper's footnote.
 */
export function correctWork(work: Work): CorrectedWork {
  if (!work.corrections?.length) return { work };
  const copy: Work = { ...work };
  delete copy.corrections;
  return { work: copy, note: `As printed in the paper: ${work.corrections.map((c) => `${c.field}: ${c.printed}`).join('; ')}` };
}
