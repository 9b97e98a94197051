// LIKE / ILIKE treat "%" and "_" as wildcards and "\" as their escape: a search for "4%" matched
// every claim with a 4 in it, and "%" matched everything. Every user text that reaches a LIKE
// pattern, through Prisma's `contains` / `startsWith` or raw SQL, goes through here first.

/** The text with LIKE's special characters escaped (PostgreSQL's default escape is "\"). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A pattern for raw SQL: `col ILIKE $1` with `$1 = containsPattern(q)`. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}
