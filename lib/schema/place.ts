import { z } from 'zod';
import { Id, NonBlank } from './common';

export const PLACE_KINDS = ['city', 'town', 'department', 'region', 'country'] as const;

/** ISO 3166-2 codes of Bolivia's nine departments. */
export const BOLIVIAN_DEPARTMENTS = ['BO-B', 'BO-C', 'BO-H', 'BO-L', 'BO-N', 'BO-O', 'BO-P', 'BO-S', 'BO-T'] as const;

export const Place = z
  .strictObject({
    id: Id,
    name: NonBlank,
    nameEn: NonBlank.optional(),
    kind: z.enum(PLACE_KINDS),
    lat: z.number().min(-90, { message: 'is not a latitude (−90 to 90)' }).max(90, { message: 'is not a latitude (−90 to 90)' }),
    lon: z.number().min(-180, { message: 'is not a longitude (−180 to 180)' }).max(180, { message: 'is not a longitude (−180 to 180)' }),
    country: z.string().regex(/^[A-Z]{2}$/, { message: 'is not an ISO 3166-1 alpha-2 country code (e.g. "BO")' }),
    department: z.enum(BOLIVIAN_DEPARTMENTS, { message: 'is not the ISO 3166-2 code of a Bolivian department (BO-L, BO-C, …)' }).optional(),
  })
  .check((ctx) => {
    const place = ctx.value;
    if (place.country === 'BO' && place.kind !== 'country' && !place.department) {
      ctx.issues.push({ code: 'custom', path: ['department'], message: 'must be given for a place in Bolivia (its ISO 3166-2 code, e.g. "BO-L")', input: place });
    }
    if (place.country !== 'BO' && place.department) {
      ctx.issues.push({ code: 'custom', path: ['department'], message: 'is a Bolivian department, but the place is not in Bolivia', input: place });
    }
  });
export type Place = z.infer<typeof Place>;
export const Places = z.array(Place);
