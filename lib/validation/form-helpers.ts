// Small zod building blocks for HTML form values, where "nothing entered" arrives as "".
import { z } from "zod";
import "./zod-config"; // before any schema is built: no eval under the CSP
import { safeTextCheck } from "./safe-text";

/** A field left empty ("", or absent) becomes null, so the domain sees one kind of "nothing". */
function blankToNull(field: z.ZodString) {
  return field
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);
}

/** An optional text field: trimmed, "" becomes null. */
export function optionalText(max: number, label: string) {
  return blankToNull(z.string().trim().max(max, `${label} is limited to ${max} characters`).check(safeTextCheck(label)));
}

/** An optional http(s) URL. */
export function optionalUrl(label: string) {
  return blankToNull(
    z
      .string()
      .trim()
      .max(2_000, `${label} is too long`)
      .check(safeTextCheck(label))
      .refine((v) => v === "" || isHttpUrl(v), `${label} must be a full web address starting with http:// or https://`),
  );
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** An optional calendar date typed as YYYY-MM-DD (what <input type="date"> sends). */
export function optionalDate(label: string) {
  return blankToNull(
    z
      .string()
      .trim()
      .max(10, `${label} must be a real date (YYYY-MM-DD)`)
      .refine((v) => v === "" || isCalendarDate(v), `${label} must be a real date (YYYY-MM-DD)`)
      .refine((v) => v === "" || !isCalendarDate(v) || yearInRange(v), `${label} must be between the years ${MIN_YEAR} and ${MAX_YEAR}`),
  );
}

// PostgreSQL has no year 0 ("0000-01-01" was a 500); a news article is not older than print.
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

function yearInRange(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
