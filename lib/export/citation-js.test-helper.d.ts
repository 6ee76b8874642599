/**
 * The little of citation-js the round-trip tests use (it ships no types): parse CSL-JSON or
 * RIS into CSL items, and format them with citeproc-js.
 */
declare module '@citation-js/core' {
  export class Cite {
    constructor(input: unknown, options?: { forceType?: string });
    data: Record<string, unknown>[];
    format(format: 'bibliography', options: { format: 'text'; template: string; lang: string }): string;
    format(format: 'data', options?: { format: 'object' }): Record<string, unknown>[];
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
