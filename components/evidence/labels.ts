import type { EvidenceStance, EvidenceStrength } from "@/lib/generated/prisma/enums";

export const STANCE_LABELS: Record<EvidenceStance, string> = { SUPPORTS: "Supports", REFUTES: "Refutes", CONTEXT: "Context" };
export const STRENGTH_LABELS: Record<EvidenceStrength, string> = { PRIMARY: "Primary source", SECONDARY: "Secondary source", WEAK: "Weak" };
