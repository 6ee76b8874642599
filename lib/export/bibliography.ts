/**
 * Bibliographies of the works the paper cites, for reference managers: CSL-JSON (Zotero,
 * Pandoc, citeproc), BibTeX (biblatex/biber read its UTF-8 as is) and RIS (EndNote, Mendeley).
 * Each format lives in its own file; this is the one place to import them from.
 */
export { toCslJson, toCslItem, type CslItem } from './cslJson';
export { toBibTeX, toBibTeXEntry, escapeLatex } from './bibtex';
export { toRis, toRisRecord } from './ris';
export { worksForEvents, sortWorks } from './works';
