"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getDb } from "@/lib/db";
import { verifyClaim } from "@/lib/claims/verify-claim";
import { claimReviewSchema } from "@/lib/validation/claim-review";

export const reviewClaimAction = defineAction({
  name: "claims.review",
  role: "EDITOR",
  schema: claimReviewSchema,
  run: (input, user) => verifyClaim(getDb(), input, user.id),
});
