import type { Dataset } from '../dataset/types';
import { Eras, Footnotes, HistoricalEvent, Places, Taxa, Works } from '../schema';

/** Text that breaks naive exporters: accents, commas, quotes, line breaks, markup, TeX specials. */
export const NASTY = {
  title: 'Túpaj Katari, Potosí "uprising" <script>alert(1)</script>',
  titleEs: 'Levantamiento de Túpaj Katari, Potosí <img onerror=x>',
  summary: 'First line, with a comma.\nSecond "quoted" line; 50% & {braces}_x.\r\nThird line.',
  tex: '50% & {braces}_x $5 #1 ~tilde ^caret back\\slash <b>',
} as const;

/**
 * A small dataset, parsed with the real schemas so it is valid in shape: four events at year,
 * month and day precision, every work type, and one footnote (5) that no event cites.
 */
export function nastyDataset(): Dataset {
  const events = [
    {
      id: 'katari-uprising', scope: 'bolivia',
      title: { en: NASTY.title, es: NASTY.titleEs },
      summary: { en: NASTY.summary, es: 'Primera línea, con coma.\nSegunda «línea» "citada".' },
      start: '1780', end: '1781',
      places: ['potosi', 'la-paz'], movements: ['ayllus'], themes: ['direct-action'], footnotes: [2, 1],
      outsidePaper: {
        start: { value: '1780-11', note: { en: 'The month is from standard histories.', es: 'El mes procede de las historias generales.' } },
        places: [{ id: 'la-paz', note: { en: 'The paper says only "the Andes", not La Paz.', es: 'El artículo dice solo "the Andes", no La Paz.' } }],
      },
    },
    {
      id: 'water-war', scope: 'bolivia', title: { en: 'Cochabamba Water War', es: 'Guerra del Agua' },
      summary: { en: 'Protests, January to April.', es: 'Protestas, de enero a abril.' },
      start: '2000-01', end: '2000-04', places: ['cochabamba'], movements: ['water-committees'], themes: [], footnotes: [3],
    },
    {
      id: 'zapatistas', scope: 'region', title: { en: 'Zapatista rising', es: 'Levantamiento zapatista' },
      summary: { en: 'A regional example.', es: 'Un ejemplo regional.' },
      start: '1994-01-01', approximate: { en: 'in the past few decades, "roughly" & <loosely>', es: 'en las últimas décadas, "más o menos" & <aproximadamente>' },
      places: ['mexico'], movements: [], themes: ['direct-action'], footnotes: [4, 3],
    },
    {
      id: 'gas-war', scope: 'bolivia', title: { en: 'Gas War', es: 'Guerra del Gas' },
      summary: { en: 'October.', es: 'Octubre.' },
      start: '2003-10', places: ['la-paz'], movements: [], themes: [], footnotes: [4],
    },
  ].map((e) => HistoricalEvent.parse(e));

  const places = Places.parse([
    { id: 'potosi', name: 'Potosí', kind: 'city', lat: -19.5836, lon: -65.7531, country: 'BO', department: 'BO-P' },
    { id: 'la-paz', name: 'La Paz', kind: 'city', lat: -16.4955, lon: -68.1336, country: 'BO', department: 'BO-L' },
    { id: 'cochabamba', name: 'Cochabamba', kind: 'city', lat: -17.3895, lon: -66.1568, country: 'BO', department: 'BO-C' },
    { id: 'mexico', name: 'México', nameEn: 'Mexico', kind: 'country', lat: 23.6345, lon: -102.5528, country: 'MX' },
    { id: 'unused-place', name: 'Oruro', kind: 'city', lat: -17.97, lon: -67.11, country: 'BO', department: 'BO-O' },
  ]);

  const taxon = (id: string, en: string, es: string) => ({ id, name: { en, es }, definition: { en: `${en}.`, es: `${es}.` }, footnotes: [1] });
  const movements = Taxa.parse([taxon('ayllus', 'Ayllus, "communities"', 'Ayllus, «comunidades»'), taxon('water-committees', 'Water committees', 'Comités de agua')]);
  const themes = Taxa.parse([taxon('direct-action', 'Direct action', 'Acción directa'), taxon('unused-theme', 'Unused', 'Sin uso')]);
  const eras = Eras.parse([{ id: 'colonial', name: { en: 'Colonial', es: 'Colonia' }, definition: { en: 'Rule.', es: 'Dominio.' }, start: '1532', end: '1825', footnotes: [1] }]);

  const footnotes = Footnotes.parse([
    { number: 1, text: `Raúl Zibechi, ‘Subterranean echos,’ ${NASTY.tex}; see Le Bot.`, works: ['zibechi-2005-nasty', 'le-bot-2004'] },
    { number: 2, text: 'Ibid., 12, "quoted",\nwith commas.', works: ['zibechi-2005-nasty'] },
    { number: 3, text: 'Rivera Cusicanqui, ‘Roots’; Alvarez, Cultures.', works: ['rivera-2006-roots', 'alvarez-1998-cultures'] },
    { number: 4, text: 'Gonzalez and Bravo, <i>Bolivia Rising</i>.', works: ['gonzalez-2009-minister', 'knoll-2007-interview'] },
    { number: 5, text: 'Works no event cites.', works: ['magazine-x', 'newspaper-x', 'broadcast-x', 'report-x', 'conference-x', 'manuscript-x'] },
  ]);

  const works = Works.parse([
    {
      id: 'zibechi-2005-nasty', type: 'article-journal', author: [{ family: 'Zibechi', given: 'Raúl' }, { family: 'Pérez, Jr.', given: 'Ana María' }],
      title: `Túpaj Katari, Potosí: ${NASTY.tex} "quoted"`, containerTitle: 'Socialism & Democracy', volume: '19', issue: '3',
      issued: '2005-10-14', page: '151–160', url: 'http://example.org/a_b%20c?x=1&y=2#frag',
      corrections: [{ field: 'author[0].given', printed: 'Raul', corrected: 'Raúl' }],
    },
    { id: 'le-bot-2004', type: 'article-journal', author: [{ family: 'Le Bot' }], title: 'Le renversement historique de la question indienne en Amérique Latine', containerTitle: 'Les Cahiers ALHIM', issue: '10', issued: '2004-12', url: 'http://alhim.revues.org/index100.html' },
    { id: 'alvarez-1998-cultures', type: 'book', editor: [{ family: 'Alvarez', given: 'Sonia E' }, { family: 'Dagnino', given: 'Evelina' }], title: 'Cultures of Politics/Politics of Cultures', collectionTitle: 'Series, with a comma', publisher: 'Westview Press', publisherPlace: 'Boulder, Col.', issued: '1998' },
    {
      id: 'rivera-2006-roots', type: 'chapter', author: [{ family: 'Rivera Cusicanqui', given: 'Silvia' }], editor: [{ family: 'Ballvé', given: 'Teo' }, { family: 'Prashad', given: 'Vijay' }],
      title: 'The Roots of the Rebellion', containerTitle: 'Dispatches From Latin America', publisher: 'LeftWord Books', issued: '2006', page: '173-182',
      corrections: [{ field: 'title', printed: 'The Roots of the Rebelion', corrected: 'The Roots of the Rebellion' }, { field: 'editor[1].family', printed: 'Pra', corrected: 'Prashad' }],
    },
    { id: 'gonzalez-2009-minister', type: 'webpage', author: [{ family: 'Gonzalez', given: 'Cris' }, { family: 'Bravo', given: 'Patricia' }], title: 'Bolivian Foreign Minister: "Communitarian Socialism will refound Bolivia"', containerTitle: 'Bolivia Rising', issued: '2009-05', url: 'http://boliviarising.blogspot.com/2009/05/minister.html' },
    { id: 'knoll-2007-interview', type: 'interview', author: [{ family: 'Knoll', given: 'Andalusia' }], title: 'Bolivian Anarchism: Interview with Silvia Rivera Cusicanqui', containerTitle: 'Indymedia weekly review', publisher: 'Rustbelt Radio', publisherPlace: 'Pittsburgh', issued: '2007-10-14', url: 'http://upsidedownworld.org/main/content/view/946/31/' },
    { id: 'magazine-x', type: 'article-magazine', author: [{ family: 'Zibechi', given: 'Raúl' }], title: 'A World of Difference', containerTitle: 'Counter Punch', issued: '2005-10-14' },
    { id: 'newspaper-x', type: 'article-newspaper', author: [{ family: 'Ávila', given: 'Óscar' }], title: 'Crónica de El Alto', containerTitle: 'La Razón', issued: '2003-10-17', page: 'A4' },
    { id: 'broadcast-x', type: 'broadcast', title: 'Rustbelt Radio, 14 October', publisher: 'Rustbelt Radio', issued: '2007' },
    { id: 'report-x', type: 'report', author: [{ family: 'Zibechi', given: 'Raúl' }], title: 'Cochabamba: From Water War to Water Management', publisher: 'CIP Americas Program', issued: '2009-05-28' },
    { id: 'conference-x', type: 'paper-conference', author: [{ family: 'Deere', given: 'Carmen Diane' }, { family: 'Royce', given: 'Frederick S.' }], title: 'Rural Social Movements', containerTitle: 'Proceedings of a Meeting', issued: '2007' },
    { id: 'manuscript-x', type: 'manuscript', author: [{ family: 'Anon' }], title: 'An unpublished draft' },
  ]);

  return { events, places, movements, themes, eras, footnotes, works };
}
