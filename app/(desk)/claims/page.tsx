import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePageUser } from "@/lib/auth/session";
import { listClaims } from "@/lib/claims/list-claims";
import { claimFilterSchema } from "@/lib/validation/claim-filter";
import { firstValues, toQueryString } from "@/lib/validation/search-params";
import { CLAIM_TYPE_LABELS, STATUS_LABELS } from "@/lib/claims/labels";
import { StatusBadge, TypeBadge, VerdictBadge } from "@/components/badges";
import { Pagination } from "@/components/pagination";
import { SelectOptions } from "@/components/forms/select-options";

export const metadata: Metadata = { title: "Claims" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ClaimsPage({ searchParams }: { searchParams: SearchParams }) {
  const filter = claimFilterSchema.parse(firstValues(await searchParams));
  await requirePageUser(`/claims${toQueryString(filter)}`);
  const db = getDb();
  const [result, articles] = await Promise.all([
    listClaims(db, filter),
    db.article.findMany({ orderBy: { importedAt: "desc" }, select: { id: true, title: true }, take: 500 }),
  ]);
  const filterWithoutPage = { ...filter, page: undefined };

  return (
    <>
      <div className="page-head">
        <h1>Claims</h1>
        <a className="button" href={`/api/export/claims${toQueryString(filterWithoutPage)}`} download>
          Download verified claims (CSV)
        </a>
      </div>
      <form className="filters" method="get" role="search" aria-label="Filter claims">
        <label>
          Search
          <input type="search" name="q" defaultValue={filter.q ?? ""} placeholder="Words in the claim or quote" />
        </label>
        <label>
          Status
          <select name="status" defaultValue={filter.status ?? ""}>
            <SelectOptions labels={STATUS_LABELS} empty="Any status" />
          </select>
        </label>
        <label>
          Type
          <select name="type" defaultValue={filter.type ?? ""}>
            <SelectOptions labels={CLAIM_TYPE_LABELS} empty="Any type" />
          </select>
        </label>
        <label>
          Article
          <select name="articleId" defaultValue={filter.articleId ?? ""}>
            <option value="">All articles</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title.length > 70 ? `${a.title.slice(0, 70)}…` : a.title}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button-primary">
          Filter
        </button>
        <Link href="/claims">Clear</Link>
      </form>
      <p className="muted" data-testid="claims-total">
        {result.total} {result.total === 1 ? "claim" : "claims"}
      </p>
      {result.items.length === 0 ? (
        <p className="empty">No claims match these filters.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Type</th>
              <th scope="col">Status</th>
              <th scope="col">Article</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((c) => (
              <tr key={c.id}>
                <td data-label="Claim">
                  <Link href={`/claims/${c.id}`}>{c.text}</Link>
                  <div className="muted small quote-preview">“{c.quote}”</div>
                </td>
                <td data-label="Type">
                  <TypeBadge type={c.type} />
                </td>
                <td data-label="Status">
                  <StatusBadge status={c.status} /> <VerdictBadge verdict={c.verdict} />
                </td>
                <td className="article-cell" data-label="Article">
                  <Link href={`/articles/${c.article.id}`}>{c.article.title}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} href={(page) => `/claims${toQueryString({ ...filterWithoutPage, page })}`} />
    </>
  );
}
