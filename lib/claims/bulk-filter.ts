// "All claims matching this filter" for bulk changes: the list's query parameters → the very
// condition the list applies (claimFilterCondition), so a bulk change touches exactly the claims
// the list counts. The cursor (which page is shown) is not part of "matching this filter".
import { claimFilterSchema, type ClaimFilter, type ClaimFilterCriteria } from "@/lib/validation/claim-filter";

export type BulkFilter = ClaimFilterCriteria;

export function parseBulkFilter(params: Record<string, string>): BulkFilter {
  const filter: Partial<ClaimFilter> = claimFilterSchema.parse(params);
  delete filter.cursor;
  delete filter.sort;
  return filter;
}
