"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getDb } from "@/lib/db";
import { bulkUpdateClaims } from "@/lib/claims/bulk-update-claims";
import { bulkClaimsSchema } from "@/lib/validation/bulk-claims";

export const bulkClaimsAction = defineAction({
  name: "claims.bulk",
  role: "EDITOR",
  schema: bulkClaimsSchema,
  run: (input, user) => bulkUpdateClaims(getDb(), input, user.id),
});
