// Building blocks for list filters read from the URL. A bad value never fails the page: it is
// dropped (`.catch(undefined)`), as a hand-edited or stale link should still show a list.
import { z } from "zod";
import { isCalendarDate } from "./form-helpers";
import { ID_PATTERN, toSafeText } from "./safe-text";

/** NUL and other control characters never reach PostgreSQL (it refuses NUL in text outright). */
export function stripControlCharacters(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");
}

function cleanOrUndefined(v: unknown): unknown {
  if (typeof v !== "string") return v === null ? undefined : v;
  // Lone surrogates become U+FFFD: they cannot be encoded for PostgreSQL either.
  const cleaned = toSafeText(stripControlCharacters(v)).trim();
  return cleaned === "" ? undefined : cleaned;
}

/** Free text; `max` bounds what is kept (search text gets its own check with a message). */
export function listText(max: number) {
  return z.preprocess(cleanOrUndefined, z.string().max(max).optional()).catch(undefined);
}

export function listEnum<T extends Record<string, string>>(values: T) {
  return z.preprocess(cleanOrUndefined, z.enum(values).optional()).catch(undefined);
}

export function listChoice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(cleanOrUndefined, z.enum(values).optional()).catch(undefined);
}

/** An id (cuid) or similar key, taken as sent: an id with a NUL in it is no id (never cleaned into another one). */
export const listId = z
  .preprocess((v) => (v === "" || v === null ? undefined : v), z.string().regex(ID_PATTERN).optional())
  .catch(undefined);

/** A calendar date YYYY-MM-DD. */
export const listDate = z.preprocess(cleanOrUndefined, z.string().refine(isCalendarDate).optional()).catch(undefined);

/** The opaque keyset cursor (decoded and checked by lib/lists/cursor). */
export const listCursor = listText(1_000);

/** Search text is kept up to this length so the page can say it is too long instead of cutting it. */
export const SEARCH_TEXT_KEPT = 20_000;
