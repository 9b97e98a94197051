// Publication dates, read by chrono-node. Only components chrono is certain of are used, so the
// result never depends on today's date.
import * as chrono from "chrono-node";

/** "18 December 2013", "2013-12-18T09:00:00Z", "Dec. 18, 2013" → "2013-12-18"; null if not a full date. */
export function toIsoDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(trimmed);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const result = chrono.parse(trimmed, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!result) return null;
  const s = result.start;
  if (!s.isCertain("year") || !s.isCertain("month") || !s.isCertain("day")) return null;
  const pad = (n: number | null, w: number) => String(n ?? 0).padStart(w, "0");
  return `${pad(s.get("year"), 4)}-${pad(s.get("month"), 2)}-${pad(s.get("day"), 2)}`;
}
