import type { DataFiles, DepartmentFeature } from './types';

/** A tiny paper for quotation checks. */
export const FIXTURE_PAPER = `Between January and April 2000, rural farmers mobilised
in a prolonged series of protests, known as the Cochabamba ‘Water War’, to put an end
to a water  privatisation scheme.4`;

/** A square "department" around Cochabamba city, enough to test the department check. */
export const FIXTURE_DEPARTMENTS: DepartmentFeature[] = [
  {
    properties: { iso_3166_2: 'BO-C', name: 'Cochabamba' },
    geometry: { type: 'Polygon', coordinates: [[[-67, -18.5], [-64.5, -18.5], [-64.5, -16], [-67, -16], [-67, -18.5]]] },
  },
  {
    properties: { iso_3166_2: 'BO-L', name: 'La Paz' },
    geometry: { type: 'Polygon', coordinates: [[[-69.6, -18], [-67, -18], [-67, -11], [-69.6, -11], [-69.6, -18]]] },
  },
];

export const FIXTURE_NOW = new Date('2026-01-01T00:00:00Z');

/** A small, valid set of data files; each test breaks one thing in a fresh copy. */
export function validFiles(): DataFiles {
  return {
    events: [
      {
        file: 'data/events/water-war.json',
        json: {
          id: 'water-war',
          scope: 'bolivia',
          title: { en: 'The Cochabamba Water War', es: 'La Guerra del Agua de Cochabamba' },
          summary: { en: 'Protests ended a privatisation scheme.', es: 'Las protestas pusieron fin a una privatización.' },
          start: '2000-01',
          end: '2000-04',
          paperDate: { start: 'Between January and April 2000', end: 'Between January and April 2000' },
          places: ['cochabamba'],
          movements: ['water-committees'],
          themes: ['direct-action'],
          footnotes: [4],
          quotes: [{ text: 'to put an end to a water privatisation scheme', footnote: 4 }],
        },
      },
      {
        file: 'data/events/zapatistas.json',
        json: {
          id: 'zapatistas',
          scope: 'region',
          title: { en: 'The Zapatista movement', es: 'El movimiento zapatista' },
          summary: { en: 'A regional example.', es: 'Un ejemplo regional.' },
          start: '1994',
          places: ['mexico'],
          movements: [],
          themes: [],
          footnotes: [1],
          outsidePaper: { start: { note: { en: 'The paper does not date it.', es: 'El artículo no lo fecha.' } } },
        },
      },
    ],
    places: {
      file: 'data/places.json',
      json: [
        { id: 'cochabamba', name: 'Cochabamba', kind: 'city', lat: -17.3895, lon: -66.1568, country: 'BO', department: 'BO-C' },
        { id: 'mexico', name: 'México', nameEn: 'Mexico', kind: 'country', lat: 23.6, lon: -102.5, country: 'MX' },
      ],
    },
    movements: {
      file: 'data/movements.json',
      json: [{ id: 'water-committees', name: { en: 'Water committees', es: 'Comités de agua' }, definition: { en: 'Neighbourhood water systems.', es: 'Sistemas vecinales de agua.' }, footnotes: [55] }],
    },
    themes: {
      file: 'data/themes.json',
      json: [{ id: 'direct-action', name: { en: 'Direct action', es: 'Acción directa' }, definition: { en: 'Acting without mediation.', es: 'Actuar sin mediación.' }, footnotes: [41] }],
    },
    eras: {
      file: 'data/eras.json',
      json: [
        { id: 'neoliberal-period', name: { en: 'Neoliberal period', es: 'Periodo neoliberal' }, definition: { en: 'Reforms.', es: 'Reformas.' }, start: '1985', end: '2000', approximate: { en: '“the late 1980s” to 2000', es: '“the late 1980s” hasta 2000' }, footnotes: [31] },
        { id: 'cycle-2000-2005', name: { en: '2000–2005', es: '2000–2005' }, definition: { en: 'Protests.', es: 'Protestas.' }, start: '2000', end: '2005', paperDate: { start: 'Between January and April 2000' }, approximate: { en: 'to 2005', es: 'hasta 2005' }, footnotes: [4] },
      ],
    },
    footnotes: {
      file: 'data/footnotes.json',
      json: Array.from({ length: 88 }, (_, i) => ({ number: i + 1, text: `Note ${i + 1}.`, works: ['postero-2007'] })),
    },
    works: {
      file: 'data/works.json',
      json: [{ id: 'postero-2007', type: 'article-journal', author: [{ family: 'Postero', given: 'Nancy' }], title: 'Andean Utopias in Evo Morales’s Bolivia', issued: '2007' }],
    },
  };
}

/** Deep copy with a change applied, so every test starts from valid data. */
export function withChange(change: (files: DataFiles) => void): DataFiles {
  const files = structuredClone(validFiles());
  change(files);
  return files;
}

export function eventJson(files: DataFiles, index = 0): Record<string, unknown> {
  const source = files.events[index];
  if (!source) throw new Error(`no event ${index}`);
  return source.json as Record<string, unknown>;
}

export function listJson(files: DataFiles, key: Exclude<keyof DataFiles, 'events' | 'stories'>): Record<string, unknown>[] {
  return files[key].json as Record<string, unknown>[];
}
