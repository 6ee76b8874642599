/**
 * The paper's extraction wraps lines and doubles spaces at random, so quotations are
 * compared with every run of white space folded to one space. Nothing else is changed:
 * spelling, punctuation and curly quotes must match as printed.
 */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function isQuotedFrom(paperFolded: string, quotation: string): boolean {
  return paperFolded.includes(foldWhitespace(quotation));
}
