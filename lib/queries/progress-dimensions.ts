/** How /progress groups targets; shared by the query, the URL parser and the client switch. */
export const PROGRESS_DIMENSIONS = ["district", "supporter", "pairing"] as const;
export type ProgressBy = (typeof PROGRESS_DIMENSIONS)[number];
