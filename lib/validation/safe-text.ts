// Text PostgreSQL can store and every later step can handle. PostgreSQL refuses NUL (U+0000) in
// text, and a lone UTF-16 surrogate (half of an emoji, "\uD800") cannot be encoded as UTF-8: both
// used to reach the database and come back as a 500. They are refused here, at the zod layer, with
// a message the editor can act on.
import { z } from "zod";
import "./zod-config"; // before any schema is built: no eval under the CSP

const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The largest value of a PostgreSQL `integer` column (claims.version and friends). */
export const MAX_INT4 = 2_147_483_647;

/** Why a string cannot be stored, or null when it can. */
export function unsafeTextReason(value: string): string | null {
  if (NUL.test(value)) return "contains a NUL character, which cannot be stored";
  if (LONE_SURROGATE.test(value)) return "contains a broken character (half of an emoji or symbol)";
  return null;
}

export function isSafeText(value: string): boolean {
  return unsafeTextReason(value) === null;
}

/** Drops NUL and replaces lone surrogates with U+FFFD: for search boxes, where refusing helps nobody. */
export function toSafeText(value: string): string {
  return value.replace(/\u0000/g, "").replace(new RegExp(LONE_SURROGATE.source, "g"), "\uFFFD");
}

/** A zod refinement for any string schema: `z.string().check(safeTextCheck("The note"))`. */
export function safeTextCheck(label: string) {
  return z.superRefine<string>((value, ctx) => {
    const reason = unsafeTextReason(value);
    if (reason) ctx.addIssue({ code: "custom", message: `${label} ${reason}. Remove it and try again.` });
  });
}

/** A string that can be stored: no NUL, no lone surrogate. */
export function safeString(label: string) {
  return z.string().check(safeTextCheck(label));
}

/** An id from a URL or a hidden field: short, printable, no NUL. Anything else cannot exist. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isPlausibleId(value: unknown): value is string {
  return typeof value === "string" && ID_PATTERN.test(value);
}

export function idSchema(label = "The id") {
  return z.string().regex(ID_PATTERN, `${label} is not valid`);
}

/** A version counter as the form sends it: a positive integer that fits PostgreSQL's integer. */
export function versionSchema() {
  return z.coerce
    .number("The version must be a number")
    .int("The version must be a whole number")
    .positive("The version must be positive")
    .max(MAX_INT4, "The version is out of range; reload the page");
}
