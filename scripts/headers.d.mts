/** One block of a `_headers` file: its path pattern and the headers it sets, in order. */
export interface HeaderRule {
  pattern: string;
  regex: RegExp;
  headers: [string, string][];
}
export function parseHeaders(text: string): HeaderRule[];
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, { value: string; from: string[] }>;
