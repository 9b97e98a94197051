// The ledger's columns from a validated form, and the snapshot the audit log keeps of an item.
import type { AddEvidenceInput } from "@/lib/validation/evidence";

export function evidenceData(input: Omit<AddEvidenceInput, "claimId">) {
  return {
    url: input.url,
    title: input.title,
    publisher: input.publisher,
    excerpt: input.excerpt,
    accessedOn: input.accessedOn ? new Date(`${input.accessedOn}T00:00:00Z`) : null,
    stance: input.stance,
    strength: input.strength,
  };
}

export function evidenceSnapshot(e: ReturnType<typeof evidenceData>) {
  return { ...e, accessedOn: e.accessedOn ? e.accessedOn.toISOString().slice(0, 10) : null };
}
