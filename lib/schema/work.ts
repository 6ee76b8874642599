import { z } from 'zod';
import { Id, NonBlank } from './common';
import { IsoPartialDate } from './isoDate';

/** CSL-JSON item types the paper's bibliography needs. */
export const WORK_TYPES = [
  'article-journal', 'article-magazine', 'article-newspaper', 'book', 'chapter', 'webpage',
  'interview', 'broadcast', 'report', 'paper-conference', 'manuscript',
] as const;

export const Name = z.strictObject({ family: NonBlank, given: NonBlank.optional() });

/** Where the paper misprints something, the printed form stays and the correction sits beside it. */
export const Correction = z.strictObject({ field: NonBlank, printed: NonBlank, corrected: NonBlank });

export const Work = z.strictObject({
  id: Id,
  type: z.enum(WORK_TYPES),
  author: z.array(Name).optional(),
  editor: z.array(Name).optional(),
  title: NonBlank,
  containerTitle: NonBlank.optional(),
  collectionTitle: NonBlank.optional(),
  volume: NonBlank.optional(),
  issue: NonBlank.optional(),
  publisher: NonBlank.optional(),
  publisherPlace: NonBlank.optional(),
  issued: IsoPartialDate.optional(),
  page: NonBlank.optional(),
  url: z.url({ message: 'is not a URL' }).optional(),
  corrections: z.array(Correction).optional(),
});
export type Work = z.infer<typeof Work>;
export const Works = z.array(Work);
