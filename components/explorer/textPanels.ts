/**
 * The panels that show the events' texts, loaded together as one chunk (LazyPanels): the detail
 * and the list share most of their code (the article, its footnotes, the works they cite).
 */
export { DetailPanel } from './DetailPanel';
export { ListPanel } from './ListPanel';
