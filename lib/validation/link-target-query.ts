// The link picker's search request. The text is a search box: broken characters are cleaned, not refused.
import { z } from "zod";
import { idSchema, toSafeText } from "./safe-text";

export const linkTargetQuerySchema = z.object({
  claimId: idSchema("The claim id"),
  q: z.string().max(200).transform(toSafeText).pipe(z.string().trim()).default(""),
});
