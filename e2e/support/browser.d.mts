export interface FoundChromium {
  kind: 'system' | 'playwright';
  path: string;
}
export function findChromium(): FoundChromium | undefined;
export const SYSTEM_CHROMIUM_ARGS: string[];
export const QUIET_CHROMIUM_ARGS: string[];
