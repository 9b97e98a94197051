// The claims list filter, read from the URL by the list page, the CSV export and bulk actions
// alike (lib/claims/claim-filter-sql.ts turns it into SQL). Its URL shape for links and client
// components is lib/claims/claim-filter-params.ts.
import { z } from "zod";
import { ClaimStatus, ClaimType, Verdict } from "@/lib/generated/prisma/enums";
import { SEARCH_TEXT_KEPT, listChoice, listCursor, listDate, listEnum, listId, listText } from "./list-params";

export const CLAIM_SORTS = ["relevance", "checkworthiness", "published", "imported", "changed"] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export const claimFilterSchema = z.object({
  q: listText(SEARCH_TEXT_KEPT),
  status: listEnum(ClaimStatus),
  verdict: listEnum(Verdict),
  type: listEnum(ClaimType),
  articleId: listId,
  /** Words of an article's headline: what the article field sends when no article was picked (no JavaScript). */
  article: listText(200),
  outlet: listText(200),
  /** A user id, or "none" for unassigned claims. */
  assignee: listId,
  reviewer: listId,
  entity: listText(200),
  evidence: listChoice(["yes", "no"]),
  /** Article publication date range, inclusive. */
  from: listDate,
  to: listDate,
  /** Cross-reference (issue 6): claims with links, or with an open figure conflict. */
  links: listChoice(["linked", "conflict"]),
  sort: listChoice(CLAIM_SORTS),
  cursor: listCursor,
});

export type ClaimFilter = z.output<typeof claimFilterSchema>;

/** The filter without its position: what a saved view, the CSV export and bulk actions mean. */
export type ClaimFilterCriteria = Omit<ClaimFilter, "cursor" | "sort">;
