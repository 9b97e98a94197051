// Dates shown to editors: unambiguous, in UTC (articles carry a calendar date, not a moment).
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

export function formatDate(date: Date | null | undefined): string {
  return date ? DATE.format(date) : "—";
}

export function formatDateTime(date: Date | null | undefined): string {
  return date ? DATE_TIME.format(date) : "—";
}
