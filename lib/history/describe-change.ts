// Audit rows in plain words: "Verdict: Unproven → False, by Sam, 2 Dec 14:03".
import { CLAIM_TYPE_LABELS, STATUS_LABELS, VERDICT_LABELS } from "@/lib/claims/labels";
import type { AuditRow } from "./audit-row";

const WHEN = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

/** "2 Dec 14:03" (UTC, like the rest of the desk). */
export function formatWhen(at: Date): string {
  return WHEN.format(at).replace(",", "");
}

export interface DescribedChange {
  id: string;
  /** What changed, one phrase per field ("Verdict: Unproven → False"). */
  changes: string[];
  by: string;
  when: string;
  at: Date;
}

export function describeChange(row: AuditRow): DescribedChange {
  return { id: String(row.id), changes: phrases(row), by: row.actorName ?? "the system", when: formatWhen(row.at), at: row.at };
}

/** The whole sentence, as the pages show it. */
export function changeSentence(change: DescribedChange): string {
  return `${change.changes.join("; ")}, by ${change.by}, ${change.when}`;
}

type Bag = Record<string, unknown>;

function phrases(row: AuditRow): string[] {
  const b: Bag = row.before ?? {};
  const a: Bag = row.after ?? {};
  switch (row.action) {
    case "claim.review": {
      const out = [
        fieldChange("Status", label(STATUS_LABELS, b.status), label(STATUS_LABELS, a.status)),
        fieldChange("Verdict", label(VERDICT_LABELS, b.verdict), label(VERDICT_LABELS, a.verdict)),
        fieldChange("Finding", quoted(b.note), quoted(a.note)),
      ].filter((p): p is string => p !== null);
      if (a.evidenceUrl) out.push(`Evidence added: ${String(a.evidenceUrl)}`);
      return out.length > 0 ? out : ["Review saved with no change"];
    }
    case "claim.edit":
      return [fieldChange("Wording", quoted(b.text), quoted(a.text)), fieldChange("Type", label(CLAIM_TYPE_LABELS, b.type), label(CLAIM_TYPE_LABELS, a.type))].filter(
        (p): p is string => p !== null,
      );
    case "claim.add":
      return [`Claim added by an editor from the passage ${quoted(a.quote)}: ${quoted(a.text)}`];
    case "claim.split":
      return [`Split: ${quoted(b.quote)} → ${quoted(a.quote)} (${quoted(a.text)}) and a second claim ${quoted(a.otherText)}`];
    case "claim.merge":
      return a.mergedInto ? [`Merged into the previous claim, now ${quoted(a.text)}`] : [`Merged with ${quoted(a.mergedText)}: wording ${quoted(b.text)} → ${quoted(a.text)}`];
    case "claim.dismiss":
      return [`Status: ${label(STATUS_LABELS, b.status)} → Dismissed (${String(a.reason ?? "not a claim")})`];
    case "claim.reanchor":
      return b.quote === a.quote
        ? [`Passage moved by a correction (${methodWords(a.method)}), now at characters ${String(a.start)}–${String(a.end)}`]
        : [`Passage moved by a correction (${methodWords(a.method)}): ${quoted(b.quote)} → ${quoted(a.quote)}`];
    case "claim.orphan":
    case "note.orphan":
      return [`Passage ${quoted(b.quote)} gone after a correction: now an orphan`];
    case "claim.reattach":
    case "note.reattach":
      return [`Re-attached to the passage ${quoted(a.quote)}`];
    case "claim.archive":
    case "note.archive":
      return [`Orphan archived (${quoted(b.quote)})`];
    case "evidence.add":
      return [`Evidence added: ${evidenceWords(a)}`];
    case "evidence.edit":
      return [`Evidence edited: ${evidenceWords(a)}${evidenceDiff(b, a)}`];
    case "evidence.remove":
      return [`Evidence removed: ${evidenceWords(b)}`];
    case "note.create":
      return [`Note on ${quoted(a.quote)}: ${quoted(a.body)}`];
    case "note.reply":
      return [`Reply: ${quoted(a.body)}`];
    case "note.edit":
      return [`Note: ${quoted(b.body)} → ${quoted(a.body)}`];
    case "note.delete":
      return [`Note deleted: ${quoted(b.body)}`];
    case "note.resolve":
      return ["Note thread resolved"];
    case "note.reopen":
      return ["Note thread reopened"];
    case "note.reanchor":
      return [`Note's passage moved by a correction (${methodWords(a.method)})`];
    case "article.import":
      return [`Article imported with ${String(a.claimCount ?? 0)} claims`];
    case "article.correct":
      return [
        `Text corrected (version ${String(b.version)} → ${String(a.version)}): ${count(a.moved, "claim")} moved, ${count(a.orphaned, "claim")} orphaned, ${count(a.added, "new claim")}${a.reason ? ` — ${quoted(a.reason)}` : ""}`,
      ];
    default:
      return [genericWords(row)];
  }
}

function genericWords(row: AuditRow): string {
  const [entity, verb] = row.action.split(".");
  const noun = row.entityType === "claim_link" || entity?.includes("link") ? "Link" : capitalise(entity ?? row.entityType);
  const detail = (row.after ?? row.before) as Bag | null;
  const type = detail?.type ? ` (${String(detail.type).toLowerCase().replace(/_/g, " ")})` : "";
  return `${noun} ${verb ? verb.replace(/_/g, " ") : "changed"}${type}`;
}

function fieldChange(name: string, from: string, to: string): string | null {
  return from === to ? null : `${name}: ${from} → ${to}`;
}

function label(labels: Record<string, string>, value: unknown): string {
  return typeof value === "string" && value in labels ? labels[value]! : "none";
}

function quoted(value: unknown, max = 80): string {
  if (value === null || value === undefined || value === "") return "none";
  const text = String(value).replace(/\s+/g, " ");
  return `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;
}

function evidenceWords(e: Bag): string {
  const title = e.title ? String(e.title) : String(e.url ?? "a source");
  const stance = typeof e.stance === "string" ? e.stance.toLowerCase() : "";
  const strength = typeof e.strength === "string" ? e.strength.toLowerCase() : "";
  return `${title} (${[stance, strength].filter(Boolean).join(", ")})`;
}

function evidenceDiff(b: Bag, a: Bag): string {
  const changed = ["url", "title", "publisher", "excerpt", "accessedOn", "stance", "strength"].filter((k) => (b[k] ?? null) !== (a[k] ?? null));
  const words: Record<string, string> = { url: "address", title: "title", publisher: "publisher", excerpt: "quoted passage", accessedOn: "accessed date", stance: "stance", strength: "strength" };
  return changed.length > 0 ? ` — changed ${changed.map((k) => words[k]).join(", ")}` : "";
}

function methodWords(method: unknown): string {
  return method === "exact" ? "same words" : method === "context" ? "same words, told apart by their context" : method === "fuzzy" ? "close match" : "moved";
}

function count(n: unknown, noun: string): string {
  const k = Number(n ?? 0);
  return `${k} ${noun}${k === 1 ? "" : "s"}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
