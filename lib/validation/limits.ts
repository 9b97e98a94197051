// Limits the forms show before anything is validated (a character count, a selection cap). No zod
// here: the pages render these on first load, while the schemas that enforce them (article.ts,
// bulk-claims.ts) load only on a form's first validation.
export const MAX_BODY_CHARS = 200_000;
/** Ticked rows are at most a few pages; anything bigger is "all matching", resolved in SQL. */
export const MAX_SELECTED_IDS = 1_000;
