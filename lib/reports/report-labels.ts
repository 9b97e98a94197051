// Words for the enums only reports show (claim, status and verdict labels live in lib/claims/labels).
import type { ClaimLinkType, EvidenceStance } from "@/lib/generated/prisma/enums";

export const EVIDENCE_STANCE_LABELS: Record<EvidenceStance, string> = {
  SUPPORTS: "Supports",
  REFUTES: "Refutes",
  CONTEXT: "Context",
};

export const LINK_TYPE_LABELS: Record<ClaimLinkType, string> = {
  SAME_CLAIM: "Same claim",
  SUPPORTS: "Supports",
  CONTRADICTS: "Contradicts",
  UPDATES: "Updates",
};
