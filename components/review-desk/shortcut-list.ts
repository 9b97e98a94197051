// Every review shortcut, in the order the help dialog lists them. Verdict keys follow the order
// of the Verdict enum (lib/claims/labels.ts): 1 true … 7 unproven.
import { VERDICT_LABELS } from "@/lib/claims/labels";
import { VERDICTS } from "@/lib/validation/claim-review";
import type { Verdict } from "@/lib/generated/prisma/enums";

export const VERDICT_KEYS: Record<string, Verdict> = Object.fromEntries(VERDICTS.map((verdict, i) => [String(i + 1), verdict]));

export interface ShortcutHelp {
  keys: string;
  what: string;
}

export const REVIEW_SHORTCUTS: ShortcutHelp[] = [
  { keys: "j / k", what: "Next / previous claim" },
  { keys: "Enter", what: "Open the selected claim (queue)" },
  ...VERDICTS.map((verdict, i) => ({ keys: String(i + 1), what: `Verdict: ${VERDICT_LABELS[verdict]}` })),
  { keys: "v", what: "Verify with the chosen verdict, save, and open the next claim" },
  { keys: "d", what: "Dismiss (not checkable), save, and open the next claim" },
  { keys: "a", what: "Assign to me" },
  { keys: "e", what: "Focus the evidence field" },
  { keys: "n", what: "Focus the finding (note)" },
  { keys: "Esc", what: "Leave a field, so shortcuts work again" },
  { keys: "?", what: "Show these shortcuts" },
];
