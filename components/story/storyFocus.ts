/**
 * Whether the story panel takes focus when it next shows a story: yes after the reader opened
 * it with the toolbar's control (keyboard users land on the step), no for a link opened cold.
 */
let requested = false;
export const requestStoryFocus = () => { requested = true; };
export const takeStoryFocusRequest = (): boolean => { const was = requested; requested = false; return was; };
