"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getDb } from "@/lib/db";
import { assignClaim } from "@/lib/claims/assign-claim";
import { assignClaimSchema } from "@/lib/validation/claim-assignment";

export const assignClaimAction = defineAction({
  name: "claims.assign",
  role: "EDITOR",
  schema: assignClaimSchema,
  run: (input, user) => assignClaim(getDb(), input, user.id),
});
