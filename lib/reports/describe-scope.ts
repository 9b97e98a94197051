// A report's scope in words, for the printable cover, the PDF and the report page.
import { CLAIM_TYPE_LABELS, STATUS_LABELS, VERDICT_LABELS } from "@/lib/claims/labels";
import type { ReportScope } from "@/lib/validation/report-scope";

export interface ScopeNames {
  reviewer?: string | null;
  articles?: string[];
  /** The entity the scope's name resolves to (null: no entity goes by that name). */
  entity?: string | null;
}

export function describeScope(scope: ReportScope, names: ScopeNames = {}): string[] {
  const lines: string[] = [];
  lines.push(`Status: ${scope.status.length ? scope.status.map((s) => STATUS_LABELS[s]).join(", ") : "any"}`);
  if (scope.verdict.length) lines.push(`Verdict: ${scope.verdict.map((v) => VERDICT_LABELS[v]).join(", ")}`);
  if (scope.type.length) lines.push(`Type: ${scope.type.map((t) => CLAIM_TYPE_LABELS[t]).join(", ")}`);
  if (scope.articleId.length)
    lines.push(names.articles?.length ? `Articles: ${names.articles.join("; ")}` : `Articles: ${scope.articleId.length} chosen`);
  if (scope.outlet.length) lines.push(`Outlets: ${scope.outlet.join(", ")}`);
  if (scope.from || scope.to) {
    const which = scope.dateField === "reviewed" ? "Reviewed" : "Published";
    lines.push(`${which}: ${scope.from ? `from ${scope.from}` : ""}${scope.from && scope.to ? " " : ""}${scope.to ? `to ${scope.to}` : ""}`);
  }
  if (scope.reviewerId) lines.push(`Reviewer: ${names.reviewer ?? "one editor"}`);
  if (scope.entity) {
    if (names.entity === null) lines.push(`About: ${scope.entity} (no entity goes by this name)`);
    else if (names.entity && names.entity !== scope.entity) lines.push(`About: ${names.entity} (as “${scope.entity}”)`);
    else lines.push(`About: ${names.entity ?? scope.entity}`);
  }
  if (scope.q) lines.push(`Words: “${scope.q}”`);
  if (scope.evidence) lines.push("Only claims with evidence");
  return lines;
}
