// Narrows the article page's claim list by status and type: a plain GET form, so it works before
// (and without) JavaScript and the filtered view is a link an editor can share.
import Link from "next/link";
import { CLAIM_TYPE_LABELS, STATUS_LABELS } from "@/lib/claims/labels";
import type { ArticleClaimFilter as Filter } from "@/lib/validation/article-claim-filter";
import { SelectOptions } from "@/components/forms/select-options";

export function ArticleClaimFilter({ articleId, filter, shown }: { articleId: string; filter: Filter; shown: number }) {
  const active = Boolean(filter.status || filter.type);
  return (
    <form method="get" className="side-filter" role="search" aria-label="Filter this article's claims">
      <label>
        Status
        <select name="status" defaultValue={filter.status ?? ""}>
          <SelectOptions labels={STATUS_LABELS} empty="Any" />
        </select>
      </label>
      <label>
        Type
        <select name="type" defaultValue={filter.type ?? ""}>
          <SelectOptions labels={CLAIM_TYPE_LABELS} empty="Any" />
        </select>
      </label>
      <button type="submit">Show</button>
      {active ? (
        <p className="small muted side-filter-note" data-testid="side-filter-note">
          {shown} shown · <Link href={`/articles/${articleId}`}>Show all</Link>
        </p>
      ) : null}
    </form>
  );
}
