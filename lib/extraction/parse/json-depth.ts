// How deeply a JSON text nests, found by one pass over its characters (no recursion), so that a
// hostile file nested 5,000 levels deep is refused before JSON.parse and the field readers recurse
// into it (that was a stack overflow and a 500).

/** Far beyond any article's JSON (a few levels), far below what would strain the stack. */
export const MAX_JSON_DEPTH = 64;

/** The deepest nesting of objects and arrays, counting until `limit` is passed. */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return deepest;
}
