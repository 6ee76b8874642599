/** Marks search matches in a piece of text (components/explorer/Highlight), or leaves it as it is. */
export type Highlight = (text: string) => React.ReactNode;

/**
 * The text as it is: no search, or nothing to mark. A file of its own: the explorer's start-up
 * code needs it, and not the link-making code of LinkedText, which loads with the panels.
 */
export const plainText: Highlight = (text) => text;
