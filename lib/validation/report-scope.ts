// What a report covers, read from the URL by the /reports page, the report download route and the
// read API alike. Parameter names match the claims list (q, status, type, articleId), so the list's
// query string opens the report page pre-filled; repeated parameters choose several values.
import { z } from "zod";
import { ClaimStatus, ClaimType, Verdict } from "@/lib/generated/prisma/enums";
import { isCalendarDate } from "./form-helpers";
import { ID_PATTERN, safeTextCheck, toSafeText } from "./safe-text";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
/** One value or several (?status=A&status=B), blanks dropped. */
const toList = (v: unknown) => (v === undefined || v === null ? [] : (Array.isArray(v) ? v : [v]).filter((x) => x !== ""));

function list<T extends z.ZodType>(item: T, max = 200) {
  return z.preprocess(toList, z.array(item).max(max, `At most ${max} values`)).default([] as never);
}

function optionalDay(label: string) {
  return z.preprocess(
    blankToUndefined,
    z.string().trim().refine(isCalendarDate, `${label} must be a real date (YYYY-MM-DD)`).optional(),
  );
}

export const REPORT_DATE_FIELDS = ["published", "reviewed"] as const;

export const reportScopeShape = {
    // Search boxes clean broken characters instead of refusing them (lib/validation/safe-text).
    q: z.preprocess(blankToUndefined, z.string().max(200, "Search is limited to 200 characters").transform(toSafeText).pipe(z.string().trim()).optional()),
    status: list(z.enum(ClaimStatus, "Unknown status")),
    verdict: list(z.enum(Verdict, "Unknown verdict")),
    type: list(z.enum(ClaimType, "Unknown claim type")),
    articleId: list(z.string().regex(ID_PATTERN, "Unknown article"), 500),
    outlet: list(z.string().trim().min(1).max(200).check(safeTextCheck("The outlet"))),
    /** Which date `from` and `to` apply to: the article's publication or the claim's review. */
    dateField: z.preprocess(blankToUndefined, z.enum(REPORT_DATE_FIELDS, "Choose publication or review date").default("published")),
    from: optionalDay("Start date"),
    to: optionalDay("End date"),
    reviewerId: z.preprocess(blankToUndefined, z.string().regex(ID_PATTERN, "Unknown reviewer").optional()),
    /** A person, organization or place by any of its names: the cross-reference entity's claims (lib/reports/report-query.ts). */
    entity: z.preprocess(blankToUndefined, z.string().max(200, "Entity is limited to 200 characters").transform(toSafeText).pipe(z.string().trim()).optional()),
    /** Only claims with at least one piece of evidence. */
    evidence: z.preprocess(
      (v) => (Array.isArray(v) ? v[0] : v),
      z.union([z.boolean(), z.enum(["1", "true", "on", "0", "false", ""])]).optional().transform((v) => v === true || v === "1" || v === "true" || v === "on"),
    ),
};

/** A date range must not end before it starts. */
export function refineDateRange(scope: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  if (scope.from && scope.to && scope.to < scope.from) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "The end date is before the start date" });
  }
}

export const reportScopeSchema = z.object(reportScopeShape).superRefine(refineDateRange);

export type ReportScopeInput = z.input<typeof reportScopeSchema>;
export type ReportScope = z.output<typeof reportScopeSchema>;

export const EMPTY_SCOPE: ReportScope = reportScopeSchema.parse({});

/**
 * The claims list's filter (its URL parameters) as a report scope. Most parameters share their
 * names (q, status, verdict, type, articleId, outlet, entity, from, to: publication dates); the
 * list's `reviewer` is the scope's `reviewerId` and its `evidence=yes` the scope's `evidence`.
 * What a report cannot express (assignee, cross-reference links, headline words, "without
 * evidence", sort, position) is left out rather than refused, so a list link always opens.
 */
export function scopeFromListParams(params: Record<string, string | string[] | undefined>): ReportScopeInput {
  const known = Object.keys(reportScopeSchema.shape);
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(params)) if (known.includes(key) && value !== undefined) out[key] = value;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  if (!out.reviewerId && first(params.reviewer)) out.reviewerId = first(params.reviewer)!;
  const evidence = first(params.evidence);
  if (evidence === "yes") out.evidence = "1";
  else if (evidence === "no") delete out.evidence;
  const q = first(out.q);
  if (q && q.length > 200) out.q = q.slice(0, 200);
  return out as ReportScopeInput;
}

/** URL parameters for a scope (repeated keys for lists), for links to downloads and back. */
export function scopeToSearchParams(scope: ReportScope): URLSearchParams {
  const params = new URLSearchParams();
  if (scope.q) params.set("q", scope.q);
  for (const key of ["status", "verdict", "type", "articleId", "outlet"] as const) for (const v of scope[key]) params.append(key, v);
  if (scope.from || scope.to) params.set("dateField", scope.dateField);
  if (scope.from) params.set("from", scope.from);
  if (scope.to) params.set("to", scope.to);
  if (scope.reviewerId) params.set("reviewerId", scope.reviewerId);
  if (scope.entity) params.set("entity", scope.entity);
  if (scope.evidence) params.set("evidence", "1");
  return params;
}

/** Query parameters as an object, keeping repeated keys as arrays (Object.fromEntries keeps only the last). */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? all[0]! : all;
  }
  return out;
}
