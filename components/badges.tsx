import type { ClaimStatus, ClaimType, Verdict } from "@/lib/generated/prisma/enums";
import { CLAIM_TYPE_LABELS, STATUS_LABELS, VERDICT_LABELS } from "@/lib/claims/labels";

export function TypeBadge({ type }: { type: ClaimType }) {
  return <span className={`badge type-${type.toLowerCase()}`}>{CLAIM_TYPE_LABELS[type]}</span>;
}

export function StatusBadge({ status }: { status: ClaimStatus }) {
  return <span className={`badge status-${status.toLowerCase()}`}>{STATUS_LABELS[status]}</span>;
}

export function VerdictBadge({ verdict }: { verdict: Verdict | null }) {
  if (!verdict) return null;
  return <span className={`badge verdict-${verdict.toLowerCase()}`}>{VERDICT_LABELS[verdict]}</span>;
}
