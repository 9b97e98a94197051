"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getDb } from "@/lib/db";
import { decideConflict } from "@/lib/crossref/decide-conflict";
import { conflictDecisionSchema } from "@/lib/validation/conflict-decision";

export const decideConflictAction = defineAction({
  name: "conflicts.decide",
  role: "EDITOR",
  schema: conflictDecisionSchema,
  run: (input, user) => decideConflict(getDb(), input, user.id),
});
