import type { Locale } from '../schema/common';

/**
 * Every UI string, in both languages. `es` is typed against `en`, so a key missing from
 * either fails the type check. Functions take what they interpolate.
 */
const en = {
  siteTitle: 'Bolivian Social Mobilisations',
  siteTagline: 'A footnoted timeline and map, 1780–2005',
  sourceLine: 'Curated from April Carrière, “Social Movements and the Bolivian State: Anarchistic Trends in Practice and Theory”.',
  skipToContent: 'Skip to content',
  eventsHeading: 'Events in time order',
  eventCount: (n: number) => (n === 1 ? '1 event' : `${n} events`),
  places: 'Places',
  movements: 'Movements',
  themes: 'Themes',
  footnotes: 'Footnotes',
  footnoteLabel: (n: number) => `Footnote ${n}`,
  worksCited: 'Works cited',
  fromThePaper: 'From the paper',
  papersText: 'The paper’s text, as printed',
  outsidePaper: 'outside the paper',
  outsidePaperLong: 'Detail not stated in the paper',
  approximately: 'The paper dates this loosely:',
  scopeRegion: 'Regional context',
  scopeBolivia: 'Bolivia',
  dataLicence: 'Data: curated from the paper; basemap Made with Natural Earth (public domain).',
  language: 'Language',
  readInOther: 'Leer en español',
  otherLocale: 'es' as Locale,
  relatedEvents: 'Related events',
  openInExplorer: 'Open in the explorer',
  backToAll: 'All events',
};

export type Messages = typeof en;

const es: Messages = {
  siteTitle: 'Movilizaciones sociales en Bolivia',
  siteTagline: 'Una línea de tiempo y un mapa con notas al pie, 1780–2005',
  sourceLine: 'Basado en April Carrière, “Social Movements and the Bolivian State: Anarchistic Trends in Practice and Theory”.',
  skipToContent: 'Saltar al contenido',
  eventsHeading: 'Acontecimientos en orden cronológico',
  eventCount: (n: number) => (n === 1 ? '1 acontecimiento' : `${n.toLocaleString('es')} acontecimientos`),
  places: 'Lugares',
  movements: 'Movimientos',
  themes: 'Temas',
  footnotes: 'Notas al pie',
  footnoteLabel: (n: number) => `Nota ${n}`,
  worksCited: 'Obras citadas',
  fromThePaper: 'Del artículo',
  papersText: 'Texto del artículo, tal como está impreso (en inglés)',
  outsidePaper: 'fuera del artículo',
  outsidePaperLong: 'Dato que el artículo no indica',
  approximately: 'El artículo lo fecha de forma aproximada:',
  scopeRegion: 'Contexto regional',
  scopeBolivia: 'Bolivia',
  dataLicence: 'Datos: seleccionados del artículo; mapa base hecho con Natural Earth (dominio público).',
  language: 'Idioma',
  readInOther: 'Read in English',
  otherLocale: 'en',
  relatedEvents: 'Acontecimientos relacionados',
  openInExplorer: 'Abrir en el explorador',
  backToAll: 'Todos los acontecimientos',
};

export const MESSAGES: Record<Locale, Messages> = { en, es };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
