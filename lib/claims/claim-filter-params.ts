// The claims list filter's URL shape, for nuqs: the server builds links with the serializer and
// client components (the article picker, the sort) update the same keys with useQueryStates.
// Values are still validated by claimFilterSchema on the server (the one schema for page, CSV
// export and bulk actions); these parsers only say how each key reads and writes.
import { createSerializer, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { CLAIM_SORTS, type ClaimFilter } from "@/lib/validation/claim-filter";

export const claimFilterParams = {
  q: parseAsString,
  status: parseAsString,
  verdict: parseAsString,
  type: parseAsString,
  articleId: parseAsString,
  article: parseAsString,
  outlet: parseAsString,
  assignee: parseAsString,
  reviewer: parseAsString,
  entity: parseAsString,
  evidence: parseAsString,
  from: parseAsString,
  to: parseAsString,
  sort: parseAsStringLiteral(CLAIM_SORTS),
  cursor: parseAsString,
};

const serialize = createSerializer(claimFilterParams);

/** A claims-list address for a filter (undefined values are left out). */
export function claimsListHref(filter: Partial<ClaimFilter>): string {
  return serialize("/claims", toNullable(filter));
}

/** The query string of a filter without its position, as a saved view keeps it ("status=…&type=…"). */
export function claimFilterQuery(filter: Partial<ClaimFilter>): string {
  return serialize({ ...toNullable(filter), cursor: null }).replace(/^\?/, "");
}

function toNullable(filter: Partial<ClaimFilter>) {
  const out: Record<string, string | null> = {};
  for (const key of Object.keys(claimFilterParams)) out[key] = (filter as Record<string, string | undefined>)[key] ?? null;
  return out as { [K in keyof typeof claimFilterParams]: never };
}
