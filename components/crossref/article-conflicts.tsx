// The article page's open figure conflicts (right after an import: the ones it found).
import Link from "next/link";
import { ConflictCard } from "./conflict-card";
import type { getArticleCrossref } from "@/lib/crossref/get-article-crossref";

type Conflicts = Awaited<ReturnType<typeof getArticleCrossref>>["conflicts"];

export function ArticleConflicts({ conflicts, canEdit }: { conflicts: Conflicts; canEdit: boolean }) {
  if (conflicts.length === 0) return null;
  return (
    <section aria-labelledby="article-conflicts-heading" data-testid="article-conflicts">
      <h2 id="article-conflicts-heading">
        {conflicts.length === 1 ? "1 figure conflicts" : `${conflicts.length} figures conflict`} with other articles
      </h2>
      {conflicts.map((c) => (
        <ConflictCard key={c.id} conflict={c} canEdit={canEdit} />
      ))}
      <p className="small">
        <Link href="/conflicts">All open conflicts</Link>
      </p>
    </section>
  );
}

/** Marks a claim in the article's list that is linked to claims of other articles. */
export function LinkMarker({ count }: { count: number | undefined }) {
  if (!count) return null;
  return (
    <span className="badge crossref-marker" data-testid="claim-linked" title="Linked to claims in other articles">
      {count === 1 ? "1 link" : `${count} links`}
    </span>
  );
}
