// The link picker's search request.
import { z } from "zod";

export const linkTargetQuerySchema = z.object({
  claimId: z.string().min(1).max(64),
  q: z.string().trim().max(200).default(""),
});
