import { defineRoute } from "@/lib/actions/define-route";
import { getDb } from "@/lib/db";
import { searchLinkTargets } from "@/lib/crossref/search-link-targets";
import { linkTargetQuerySchema } from "@/lib/validation/link-target-query";

// The link picker's type-ahead: claims of other articles matching the words typed.
export const GET = defineRoute({
  name: "claims.link-targets",
  role: "EDITOR",
  query: linkTargetQuerySchema,
  run: async (input) => Response.json(await searchLinkTargets(getDb(), input), { headers: { "Cache-Control": "no-store" } }),
});
